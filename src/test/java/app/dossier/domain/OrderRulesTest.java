package app.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An order: one rule for the form, the service and {@code dossier add-order}. */
class OrderRulesTest {
    private static Order order(String product, long quantity, String unit, Money price, LocalDate orderedOn,
            LocalDate deadline) {
        return new Order(0, 1, null, Channel.PLATFORM, OrderKind.STANDARD, product, AgreedSpecs.NONE, quantity, unit,
                price, orderedOn, deadline, null, null, null);
    }

    @Test
    void theSampleOrderHasNoProblem() {
        assertThat(OrderRules.problems(SampleCases.shortOrder())).isEmpty();
    }

    @Test
    void everythingMissingIsReportedTogether() {
        assertThat(OrderRules.problems(order(" ", 0, null, null, null, null))).containsExactly(
                FieldProblem.of(Field.PRODUCT, Refusal.PRODUCT_REQUIRED),
                FieldProblem.of(Field.QUANTITY, Refusal.QUANTITY_NOT_POSITIVE, 0L),
                FieldProblem.of(Field.UNIT, Refusal.UNIT_REQUIRED),
                FieldProblem.of(Field.UNIT_PRICE, Refusal.UNIT_PRICE_REQUIRED),
                FieldProblem.of(Field.ORDERED_ON, Refusal.ORDER_DATE_REQUIRED));
    }

    @Test
    void aDeadlineBeforeTheOrderDateIsRefusedWithBothDates() {
        LocalDate ordered = LocalDate.of(2026, 9, 2);
        var problems = OrderRules.problems(order("Xẻng", 200, "bộ", Money.of("18.50", Money.CNY), ordered,
                ordered.minusDays(1)));
        assertThat(problems).containsExactly(FieldProblem.of(Field.DEADLINE, Refusal.DEADLINE_BEFORE_ORDER_DATE,
                ordered.minusDays(1), ordered));
        assertThat(problems.get(0).wording().english())
                .isEqualTo("The delivery deadline 2026-09-01 is before the order date 2026-09-02.");
    }

    @Test
    void aNegativePriceAndAProductOverItsLimitAreRefused() {
        var problems = OrderRules.problems(order("x".repeat(301), 5, "pcs", Money.of("-1", Money.CNY),
                LocalDate.of(2026, 9, 2), null));
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::refusal).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Field.UNIT_PRICE, Refusal.UNIT_PRICE_NEGATIVE),
                org.assertj.core.groups.Tuple.tuple(Field.PRODUCT, Refusal.TEXT_TOO_LONG));
    }
}
