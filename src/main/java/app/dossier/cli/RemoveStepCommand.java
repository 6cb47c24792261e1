package app.dossier.cli;

import app.dossier.domain.Dispute;
import app.dossier.domain.DisputeEvent;
import app.dossier.domain.Order;
import app.dossier.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "remove-step", description = {
    "Remove a step of an order's newest dispute recorded by mistake; the dispute goes back to where the",
    "steps before it leave it. The files kept with the step stay among the order's files."})
final class RemoveStepCommand extends DataCommand {
    @Parameters(index = "0", paramLabel = "ORDER", description = "Order number or id.")
    String order;

    @Parameters(index = "1", paramLabel = "STEP", description = "The step's number, as `dossier show ORDER` lists it.")
    int number;

    @Override
    int run(Services services) {
        Order o = services.orders().find(order);
        Dispute d = OrderDisputes.newest(services, o);
        Dispute saved = services.disputes().removeStep(d.id(), number);
        DisputeEvent removed = d.events().get(number - 1);
        out().println("Removed step " + number + " (" + Converters.display(removed.status()) + ") of the dispute on "
                + o.label() + "; it is now " + Converters.display(saved.status()) + "."
                + (removed.evidenceIds().isEmpty() ? "" : " Its files stay among the order's files."));
        return 0;
    }
}
