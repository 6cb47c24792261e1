package app.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The warehouse's record: one rule for the screen, the service and {@code dossier receive}. */
class ReceivingRulesTest {
    private static final LocalDateTime ARRIVED = LocalDateTime.of(2026, 10, 3, 9, 40);

    private static ReceivingRecord delivery(long received, long checked, long defective, String inspector,
            LocalDateTime inspectedAt, LocalDateTime notifiedAt) {
        return new ReceivingRecord(0, 1, ARRIVED, 10, 9, 200, received, PackagingCondition.SOME_DAMAGE, null, checked,
                defective, null, inspector, inspectedAt, notifiedAt);
    }

    @Test
    void theSampleDeliveryHasNoProblem() {
        assertThat(ReceivingRules.problems(SampleCases.shortDelivery())).isEmpty();
    }

    @Test
    void theFactoryCannotHaveBeenToldBeforeTheGoodsArrived() {
        LocalDateTime told = ARRIVED.minusHours(2);
        List<FieldProblem> problems = ReceivingRules.problems(delivery(180, 32, 3, "Hùng", null, told));

        assertThat(problems).containsExactly(
                FieldProblem.of(Field.NOTIFIED_AT, Refusal.NOTIFIED_BEFORE_ARRIVAL, told, ARRIVED));
        assertThat(problems.get(0).wording().english()).isEqualTo(
                "The factory cannot have been told (2026-10-03 07:40) before the goods arrived (2026-10-03 09:40).");
        assertThat(ReceivingRules.problems(delivery(180, 32, 3, "Hùng", null, ARRIVED))).isEmpty();
    }

    @Test
    void aRecordNobodySignedIsRefused() {
        assertThat(ReceivingRules.problems(delivery(180, 32, 3, "  ", null, null)))
                .containsExactly(FieldProblem.of(Field.INSPECTOR, Refusal.INSPECTOR_REQUIRED));
        assertThat(ReceivingRules.problems(delivery(180, 32, 3, null, null, null)))
                .extracting(FieldProblem::field).containsExactly(Field.INSPECTOR);
    }

    @Test
    void countsAreCheckedAgainstEachOther() {
        assertThat(ReceivingRules.problems(delivery(30, 40, 0, "Hùng", null, null)))
                .containsExactly(FieldProblem.of(Field.UNITS_CHECKED, Refusal.MORE_CHECKED_THAN_RECEIVED, 40L, 30L));
        assertThat(ReceivingRules.problems(delivery(180, 32, 33, "Hùng", null, null))).containsExactly(
                FieldProblem.of(Field.DEFECTIVE_UNITS, Refusal.MORE_DEFECTIVE_THAN_CHECKED, 33L, 32L));
        assertThat(ReceivingRules.problems(delivery(180, 0, 2, "Hùng", null, null)))
                .containsExactly(FieldProblem.of(Field.DEFECTIVE_UNITS, Refusal.DEFECTIVE_NONE_CHECKED, 2L));
    }

    @Test
    void everyProblemOfOneRecordIsReportedAtOnce() {
        ReceivingRecord bad = new ReceivingRecord(0, 1, null, 200_000, null, 200, 180, null, null, 32, 3, null, null,
                null, null);
        assertThat(ReceivingRules.problems(bad)).extracting(FieldProblem::field).containsExactly(Field.ARRIVED_AT,
                Field.PARCELS_EXPECTED, Field.PACKAGING_CONDITION, Field.INSPECTOR);
    }

    @Test
    void anInspectionBeforeTheArrivalAndAnInspectorOnTwoLinesAreRefused() {
        assertThat(ReceivingRules.problems(delivery(180, 32, 3, "Anh\nTuấn", ARRIVED.minusDays(1), null)))
                .extracting(FieldProblem::refusal)
                .containsExactly(Refusal.INSPECTION_BEFORE_ARRIVAL, Refusal.TEXT_HAS_LINE_BREAK);
    }

    @Test
    void checkedAboveReceivedIsRefusedExactlyWhenItIs() {
        for (long received = 0; received <= 40; received++) {
            for (long checked = 0; checked <= 40; checked++) {
                boolean refused = ReceivingRules.problems(delivery(received, checked, 0, "Hùng", null, null)).stream()
                        .anyMatch(p -> p.refusal() == Refusal.MORE_CHECKED_THAN_RECEIVED);
                assertThat(refused).as(checked + " checked of " + received).isEqualTo(checked > received);
            }
        }
    }

    @Test
    void defectsByKindAreCheckedAgainstTheCounts() {
        ReceivingRecord counted = delivery(180, 32, 3, "Hùng", null, null);
        assertThat(ReceivingRules.problems(counted.withDefects(List.of(new ReceivingDefect(DefectKind.SHORT, 20),
                new ReceivingDefect(DefectKind.CRACKED, 3, List.of(7L, 8L)),
                new ReceivingDefect(DefectKind.SCRATCHED, 1), new ReceivingDefect(DefectKind.DAMAGED_PACKAGING, 1)))))
                .isEmpty();

        List<FieldProblem> problems = ReceivingRules.problems(counted.withDefects(List.of(
                new ReceivingDefect(DefectKind.SHORT, 18), new ReceivingDefect(DefectKind.CRACKED, 4),
                new ReceivingDefect(DefectKind.CRACKED, 1), new ReceivingDefect(DefectKind.STAINED, 0),
                new ReceivingDefect(DefectKind.DAMAGED_PACKAGING, 12))));
        assertThat(problems).containsExactly(
                FieldProblem.of(Field.DEFECTS, Refusal.SHORT_COUNT_DIFFERS, 18L, 20L),
                FieldProblem.of(Field.DEFECTS, Refusal.DEFECT_MORE_THAN_DEFECTIVE, DefectKind.CRACKED, 4L, 3L),
                FieldProblem.of(Field.DEFECTS, Refusal.DEFECT_KIND_TWICE, DefectKind.CRACKED),
                FieldProblem.of(Field.DEFECTS, Refusal.DEFECT_COUNT_ZERO, DefectKind.STAINED),
                FieldProblem.of(Field.DEFECTS, Refusal.DAMAGED_MORE_THAN_PARCELS, 12L, 9));
        assertThat(problems.get(1).wording().english())
                .isEqualTo("4 units are “cracked or broken”, but only 3 were found defective. Raise the defective count,"
                        + " or lower this one.");
    }

    @Test
    void aDefectKindIsTypedAsPeopleWriteIt() {
        assertThat(DefectKind.fromTyped("wrong-color")).contains(DefectKind.WRONG_COLOUR);
        assertThat(DefectKind.fromTyped(" Damaged packaging ")).contains(DefectKind.DAMAGED_PACKAGING);
        assertThat(DefectKind.fromTyped("broken glass")).isEmpty();
        assertThat(DefectKind.CRACKED.typed()).isEqualTo("cracked");
    }
}
