package app.dossier.domain;

import java.time.LocalDateTime;

/**
 * What the warehouse found when the goods arrived: counts against the order, the state of the
 * cartons, a sample check with its defect count, and when the factory was told.
 */
public record ReceivingRecord(
        long id,
        long orderId,
        LocalDateTime arrivedAt,
        Integer parcelsExpected,
        Integer parcelsReceived,
        long unitsExpected,
        long unitsReceived,
        PackagingCondition packagingCondition,
        String packagingNotes,
        long unitsSampled,
        long defectiveUnits,
        String defectNotes,
        String inspectedBy,
        LocalDateTime inspectedAt,
        LocalDateTime factoryNotifiedAt) {

    public ReceivingRecord withId(long newId) {
        return new ReceivingRecord(newId, orderId, arrivedAt, parcelsExpected, parcelsReceived,
                unitsExpected, unitsReceived, packagingCondition, packagingNotes, unitsSampled,
                defectiveUnits, defectNotes, inspectedBy, inspectedAt, factoryNotifiedAt);
    }

    /** Units ordered but not received; never negative. */
    public long unitsShort() {
        return Math.max(0, unitsExpected - unitsReceived);
    }
}
