package app.dossier.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What a receiving record needs before it is kept: the one check the warehouse screen shows under
 * its fields, the service enforces and {@code dossier receive} reports. The inspector's name is
 * required: a count nobody signed is weak evidence in a dispute.
 */
public final class ReceivingRules {
    /** More parcels than any delivery has: a slip of the keyboard. */
    public static final int MOST_PARCELS = 100_000;

    private ReceivingRules() {
    }

    /** Everything wrong with {@code r} as typed, field by field; empty when it can be kept. */
    public static List<FieldProblem> problems(ReceivingRecord r) {
        List<FieldProblem> out = new ArrayList<>();
        if (r.arrivedAt() == null) {
            out.add(FieldProblem.of(Field.ARRIVED_AT, Refusal.ARRIVAL_REQUIRED));
        }
        count(out, Field.UNITS_EXPECTED, r.unitsExpected());
        count(out, Field.UNITS_RECEIVED, r.unitsReceived());
        count(out, Field.UNITS_CHECKED, r.unitsSampled());
        count(out, Field.DEFECTIVE_UNITS, r.defectiveUnits());
        parcels(out, Field.PARCELS_EXPECTED, r.parcelsExpected());
        parcels(out, Field.PARCELS_RECEIVED, r.parcelsReceived());
        if (r.packagingCondition() == null) {
            out.add(FieldProblem.of(Field.PACKAGING_CONDITION, Refusal.PACKAGING_CONDITION_REQUIRED));
        }
        if (r.unitsSampled() > r.unitsReceived() && r.unitsReceived() >= 0) {
            out.add(FieldProblem.of(Field.UNITS_CHECKED, Refusal.MORE_CHECKED_THAN_RECEIVED, r.unitsSampled(),
                    r.unitsReceived()));
        } else if (r.defectiveUnits() > r.unitsSampled() && r.unitsSampled() >= 0) {
            out.add(r.unitsSampled() == 0
                    ? FieldProblem.of(Field.DEFECTIVE_UNITS, Refusal.DEFECTIVE_NONE_CHECKED, r.defectiveUnits())
                    : FieldProblem.of(Field.DEFECTIVE_UNITS, Refusal.MORE_DEFECTIVE_THAN_CHECKED, r.defectiveUnits(),
                            r.unitsSampled()));
        }
        if (Text.isBlank(r.inspectedBy())) {
            out.add(FieldProblem.of(Field.INSPECTOR, Refusal.INSPECTOR_REQUIRED));
        }
        if (r.arrivedAt() != null && r.inspectedAt() != null && r.inspectedAt().isBefore(r.arrivedAt())) {
            out.add(FieldProblem.of(Field.INSPECTED_AT, Refusal.INSPECTION_BEFORE_ARRIVAL, r.inspectedAt(),
                    r.arrivedAt()));
        }
        if (r.arrivedAt() != null && r.factoryNotifiedAt() != null && r.factoryNotifiedAt().isBefore(r.arrivedAt())) {
            out.add(FieldProblem.of(Field.NOTIFIED_AT, Refusal.NOTIFIED_BEFORE_ARRIVAL, r.factoryNotifiedAt(),
                    r.arrivedAt()));
        }
        defects(out, r);
        FieldProblem.texts(out, Field.PACKAGING_NOTES, r.packagingNotes(), Field.DEFECT_NOTES, r.defectNotes(),
                Field.INSPECTOR, r.inspectedBy());
        return out;
    }

    /*
     * Each kind once, with a count: units short as ordered minus received, cartons no more than arrived,
     * and units of any other kind no more than were found defective (one unit may show two kinds).
     */
    private static void defects(List<FieldProblem> out, ReceivingRecord r) {
        java.util.Set<DefectKind> seen = java.util.EnumSet.noneOf(DefectKind.class);
        for (ReceivingDefect d : r.defects()) {
            if (!seen.add(d.kind())) {
                out.add(FieldProblem.of(Field.DEFECTS, Refusal.DEFECT_KIND_TWICE, d.kind()));
            } else if (d.count() <= 0) {
                out.add(FieldProblem.of(Field.DEFECTS, Refusal.DEFECT_COUNT_ZERO, d.kind()));
            } else if (d.kind() == DefectKind.SHORT) {
                if (d.count() != r.unitsShort()) {
                    out.add(FieldProblem.of(Field.DEFECTS, Refusal.SHORT_COUNT_DIFFERS, d.count(), r.unitsShort()));
                }
            } else if (d.kind() == DefectKind.DAMAGED_PACKAGING) {
                if (r.parcelsReceived() != null && d.count() > r.parcelsReceived()) {
                    out.add(FieldProblem.of(Field.DEFECTS, Refusal.DAMAGED_MORE_THAN_PARCELS, d.count(),
                            r.parcelsReceived()));
                }
            } else if (d.count() > r.defectiveUnits()) {
                out.add(FieldProblem.of(Field.DEFECTS, Refusal.DEFECT_MORE_THAN_DEFECTIVE, d.kind(), d.count(),
                        r.defectiveUnits()));
            }
        }
    }

    private static void count(List<FieldProblem> out, Field field, long value) {
        if (value < 0) {
            out.add(FieldProblem.of(field, Refusal.COUNT_NEGATIVE, value));
        }
    }

    private static void parcels(List<FieldProblem> out, Field field, Integer value) {
        if (value == null) {
            return;
        }
        count(out, field, value);
        if (value > MOST_PARCELS) {
            out.add(FieldProblem.of(field, Refusal.TOO_MANY_PARCELS, MOST_PARCELS, value));
        }
    }
}
