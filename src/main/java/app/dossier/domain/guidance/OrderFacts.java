package app.dossier.domain.guidance;

import app.dossier.domain.CaseFile;
import app.dossier.domain.Dispute;
import app.dossier.domain.DisputeStatus;
import app.dossier.domain.Evidence;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.ReceivingRecord;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Facts about one order that several rules share. */
final class OrderFacts {
    private OrderFacts() {
    }

    /** When the goods arrived, and whether that comes from the receiving record or only from a photo. */
    record Arrival(LocalDateTime at, boolean fromRecord) {
    }

    /**
     * The arrival time: the receiving record's, or, when there is no record (or it has no time),
     * the earliest time of a file in Receiving and QC: a photo of the cartons at the door shows the
     * goods are there even before anyone counted them.
     */
    static Optional<Arrival> arrival(CaseFile c, ZoneId zone) {
        ReceivingRecord r = c.receiving();
        if (r != null && r.arrivedAt() != null) {
            return Optional.of(new Arrival(r.arrivedAt(), true));
        }
        return inCategory(c, EvidenceCategory.RECEIVING).stream()
                .map(e -> time(e, zone))
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .map(t -> new Arrival(t, false));
    }

    /** A sample check was done: a receiving record with at least one unit checked. */
    static boolean inspected(CaseFile c) {
        return c.receiving() != null && c.receiving().unitsSampled() > 0;
    }

    /** Units short or defective units found. */
    static boolean discrepancy(ReceivingRecord r) {
        return r != null && (r.unitsShort() > 0 || r.defectiveUnits() > 0);
    }

    /**
     * Open: a dispute is still going (not RESOLVED or CLOSED), or the goods are not all in
     * (no receiving record, or fewer units than expected) and no finished dispute settled it.
     */
    static boolean open(CaseFile c) {
        boolean disputeGoing = c.disputes().stream().anyMatch(d -> !finished(d));
        boolean settled = !c.disputes().isEmpty() && c.disputes().stream().allMatch(OrderFacts::finished);
        ReceivingRecord r = c.receiving();
        boolean allIn = r != null && r.unitsReceived() >= r.unitsExpected();
        return disputeGoing || (!allIn && !settled);
    }

    static boolean finished(Dispute d) {
        return d.status() == DisputeStatus.RESOLVED || d.status() == DisputeStatus.CLOSED;
    }

    /** When a file was made: its capture time, else the time it was added, in the user's zone. */
    static LocalDateTime time(Evidence e, ZoneId zone) {
        if (e.capturedAt() != null) {
            return e.capturedAt();
        }
        return e.addedAt() == null ? null : LocalDateTime.ofInstant(e.addedAt(), zone);
    }

    static List<Evidence> inCategory(CaseFile c, EvidenceCategory category) {
        return c.evidence().stream().filter(e -> e.category() == category).toList();
    }

    /** A delivery date's deadline is the end of that day. */
    static LocalDateTime endOf(LocalDate day) {
        return day.atTime(LocalTime.of(23, 59));
    }
}
