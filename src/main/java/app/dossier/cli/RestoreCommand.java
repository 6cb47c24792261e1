package app.dossier.cli;

import app.dossier.service.ProgressListener;
import app.dossier.service.RestoreReport;
import app.dossier.service.VerifyReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "restore", description = {
    "Put a backup back into a data folder, checking every file against the backup's manifest,",
    "then verify it. A folder that already holds a database or case files is refused unless",
    "--force is given; then what is there is kept, renamed with the date, never deleted."})
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    DossierCommand root;

    @Mixin
    DataOptions dataOptions;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.zip", description = "A backup made by 'dossier backup' or by the app.")
    Path backup;

    @Option(names = "--force", description = "Replace a database and case files already there (they are kept, renamed).")
    boolean force;

    @Override
    public Integer call() {
        RestoreReport report = root.folders().restore(backup, dataOptions.peek(), force, ProgressListener.NONE);
        PrintWriter out = spec.commandLine().getOut();
        var info = report.backupInfo();
        out.println("Restored the database and " + (report.files() - 1) + " case files (" + Sizes.of(report.bytes())
                + ") into " + report.location().dataFolder() + ", case files in " + report.location().caseFilesRoot());
        if (info.containsKey("Dossier-Backed-Up-At")) {
            out.println("The backup was taken " + info.get("Dossier-Backed-Up-At") + " on "
                    + info.getOrDefault("Dossier-Host", "?") + " from " + info.getOrDefault("Dossier-Data-Folder", "?"));
        }
        if (report.replacedDatabase() != null) {
            out.println("The database that was there is kept as " + report.replacedDatabase());
        }
        if (report.replacedCaseFiles() != null) {
            out.println("The case files that were there are kept in " + report.replacedCaseFiles());
        }
        printVerify(report.verify(), "as they were in the backup", out);
        return 0;
    }

    /** What verify found after a restore or a move; {@code when} says what the records were. */
    static void printVerify(VerifyReport verify, String when, PrintWriter out) {
        if (verify.consistent()) {
            out.println("Verify: all consistent, " + verify.filesChecked() + " files checked.");
        } else {
            out.println("Verify found " + verify.problems().size() + " differences between the case files and"
                    + " the database (" + when + "):");
            verify.problems().forEach(p -> out.println(p.line()));
        }
    }
}
