package app.dossier.cli;

import app.dossier.domain.Dispute;
import app.dossier.domain.DisputeStatus;
import app.dossier.domain.Order;
import app.dossier.service.EvidenceInput;
import app.dossier.service.Services;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "dispute-step", description = {
    "Record the next step of an order's newest dispute: sent, factory-replied, escalated, resolved or closed,",
    "with when it happened, a note and evidence (e.g. a screenshot of the factory's reply)."})
final class DisputeStepCommand extends DataCommand {
    @Parameters(index = "0", paramLabel = "ORDER", description = "Order number or id.")
    String order;

    @Parameters(index = "1", paramLabel = "STATUS", description = "sent, factory-replied, escalated, resolved or closed.")
    DisputeStatus status;

    @Option(names = "--at", paramLabel = "DATETIME", description = "When it happened (default: now).")
    LocalDateTime at;

    @Option(names = "--note", paramLabel = "TEXT")
    String note;

    @Option(names = "--evidence", paramLabel = "FILE", description = "Files to keep with this step (repeat).")
    List<Path> evidence = new ArrayList<>();

    @Override
    int run(Services services) {
        Order o = services.orders().find(order);
        Dispute d = services.disputes().advance(OrderDisputes.newest(services, o).id(), status, at, note,
                evidence.stream().map(EvidenceInput::of).toList());
        out().println("Dispute " + d.id() + " on " + o.label() + " is now " + Converters.display(d.status()) + ".");
        return 0;
    }
}
