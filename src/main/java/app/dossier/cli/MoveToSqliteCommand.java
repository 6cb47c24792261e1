package app.dossier.cli;

import app.dossier.service.MoveReport;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "move-to-sqlite", description = {
    "Move the data folder's records from its PostgreSQL database back into a new",
    "dossier.db. Every record is copied with its id and checked equal, table by",
    "table; only then does the folder use dossier.db again. A dossier.db already",
    "there is kept as dossier.db.replaced-<date>; the server's database is left",
    "as it is. A failure leaves everything as it was."})
final class MoveToSqliteCommand implements Callable<Integer> {
    @ParentCommand
    DossierCommand root;

    @Mixin
    DataOptions dataOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        var from = dataOptions.peek();
        MoveReport report = root.folders().moveToSqlite(from, new MoveProgress(spec.commandLine().getErr()));
        MoveProgress.print(report, out);
        if (report.keptDatabase() != null) {
            out.println("The dossier.db that was there is kept as " + report.keptDatabase());
        }
        if (from.onPostgres()) {
            out.println("The records are still in " + from.records() + " too; drop that database when it is no"
                    + " longer needed.");
        }
        return 0;
    }
}
