package app.dossier.cli;

import app.dossier.service.BagReport;
import app.dossier.service.ExportService;
import app.dossier.service.ProgressListener;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "verify-bag", description = {
    "Check a BagIt bag (a folder or a zip): an exported case file, a backup, or any bag.",
    "Exit 0 when it is valid (complete, every checksum verifies, Payload-Oxum matches);",
    "otherwise 1 and one line per problem: MISSING, CHANGED, EXTRA, OXUM, INVALID, UNSAFE or DUPLICATE."})
final class VerifyBagCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PATH", description = "The bag: a folder or a zip file.")
    Path bag;

    @Override
    public Integer call() {
        BagReport report = ExportService.checkBag(bag, ProgressListener.NONE);
        report.problems().forEach(spec.commandLine().getOut()::println);
        if (report.valid()) {
            spec.commandLine().getErr().println("Valid bag: " + report.payloadFiles() + " files, every checksum verified.");
        }
        return report.valid() ? 0 : 1;
    }
}
