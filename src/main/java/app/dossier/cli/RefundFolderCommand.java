package app.dossier.cli;

import app.dossier.domain.Evidence;
import app.dossier.domain.Order;
import app.dossier.service.RefundFolderWritten;
import app.dossier.service.Services;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "refund-folder", description = {
    "Write a folder for the 1688 refund form: up to 5 chosen images as JPG under 1 MB each,",
    "and a description of at most 150 characters."})
final class RefundFolderCommand extends DataCommand implements ReadsOnly {
    @Parameters(index = "0", paramLabel = "ORDER", description = "Order number or id.")
    String order;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write.")
    Path out;

    @Option(names = "--image", required = true, paramLabel = "FILE",
            description = "An image of the case file, by its file name or id (1 to 5; repeat the option).")
    List<String> images;

    @Option(names = "--description", paramLabel = "TEXT", description = "Default: drafted in Chinese from the records.")
    String description;

    @Override
    int run(Services services) {
        Order o = services.orders().find(order);
        List<Evidence> files = services.evidence().ofOrder(o.id());
        List<Long> chosen = new ArrayList<>();
        for (String wanted : images) {
            chosen.add(files.stream()
                    .filter(e -> e.fileName().equals(wanted) || e.file().equals(wanted) || String.valueOf(e.id())
                            .equals(wanted))
                    .findFirst()
                    .orElseThrow(() -> new app.dossier.domain.DossierException("Order " + o.label()
                            + " has no file “" + wanted + "”. See 'dossier show " + o.label() + "'."))
                    .id());
        }
        RefundFolderWritten written = services.disputes().writeRefundFolder(o.id(), out, chosen, description);
        out().println("Wrote " + written.images().size() + " images and " + written.description().getFileName()
                + " to " + written.folder());
        return 0;
    }
}
