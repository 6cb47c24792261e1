package app.dossier.domain;

import java.util.List;

/**
 * What importing a 1688 export will do, before anything is done: each order of the file with its
 * action and reasons, in the file's order, and the factories to be created for new sellers (each
 * once, however many orders it has). Importing the same file again plans every order as SKIP.
 * An order that clashes with the one Dossier has (another seller, another product, received or
 * disputed) is a CLASH: the plan never changes it unless the user chose so.
 */
public record ImportPlan(List<PlannedOrder> orders, List<Factory> newFactories) {
    public ImportPlan {
        orders = List.copyOf(orders);
        newFactories = List.copyOf(newFactories);
    }

    public List<PlannedOrder> toCreate() {
        return with(ImportAction.CREATE);
    }

    public List<PlannedOrder> toUpdate() {
        return with(ImportAction.UPDATE);
    }

    /** Orders left as Dossier has them unless the user takes the file's side. */
    public List<PlannedOrder> clashes() {
        return with(ImportAction.CLASH);
    }

    public List<PlannedOrder> skipped() {
        return with(ImportAction.SKIP);
    }

    /** Whether importing would change nothing. */
    public boolean changesNothing() {
        return toCreate().isEmpty() && toUpdate().isEmpty();
    }

    private List<PlannedOrder> with(ImportAction action) {
        return orders.stream().filter(o -> o.action() == action).toList();
    }
}
