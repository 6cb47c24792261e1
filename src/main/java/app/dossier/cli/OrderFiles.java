package app.dossier.cli;

import app.dossier.domain.DossierException;
import app.dossier.domain.Evidence;
import app.dossier.domain.Order;
import app.dossier.service.Services;

/** A file of an order as a user names it on the command line: by its file name, its path in the order's folder or its id. */
final class OrderFiles {
    private OrderFiles() {
    }

    /** @throws DossierException saying where to see the order's files, when none is named so */
    static Evidence find(Services services, Order order, String file) {
        return services.evidence().ofOrder(order.id()).stream()
                .filter(e -> e.fileName().equals(file) || e.file().equals(file) || String.valueOf(e.id()).equals(file))
                .findFirst()
                .orElseThrow(() -> new DossierException("Order " + order.label() + " has no file “" + file + "”. See"
                        + " 'dossier show " + order.label() + "'."));
    }
}
