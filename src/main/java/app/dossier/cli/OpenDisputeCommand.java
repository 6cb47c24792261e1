package app.dossier.cli;

import app.dossier.domain.Dispute;
import app.dossier.domain.Order;
import app.dossier.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "open-dispute", description = "Open a dispute on an order (as a draft). Refused while the order"
        + " has an open dispute, unless --another asks for a second one.")
final class OpenDisputeCommand extends DataCommand {
    @Parameters(index = "0", paramLabel = "ORDER", description = "Order number or id.")
    String order;

    @Option(names = "--summary", paramLabel = "TEXT", description = "What went wrong, in a sentence.")
    String summary;

    @Option(names = "--another", description = "Open a second dispute although one is open on the order"
            + " (about something else: another shipment, a defect found later).")
    boolean another;

    @Override
    int run(Services services) {
        Order o = services.orders().find(order);
        Dispute d = services.disputes().open(o.id(), summary, another);
        out().println("Opened dispute " + d.id() + " on " + o.label() + " (draft).");
        return 0;
    }
}
