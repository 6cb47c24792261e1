package app.dossier.cli;

import app.dossier.domain.Order;
import app.dossier.service.Removal;
import app.dossier.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "remove-order", description = {"Remove an order logged by mistake.",
        "An order that holds nothing yet is deleted (its folder goes to the trash); one that holds files,",
        "payments, a receiving record or a dispute is archived: kept whole, hidden from the lists.",
        "Not while a dispute about it is open."})
final class RemoveOrderCommand extends DataCommand {
    @Parameters(index = "0", paramLabel = "ORDER", description = "Order number or id.")
    String order;

    @Override
    int run(Services services) {
        Order o = services.orders().find(order);
        Removal removal = services.orders().remove(o.id());
        if (!removal.archived()) {
            out().println("Deleted the draft order " + o.label() + ": it held nothing. Its folder is in the trash"
                    + " until 'dossier trash empty'.");
        } else {
            out().println("Archived order " + o.label() + " — it holds " + count(removal.files(), "file") + " and "
                    + count(removal.payments(), "payment") + "; it stays in the case files, verified and backed up."
                    + " Unarchive it with 'dossier unarchive " + o.label() + "'; 'dossier orders --archived' lists"
                    + " archived orders.");
        }
        return 0;
    }

    static String count(int n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }
}
