package app.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResolutionTest {

    @Test
    void theShortOrdersRefundIsTwentyThreeSetsAtTheUnitPriceWithItsDongAtThePaymentsRate() {
        Resolution.PartialRefund refund = Resolution.proposedRefund(SampleCases.shortCase()).orElseThrow();

        assertThat(refund.amount()).isEqualTo(Money.of("425.50", Money.CNY));
        assertThat(refund.vndEquivalent()).isEqualTo(Money.of("1553075", Money.VND));
    }

    @Test
    void theRateIsTheLatestPaymentsThatHasOne() {
        Payment deposit = payment(1, LocalDate.of(2026, 9, 2), "1000.00", "3600");
        Payment balance = payment(2, LocalDate.of(2026, 9, 20), "2700.00", "3700");
        Payment noRate = payment(3, LocalDate.of(2026, 9, 25), "0.01", null);

        CaseFile c = SampleCases.withPayments(SampleCases.shortCase(), List.of(balance, noRate, deposit));

        assertThat(Resolution.proposedRefund(c).orElseThrow().vndEquivalent())
                .isEqualTo(Money.of("1574350", Money.VND)); // 425.50 × 3,700
    }

    @Test
    void noRateMeansNoDongAmountRatherThanAGuess() {
        CaseFile c = SampleCases.withPayments(SampleCases.shortCase(),
                List.of(payment(1, LocalDate.of(2026, 9, 2), "3700.00", null)));

        Resolution.PartialRefund refund = Resolution.proposedRefund(c).orElseThrow();

        assertThat(refund.amount()).isEqualTo(Money.of("425.50", Money.CNY));
        assertThat(refund.vndEquivalent()).isNull();
    }

    @Test
    void theRefundIsNeverMoreThanWasPaid() {
        CaseFile depositOnly = SampleCases.withPayments(SampleCases.shortCase(),
                List.of(payment(1, LocalDate.of(2026, 9, 2), "300.00", "3650")));

        assertThat(Resolution.proposedRefund(depositOnly).orElseThrow().amount())
                .isEqualTo(Money.of("300.00", Money.CNY));
    }

    @Test
    void noRefundIsProposedOnAnOrderWithNothingPaid() {
        CaseFile unpaid = SampleCases.withPayments(SampleCases.shortCase(), List.of());

        assertThat(Resolution.proposedRefund(unpaid)).isEmpty();
    }

    @Test
    void aTransferInDongCountsTowardsWhatWasPaidAndGivesTheRateOfTheDong() {
        // a deposit of 1.095.000 ₫ at 3,650 ₫/¥ is ¥300.00: the ¥425.50 claim is held to it, at that rate
        Payment dong = new Payment(1, 1, LocalDate.of(2026, 9, 2), Money.of("1095000", Money.VND),
                new BigDecimal("3650"), PaymentCovers.DEPOSIT, "Bank", null, null, null, null);
        Resolution.PartialRefund refund = Resolution.proposedRefund(
                SampleCases.withPayments(SampleCases.shortCase(), List.of(dong))).orElseThrow();

        assertThat(refund.amount()).isEqualTo(Money.of("300.00", Money.CNY));
        assertThat(refund.vndEquivalent()).isEqualTo(Money.of("1095000", Money.VND));

        // paid in full the same way: the whole claim, in đồng at the transfer's rate
        Payment full = new Payment(1, 1, LocalDate.of(2026, 9, 2), Money.of("13505000", Money.VND),
                new BigDecimal("3650"), PaymentCovers.FULL, "Bank", null, null, null, null);
        Resolution.PartialRefund whole = Resolution.proposedRefund(
                SampleCases.withPayments(SampleCases.shortCase(), List.of(full))).orElseThrow();
        assertThat(whole.amount()).isEqualTo(Money.of("425.50", Money.CNY));
        assertThat(whole.vndEquivalent()).isEqualTo(Money.of("1553075", Money.VND));
    }

    @Test
    void nothingToRefundWithoutACountOrWithNothingWrong() {
        assertThat(Resolution.proposedRefund(SampleCases.with(SampleCases.shortCase(), (ReceivingRecord) null))).isEmpty();
        assertThat(Resolution.proposedRefund(SampleCases.with(SampleCases.shortCase(),
                SampleCases.counted(200, 32, 0)))).isEmpty();
    }

    @Test
    void onlyDefectiveUnitsAreRefundedWhenNothingIsShort() {
        CaseFile c = SampleCases.with(SampleCases.shortCase(), SampleCases.counted(200, 32, 4));

        assertThat(Resolution.proposedRefund(c).orElseThrow().amount()).isEqualTo(Money.of("74.00", Money.CNY));
    }

    @Test
    void resolutionsRefuseAmountsThatMakeNoSense() {
        assertThatThrownBy(() -> new Resolution.Replacement(0)).hasMessageContaining("at least one");
        assertThatThrownBy(() -> Resolution.NextOrderDiscount.ofPercent(new BigDecimal("120")))
                .hasMessageContaining("at most 100, not 120");
        assertThatThrownBy(() -> new Resolution.PartialRefund(Money.zero(Money.CNY), null))
                .hasMessageContaining("more than zero");
        assertThat(Resolution.NextOrderDiscount.ofPercent(new BigDecimal("5")).amount()).isNull();
    }

    private static Payment payment(long id, LocalDate on, String amount, String rate) {
        return new Payment(id, 1, on, Money.of(amount, Money.CNY), rate == null ? null : new BigDecimal(rate),
                PaymentCovers.OTHER, "Alipay", null, null, null, null);
    }
}
