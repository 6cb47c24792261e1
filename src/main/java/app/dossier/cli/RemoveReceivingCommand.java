package app.dossier.cli;

import app.dossier.domain.Order;
import app.dossier.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "remove-receiving", description = {
    "Remove an order's receiving record entered by mistake: its counts and defects go, its photos stay",
    "among the order's Receiving and QC files. Refused while a dispute on the order is open; correct the",
    "record with 'dossier receive' instead."})
final class RemoveReceivingCommand extends DataCommand {
    @Parameters(index = "0", paramLabel = "ORDER", description = "Order number or id.")
    String order;

    @Override
    int run(Services services) {
        Order o = services.orders().find(order);
        services.receiving().remove(o.id());
        out().println("Removed the receiving record of order " + o.label()
                + "; its photos stay among the order's Receiving and QC files.");
        return 0;
    }
}
