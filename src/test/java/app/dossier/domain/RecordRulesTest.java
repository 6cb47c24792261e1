package app.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The smaller records' rules: a payment, a factory, a dispute's step, files brought in. */
class RecordRulesTest {
    @Test
    void aPaymentNeedsAnAmountAboveZeroADateAndARateAboveZero() {
        assertThat(PaymentRules.problems(SampleCases.fullPayment())).isEmpty();
        Payment zero = new Payment(0, 1, null, Money.of("0", Money.CNY), new BigDecimal("-1"), PaymentCovers.FULL,
                null, null, null, null, null);
        assertThat(PaymentRules.problems(zero)).containsExactly(
                FieldProblem.of(Field.AMOUNT, Refusal.AMOUNT_NOT_POSITIVE, Money.of("0", Money.CNY)),
                FieldProblem.of(Field.PAID_ON, Refusal.PAYMENT_DATE_REQUIRED),
                FieldProblem.of(Field.RATE, Refusal.RATE_NOT_POSITIVE, "-1", "CNY"));
        assertThat(PaymentRules.problems(zero).get(0).wording().english())
                .isEqualTo("The amount paid must be more than 0 (it was ¥0.00).");
    }

    @Test
    void aFactoryNeedsANameOnOneLine() {
        assertThat(FactoryRules.problems(SampleCases.jiamei())).isEmpty();
        assertThat(FactoryRules.problems(new Factory(0, " ", null, null, null, null, null, null)))
                .containsExactly(FieldProblem.of(Field.FACTORY_NAME, Refusal.FACTORY_NAME_REQUIRED));
        assertThat(FactoryRules.problems(new Factory(0, "Xưởng\nMới", null, null, "a\u0007", null, null, null)))
                .extracting(FieldProblem::field, FieldProblem::refusal).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Field.FACTORY_NAME, Refusal.TEXT_HAS_LINE_BREAK),
                        org.assertj.core.groups.Tuple.tuple(Field.WECHAT_ID, Refusal.TEXT_HAS_CONTROL_CHARACTER));
    }

    @Test
    void aStepCannotBeDatedBeforeTheLastOne() {
        LocalDateTime sent = LocalDateTime.of(2026, 10, 4, 10, 0);
        LocalDate opened = sent.toLocalDate().minusDays(1);
        LocalDate today = sent.toLocalDate().plusDays(5);
        List<DisputeEvent> events = List.of(new DisputeEvent(DisputeStatus.DRAFT, sent.minusDays(1), null),
                new DisputeEvent(DisputeStatus.SENT, sent, null));
        assertThat(DisputeStepRules.problems(opened, events, 2, sent.plusHours(1), "xưởng trả lời", today)).isEmpty();
        assertThat(DisputeStepRules.problems(opened, events, 2, sent.minusHours(1), null, today)).containsExactly(
                FieldProblem.of(Field.STEP_AT, Refusal.STEP_BEFORE_LAST, sent.minusHours(1), sent));
        assertThat(DisputeStepRules.problems(opened, events, 2, null, "x".repeat(2_001), today))
                .extracting(FieldProblem::refusal).containsExactly(Refusal.STEP_TIME_REQUIRED, Refusal.TEXT_TOO_LONG);
    }

    @Test
    void aStepIsDatedBetweenTheDisputesOpeningAndTodayInOrderWithTheStepsAroundIt() {
        LocalDateTime drafted = LocalDateTime.of(2026, 10, 3, 9, 0);
        LocalDateTime sent = LocalDateTime.of(2026, 10, 4, 10, 0);
        LocalDateTime replied = LocalDateTime.of(2026, 10, 6, 8, 0);
        LocalDate today = LocalDate.of(2026, 10, 9);
        List<DisputeEvent> events = List.of(new DisputeEvent(DisputeStatus.DRAFT, drafted, null),
                new DisputeEvent(DisputeStatus.SENT, sent, null),
                new DisputeEvent(DisputeStatus.FACTORY_REPLIED, replied, null));
        LocalDate opened = drafted.toLocalDate();

        assertThat(DisputeStepRules.problems(opened, events, 1, sent.plusDays(1), "Gửi lại", today)).isEmpty();
        assertThat(DisputeStepRules.problems(opened, events, 1, replied.plusMinutes(1), null, today)).containsExactly(
                FieldProblem.of(Field.STEP_AT, Refusal.STEP_AFTER_NEXT, replied.plusMinutes(1), replied));
        assertThat(DisputeStepRules.problems(opened, events, 0, drafted.minusDays(1), null, today)).containsExactly(
                FieldProblem.of(Field.STEP_AT, Refusal.STEP_BEFORE_OPENED, drafted.minusDays(1), opened));
        assertThat(DisputeStepRules.problems(opened, events, 3, today.plusDays(1).atTime(0, 1), null, today))
                .containsExactly(FieldProblem.of(Field.STEP_AT, Refusal.STEP_IN_FUTURE, today.plusDays(1).atTime(0, 1),
                        today));
        assertThat(DisputeStepRules.problems(opened, events, 3, today.atTime(23, 59), null, today))
                .as("later today is not the future").isEmpty();
    }

    @Test
    void onlyAStepNoLaterStepFollowsFromMayBeRemovedAndNeverTheOpening() {
        LocalDateTime at = LocalDateTime.of(2026, 10, 3, 9, 0);
        List<DisputeEvent> events = List.of(new DisputeEvent(DisputeStatus.DRAFT, at, null),
                new DisputeEvent(DisputeStatus.SENT, at.plusHours(1), null),
                new DisputeEvent(DisputeStatus.FACTORY_REPLIED, at.plusHours(2), null),
                new DisputeEvent(DisputeStatus.FACTORY_REPLIED, at.plusHours(3), null));

        assertThat(DisputeStepRules.removalProblem(events, 4)).isEmpty();
        assertThat(DisputeStepRules.removalProblem(events, 3)).as("a reply may follow a reply").isEmpty();
        assertThat(DisputeStepRules.removalProblem(events, 2)).map(Refusal.Wording::refusal)
                .contains(Refusal.STEP_NEEDED_BY_NEXT);
        assertThat(DisputeStepRules.removalProblem(events, 1)).map(Refusal.Wording::refusal)
                .contains(Refusal.STEP_OPENING_NOT_REMOVABLE);
        assertThat(DisputeStepRules.removalProblem(events, 5)).map(Refusal.Wording::refusal)
                .contains(Refusal.STEP_NOT_FOUND);
    }

    @Test
    void filesNeedACategoryAndACaptionThatFits() {
        assertThat(AttachRules.problems(EvidenceCategory.RECEIVING, "Pallet")).isEmpty();
        assertThat(AttachRules.problems(null, "x".repeat(501))).extracting(FieldProblem::field)
                .containsExactly(Field.CATEGORY, Field.CAPTION);
    }

    @Test
    void aRecordWithAProblemIsRefusedWithTheFirstInWords() {
        LocalDate ordered = LocalDate.of(2026, 9, 2);
        List<FieldProblem> problems = List.of(FieldProblem.of(Field.DEADLINE, Refusal.DEADLINE_BEFORE_ORDER_DATE,
                ordered.minusDays(3), ordered), FieldProblem.of(Field.UNIT, Refusal.UNIT_REQUIRED));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FieldProblem.refuse(problems))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The delivery deadline 2026-08-30 is before the order date 2026-09-02.")
                .satisfies(e -> assertThat(((DossierException) e).wording()).contains(problems.get(0).wording()));
        FieldProblem.refuse(List.of());
    }
}
