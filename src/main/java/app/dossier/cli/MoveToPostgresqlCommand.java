package app.dossier.cli;

import app.dossier.service.MoveReport;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "move-to-postgresql", description = {
    "Move the data folder's records from its dossier.db into an empty PostgreSQL",
    "database, for a team. Every record is copied with its id in one transaction",
    "and checked equal, table by table; only then does the folder use the server,",
    "remembering its address without the password (keep that in ~/.pgpass).",
    "dossier.db is kept, renamed dossier.db.moved-<date>. A failure, or a database",
    "that already holds records, leaves everything as it was.",
    "Back with move-to-sqlite."})
final class MoveToPostgresqlCommand implements Callable<Integer> {
    @ParentCommand
    DossierCommand root;

    @Mixin
    DataOptions dataOptions;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "URL",
            description = "The database to move into: postgresql://user@server:5432/database (it must exist and"
                    + " hold no records; the password may follow the user, or be left to ~/.pgpass).")
    String address;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        MoveReport report = root.folders().moveToPostgres(dataOptions.peek(), address,
                new MoveProgress(spec.commandLine().getErr()));
        MoveProgress.print(report, out);
        if (report.keptDatabase() != null) {
            out.println("Its dossier.db is kept, unused, as " + report.keptDatabase());
        }
        return 0;
    }
}
