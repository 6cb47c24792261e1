package app.dossier.cli;

import app.dossier.service.ProgressListener;
import app.dossier.service.RebuildReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "rebuild", description = {
    "Recreate the database from the case-file tree alone.",
    "The old database, if any, is kept beside it as dossier.db.replaced-<date>."})
final class RebuildCommand implements Callable<Integer> {
    @ParentCommand
    DossierCommand root;

    @Mixin
    DataOptions dataOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RebuildReport report = root.folders().rebuild(dataOptions.location(), ProgressListener.NONE);
        var out = spec.commandLine().getOut();
        out.println("Rebuilt the database: " + report.factories() + " factories, " + report.orders() + " orders, "
                + report.evidence() + " files, " + report.payments() + " payments, " + report.receivingRecords()
                + " receiving records, " + report.disputes() + " disputes.");
        if (report.replacedDatabase() != null) {
            out.println("The previous database was kept as " + report.replacedDatabase());
        }
        report.problems().forEach(p -> spec.commandLine().getErr().println("Note: " + p));
        return 0;
    }
}
