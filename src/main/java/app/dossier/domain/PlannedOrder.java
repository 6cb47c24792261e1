package app.dossier.domain;

import java.util.List;

/**
 * What importing will do with one order, and why, for the preview.
 *
 * @param orderNumber the order number; for rows left out, as written in the file, or null
 * @param factoryName the factory the order is filed under once imported (for a CLASH, the one it is
 *                    filed under now); null for rows left out
 * @param newFactory  whether that factory is created by this import (see {@link ImportPlan#newFactories()})
 * @param order       CREATE: the draft (factory id 0 when the factory is new); UPDATE: the order in
 *                    Dossier with the changes applied (factory id 0 when it moves to a new factory);
 *                    CLASH and SKIP: the order in Dossier, or null
 * @param changes     UPDATE: the fields that change, each before and after; CLASH: the fields that
 *                    taking the file's side would change; otherwise empty
 * @param reasons     why, in words for the user; also notes such as amounts that do not add up
 * @param rowNumbers  the rows of the file the order came from
 * @param clash       CLASH, and an UPDATE the user chose despite a clash: both sides and why they
 *                    clash; otherwise null
 */
public record PlannedOrder(
        ImportAction action,
        String orderNumber,
        String factoryName,
        boolean newFactory,
        Order order,
        List<FieldChange> changes,
        List<String> reasons,
        List<Integer> rowNumbers,
        Clash clash) {

    public PlannedOrder {
        changes = List.copyOf(changes);
        reasons = List.copyOf(reasons);
        rowNumbers = List.copyOf(rowNumbers);
    }

    /**
     * Whether these rows were refused: the file has them but they could not be read (a cell that is
     * not an amount, an order number that lost digits). Orders skipped because Dossier already has
     * them as they are, or because 1688 closed them, are not refused.
     */
    public boolean refused() {
        return action == ImportAction.SKIP && factoryName == null;
    }

    /** Whether this is an UPDATE the user chose although the file and Dossier clash. */
    public boolean clashTaken() {
        return action == ImportAction.UPDATE && clash != null;
    }
}
