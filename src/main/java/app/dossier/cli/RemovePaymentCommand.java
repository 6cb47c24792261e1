package app.dossier.cli;

import app.dossier.domain.Order;
import app.dossier.domain.Payment;
import app.dossier.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "remove-payment", description = {"Remove a payment recorded by mistake.",
        "Its proof stays in the order's Payments folder as evidence."})
final class RemovePaymentCommand extends DataCommand {
    @Parameters(index = "0", paramLabel = "ORDER", description = "Order number or id.")
    String order;

    @Parameters(index = "1", paramLabel = "ID", description = "The payment's id, as `dossier show ORDER` lists it.")
    long id;

    @Override
    int run(Services services) {
        Order o = services.orders().find(order);
        Payment p = services.payments().ofOrder(o.id(), id);
        services.payments().remove(p.id());
        out().println("Removed payment " + p.id() + ": " + p.amount() + " on " + p.paidOn() + " for " + o.label()
                + (p.proofEvidenceId() == null ? "" : " (its proof stays in the case file)"));
        return 0;
    }
}
