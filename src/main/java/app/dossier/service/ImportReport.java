package app.dossier.service;

import app.dossier.domain.Factory;
import app.dossier.domain.Order;
import java.util.List;

/**
 * What importing a 1688 order export did. Each order was its own change: those in {@code failed}
 * changed nothing, the others are saved. {@code cancelled} is true when the user stopped it; the
 * orders done before stay.
 *
 * @param preview  the plan the import carried out, made just before it started
 * @param created  the orders created, each with the export kept in its Order and confirmation
 * @param updated  the orders updated, likewise
 * @param factories the factories created for new sellers
 * @param failed   orders that could not be saved, and why
 */
public record ImportReport(ImportPreview preview, List<Order> created, List<Order> updated, List<Factory> factories,
        List<Failure> failed, boolean cancelled) {

    public ImportReport {
        created = List.copyOf(created);
        updated = List.copyOf(updated);
        factories = List.copyOf(factories);
        failed = List.copyOf(failed);
    }

    /** An order of the file that could not be saved. */
    public record Failure(String orderNumber, String reason) {
    }

    /** Whether every order that could come in did, no row was refused and no clash was left as it is. */
    public boolean complete() {
        return failed.isEmpty() && preview.refused().isEmpty() && preview.plan().clashes().isEmpty() && !cancelled;
    }

    /** Whether the import changed nothing at all. */
    public boolean changedNothing() {
        return created.isEmpty() && updated.isEmpty() && factories.isEmpty();
    }
}
