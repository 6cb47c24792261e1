package app.dossier.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

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
        LocalDateTime factoryNotifiedAt,
        List<ReceivingDefect> defects) {

    public ReceivingRecord {
        defects = defects == null ? List.of() : List.copyOf(defects);
    }

    /** A record with no defects named by kind. */
    public ReceivingRecord(long id, long orderId, LocalDateTime arrivedAt, Integer parcelsExpected,
            Integer parcelsReceived, long unitsExpected, long unitsReceived, PackagingCondition packagingCondition,
            String packagingNotes, long unitsSampled, long defectiveUnits, String defectNotes, String inspectedBy,
            LocalDateTime inspectedAt, LocalDateTime factoryNotifiedAt) {
        this(id, orderId, arrivedAt, parcelsExpected, parcelsReceived, unitsExpected, unitsReceived,
                packagingCondition, packagingNotes, unitsSampled, defectiveUnits, defectNotes, inspectedBy, inspectedAt,
                factoryNotifiedAt, List.of());
    }

    public ReceivingRecord withId(long newId) {
        return new ReceivingRecord(newId, orderId, arrivedAt, parcelsExpected, parcelsReceived,
                unitsExpected, unitsReceived, packagingCondition, packagingNotes, unitsSampled,
                defectiveUnits, defectNotes, inspectedBy, inspectedAt, factoryNotifiedAt, defects);
    }

    public ReceivingRecord withDefects(List<ReceivingDefect> newDefects) {
        return new ReceivingRecord(id, orderId, arrivedAt, parcelsExpected, parcelsReceived,
                unitsExpected, unitsReceived, packagingCondition, packagingNotes, unitsSampled,
                defectiveUnits, defectNotes, inspectedBy, inspectedAt, factoryNotifiedAt, newDefects);
    }

    /** The defect of {@code kind}, if one was named. */
    public Optional<ReceivingDefect> defect(DefectKind kind) {
        return defects.stream().filter(d -> d.kind() == kind).findFirst();
    }

    /** Units ordered but not received; never negative. */
    public long unitsShort() {
        return Math.max(0, unitsExpected - unitsReceived);
    }
}
