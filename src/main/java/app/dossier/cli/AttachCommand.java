package app.dossier.cli;

import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Order;
import app.dossier.service.AttachReport;
import app.dossier.service.EvidenceInput;
import app.dossier.service.ProgressListener;
import app.dossier.service.Services;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "attach", description = "Copy files (or whole folders) into an order's case file. The originals are not touched.")
final class AttachCommand extends DataCommand {
    @Parameters(index = "0", paramLabel = "ORDER", description = "Order number or id.")
    String order;

    @Parameters(index = "1", paramLabel = "CATEGORY", description = "agreement, confirmation, payment or receiving.")
    String category;

    @Parameters(index = "2..*", arity = "1..*", paramLabel = "FILE", description = "Files or folders to attach.")
    List<Path> files;

    @Option(names = "--caption", paramLabel = "TEXT", description = "Caption for every file attached.")
    String caption;

    @Override
    int run(Services services) {
        EvidenceCategory target = EvidenceCategory.fromShortName(category);
        Order o = services.orders().find(order);
        List<EvidenceInput> inputs = new ArrayList<>();
        for (Path file : files) {
            inputs.add(new EvidenceInput(file, caption, null));
        }
        AttachReport report = services.evidence().attach(o.id(), target, inputs, ProgressListener.NONE);
        report.added().forEach(e -> out().println("Added      " + o.folder() + "/" + e.file()));
        report.duplicates().forEach(d -> out().println("Already in " + o.folder() + "/" + d.existing().file()
                + "  (same content as " + d.source() + ")"));
        report.refused().forEach(r -> err().println("Not added  " + r.source() + ": " + r.reason()));
        return report.refused().isEmpty() ? 0 : 1;
    }
}
