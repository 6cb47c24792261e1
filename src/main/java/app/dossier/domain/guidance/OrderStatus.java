package app.dossier.domain.guidance;

import app.dossier.domain.CaseFile;
import app.dossier.domain.Dispute;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where an order stands, as the orders list filters by it; an order may be in several at once (complete
 * and disputed) or in none (nothing to fix now, not complete yet: waiting for the goods). The rules are
 * the guidance's own, so the list and the guidance never disagree:
 * <ul>
 * <li>GAPS: a record to fix now ({@link OrderCompleteness#hasGaps()}, the start screen's list);</li>
 * <li>OVERDUE: a deadline passed ({@link Deadlines}: a limit, not a mere aim, as the due list leaves
 * a passed aim out);</li>
 * <li>DISPUTED: a dispute not resolved or closed ({@link Dispute#open()});</li>
 * <li>COMPLETE: all four records complete, ready for a dispute ({@link DisputeReadiness}).</li>
 * </ul>
 * An archived order asks nothing of the user: it has no gaps and nothing overdue.
 */
public enum OrderStatus {
    GAPS,
    OVERDUE,
    DISPUTED,
    COMPLETE;

    /** Every status the order is in now, in this enum's order. */
    public static Set<OrderStatus> of(CaseFile c, Guidance guidance, Clock clock) {
        Set<OrderStatus> out = EnumSet.noneOf(OrderStatus.class);
        OrderCompleteness completeness = guidance.completeness(c, clock);
        boolean archived = c.archivedAt() != null;
        if (!archived && completeness.hasGaps()) {
            out.add(GAPS);
        }
        if (!archived && Deadlines.ofOrder(c, guidance.settings(), LocalDateTime.now(clock), clock.getZone()).stream()
                .anyMatch(d -> d.urgency() == Urgency.OVERDUE && !d.kind().target())) {
            out.add(OVERDUE);
        }
        if (c.disputes().stream().anyMatch(Dispute::open)) {
            out.add(DISPUTED);
        }
        if (completeness.readiness().ready()) {
            out.add(COMPLETE);
        }
        return out;
    }
}
