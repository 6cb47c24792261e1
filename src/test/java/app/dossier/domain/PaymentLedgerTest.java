package app.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaymentLedgerTest {

    @Test
    void depositThenBalanceRunsTheTotalDownToNothingOwed() {
        Order order = SampleCases.shortOrder();
        Payment balance = payment(2, LocalDate.of(2026, 9, 20), Money.of("2590.00", Money.CNY), "3700");
        Payment deposit = payment(1, LocalDate.of(2026, 9, 2), Money.of("1110.00", Money.CNY), "3650");

        PaymentLedger ledger = PaymentLedger.of(order, List.of(balance, deposit));

        assertThat(ledger.lines()).extracting(r -> r.payment().id()).containsExactly(1L, 2L);
        assertThat(ledger.lines().get(0).runningTotal()).isEqualTo(Money.of("1110.00", Money.CNY));
        assertThat(ledger.lines().get(0).owedAfter()).isEqualTo(Money.of("2590.00", Money.CNY));
        assertThat(ledger.lines().get(0).vnd()).isEqualTo(Money.of("4051500", Money.VND));
        assertThat(ledger.lines().get(1).owedAfter().isZero()).isTrue();
        assertThat(ledger.owed().isZero()).isTrue();
        assertThat(ledger.orderTotal()).isEqualTo(Money.of("3700.00", Money.CNY));
    }

    @Test
    void aPaymentInAnotherCurrencyWithoutARateIsListedButNotAdded() {
        PaymentLedger ledger = PaymentLedger.of(SampleCases.shortOrder(), List.of(
                payment(1, LocalDate.of(2026, 9, 2), Money.of("1000000", Money.VND), null)));

        assertThat(ledger.lines().get(0).runningTotal()).isNull();
        assertThat(ledger.lines().get(0).vnd()).isEqualTo(Money.of("1000000", Money.VND));
        assertThat(ledger.owed()).isEqualTo(Money.of("3700.00", Money.CNY));
    }

    @Test
    void aTransferInDongWithItsRateCountsTowardsAnOrderInYuan() {
        Order thousandYuan = yuanOrder("1000.00");
        Payment dong = payment(1, LocalDate.of(2026, 9, 2), Money.of("3650000", Money.VND), "3650");

        PaymentLedger ledger = PaymentLedger.of(thousandYuan, List.of(dong));

        assertThat(ledger.paid()).isEqualTo(Money.of("1000.00", Money.CNY));
        assertThat(ledger.owed()).isEqualTo(Money.of("0.00", Money.CNY));
        assertThat(ledger.paidInFull()).isTrue();
        assertThat(ledger.lines().get(0).countsTowardsOrder()).isTrue();
        assertThat(ledger.lines().get(0).runningTotal()).isEqualTo(Money.of("1000.00", Money.CNY));
        assertThat(ledger.lines().get(0).vnd()).isEqualTo(Money.of("3650000", Money.VND));
        assertThat(ledger.orderTotalVnd()).isEqualTo(Money.of("3650000", Money.VND));
        assertThat(ledger.everyRateKnown()).isTrue();
    }

    @Test
    void dollarsCountThroughDongAtBothRatesAndAnUncountablePaymentSaysWhichRateItNeeds() {
        Order order = yuanOrder("10000.00");
        Payment deposit = payment(1, LocalDate.of(2026, 9, 2), Money.of("3650000", Money.VND), "3650");
        Payment dollars = payment(2, LocalDate.of(2026, 9, 10), Money.of("1000.00", Money.USD), "25400");
        Payment noRate = payment(3, LocalDate.of(2026, 9, 12), Money.of("500.00", Money.USD), null);

        PaymentLedger ledger = PaymentLedger.of(order, List.of(noRate, dollars, deposit));

        assertThat(ledger.paid()).isEqualTo(Money.of("7958.90", Money.CNY)); // 1,000.00 + 6,958.90
        assertThat(ledger.owed()).isEqualTo(Money.of("2041.10", Money.CNY));
        assertThat(ledger.lines().get(2).countsTowardsOrder()).isFalse();
        assertThat(ledger.notCounted()).singleElement()
                .satisfies(v -> assertThat(v.missingRates()).containsExactly(Money.USD));
        assertThat(ledger.owedVnd()).isEqualTo(Money.of("7450015", Money.VND)); // 2,041.10 × 3,650
    }

    private static Order yuanOrder(String total) {
        Order o = SampleCases.shortOrder();
        return new Order(o.id(), o.factoryId(), o.orderNumber(), o.channel(), o.kind(), o.product(), o.specs(), 1,
                o.unit(), Money.of(total, Money.CNY), o.orderedOn(), o.deliveryDeadline(), o.agreedOn(), o.notes(),
                o.folder());
    }

    private static Payment payment(long id, LocalDate on, Money amount, String rate) {
        return new Payment(id, 1, on, amount, rate == null ? null : new BigDecimal(rate), PaymentCovers.DEPOSIT,
                "Bank", null, null, null, null);
    }
}
