package app.dossier.cli;

import app.dossier.domain.Order;
import app.dossier.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "unarchive", description = "Bring an archived order back into the lists.")
final class UnarchiveCommand extends DataCommand {
    @Parameters(index = "0", paramLabel = "ORDER", description = "Order number or id (see 'dossier orders --archived').")
    String order;

    @Override
    int run(Services services) {
        Order o = services.orders().unarchive(services.orders().find(order).id());
        out().println("Unarchived order " + o.label() + ".");
        return 0;
    }
}
