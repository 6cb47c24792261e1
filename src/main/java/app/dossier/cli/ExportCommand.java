package app.dossier.cli;

import app.dossier.domain.Order;
import app.dossier.service.ExportReport;
import app.dossier.service.ProgressListener;
import app.dossier.service.Services;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", description = {
    "Export one order's case file for archiving as a BagIt bag (RFC 8493): its files under data/,",
    "each with its SHA-256, and bag-info.txt with the order number. A folder, or a zip with --zip.",
    "Check it any time, anywhere, with 'dossier verify-bag'."})
final class ExportCommand extends DataCommand implements ReadsOnly {
    @Parameters(index = "0", paramLabel = "ORDER", description = "Order number or id.")
    String order;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "The bag to write (a folder, or a .zip with --zip); it must not exist yet.")
    Path out;

    @Option(names = "--zip", description = "Write one zip file instead of a folder.")
    boolean zip;

    @Option(names = "--organization", paramLabel = "NAME", description = "Your business's name, for Source-Organization in bag-info.txt.")
    String organization;

    @Override
    int run(Services services) {
        Order o = services.orders().find(order);
        ExportReport report = services.export().export(o.id(), out, zip, organization, ProgressListener.NONE);
        out().println("Exported the case file of order " + o.label() + ": " + report.files() + " files ("
                + Sizes.of(report.bytes()) + ") to " + report.bag());
        if (report.unrecordedFiles() > 0) {
            out().println("Note: " + report.unrecordedFiles() + " of them are in the order's folder without being recorded"
                    + " in Dossier; they were exported as they are.");
        }
        return 0;
    }
}
