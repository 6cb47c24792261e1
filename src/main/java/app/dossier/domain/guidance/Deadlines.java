package app.dossier.domain.guidance;

import app.dossier.domain.CaseFile;
import app.dossier.domain.Channel;
import app.dossier.domain.DisputeStatus;
import app.dossier.domain.Order;
import app.dossier.domain.ReceivingRecord;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The open deadlines of each order, and the list of those due soon or overdue. One line per rule
 * ("arrival" as in {@link Warnings}):
 * <ul>
 * <li>INSPECT_TARGET / INSPECT_LIMIT: arrival + 24 h / + 48 h, while no sample check is recorded.</li>
 * <li>NOTIFY_TARGET / NOTIFY_LIMIT: arrival + 24 h / + 48 h, while units are short or defective and
 * factoryNotifiedAt is empty.</li>
 * <li>DELIVERY: the delivery deadline (end of that day), while nothing is received (no receiving record,
 * no file in Receiving and QC).</li>
 * <li>DISPUTE_WINDOW: platform orders only, arrival + the platform window (30 days), while units are short
 * or defective or no sample check is recorded, and no dispute is ESCALATED, RESOLVED or CLOSED. Arrival
 * stands for the confirmed receipt, which is never earlier: the real window may end a little later.</li>
 * </ul>
 * The due list keeps those OVERDUE or DUE_SOON, sorted by due time, and leaves out a target (24 h)
 * that has passed, since its limit (48 h) is listed too.
 */
public final class Deadlines {
    private static final Comparator<Deadline> BY_DUE = Comparator.comparing(Deadline::due)
            .thenComparing(Deadline::orderLabel, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Deadline::kind);

    private Deadlines() {
    }

    /** Every open deadline of every order, sorted by due time. */
    public static List<Deadline> open(List<CaseFile> cases, GuidanceSettings settings, Clock clock) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<Deadline> out = new ArrayList<>();
        for (CaseFile c : cases) {
            out.addAll(ofOrder(c, settings, now, clock.getZone()));
        }
        out.sort(BY_DUE);
        return out;
    }

    /** The "due soon / overdue" list, sorted by due time. */
    public static List<Deadline> dueList(List<CaseFile> cases, GuidanceSettings settings, Clock clock) {
        return open(cases, settings, clock).stream()
                .filter(d -> d.urgency() != Urgency.LATER)
                .filter(d -> !(d.kind().target() && d.urgency() == Urgency.OVERDUE))
                .toList();
    }

    static List<Deadline> ofOrder(CaseFile c, GuidanceSettings s, LocalDateTime now, ZoneId zone) {
        List<Deadline> out = new ArrayList<>();
        Order o = c.order();
        ReceivingRecord r = c.receiving();
        Optional<OrderFacts.Arrival> arrival = OrderFacts.arrival(c, zone);
        Maker make = (kind, due, params) -> new Deadline(o.id(), o.factoryId(), o.label(), kind, due,
                Urgency.of(due, now, s.dueSoon()), params);
        if (arrival.isPresent()) {
            LocalDateTime at = arrival.get().at();
            if (!OrderFacts.inspected(c)) {
                out.add(make.of(Deadline.Kind.INSPECT_TARGET, at.plus(s.inspectTarget()),
                        Map.of("hours", s.inspectTarget().toHours())));
                out.add(make.of(Deadline.Kind.INSPECT_LIMIT, at.plus(s.inspectLimit()),
                        Map.of("hours", s.inspectLimit().toHours())));
            }
            if (OrderFacts.discrepancy(r) && r.factoryNotifiedAt() == null && r.arrivedAt() != null) {
                out.add(make.of(Deadline.Kind.NOTIFY_TARGET, r.arrivedAt().plus(s.notifyTarget()),
                        Map.of("hours", s.notifyTarget().toHours())));
                out.add(make.of(Deadline.Kind.NOTIFY_LIMIT, r.arrivedAt().plus(s.notifyLimit()),
                        Map.of("hours", s.notifyLimit().toHours())));
            }
            boolean worthDisputing = OrderFacts.discrepancy(r) || !OrderFacts.inspected(c);
            boolean disputeSettled = c.disputes().stream().anyMatch(d -> d.status() == DisputeStatus.ESCALATED
                    || d.status() == DisputeStatus.RESOLVED || d.status() == DisputeStatus.CLOSED);
            if (o.channel() == Channel.PLATFORM && worthDisputing && !disputeSettled) {
                LocalDateTime end = at.plus(s.platformDisputeWindow());
                long days = s.platformDisputeWindow().toDays();
                out.add(make.of(Deadline.Kind.DISPUTE_WINDOW, end, Map.of("days", days)));
            }
        } else if (r == null && o.deliveryDeadline() != null) {
            out.add(make.of(Deadline.Kind.DELIVERY, OrderFacts.endOf(o.deliveryDeadline()), Map.of()));
        }
        return out;
    }

    @FunctionalInterface
    private interface Maker {
        Deadline of(Deadline.Kind kind, LocalDateTime due, Map<String, Object> params);
    }
}
