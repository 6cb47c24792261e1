package app.dossier.domain;

import java.util.List;
import java.util.Optional;

/**
 * Whether a dispute may be opened on an order. One already open (not resolved, not closed) is where the
 * claim goes on: a second is refused unless asked for on purpose, since one order may still need two
 * (a second shipment, a defect found later), and then the user has been pointed to the first.
 */
public final class DisputeOpening {
    private DisputeOpening() {
    }

    /** The order's dispute that is still open, the newest when there are several. */
    public static Optional<Dispute> openAlready(List<Dispute> ofOrder) {
        return ofOrder.stream().filter(Dispute::open).reduce((first, second) -> second);
    }

    /**
     * {@code DISPUTE_ALREADY_OPEN} (the order, the open dispute's id, the day it was opened) while one is
     * open and {@code another} was not asked for; empty when the dispute may be opened.
     */
    public static Optional<Refusal.Wording> problem(Order order, List<Dispute> ofOrder, boolean another) {
        if (another) {
            return Optional.empty();
        }
        return openAlready(ofOrder).map(d -> Refusal.DISPUTE_ALREADY_OPEN.with(order.label(), d.id(), d.openedOn()));
    }
}
