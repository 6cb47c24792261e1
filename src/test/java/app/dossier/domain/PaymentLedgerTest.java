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
    void aPaymentInAnotherCurrencyIsListedButNotAdded() {
        PaymentLedger ledger = PaymentLedger.of(SampleCases.shortOrder(), List.of(
                payment(1, LocalDate.of(2026, 9, 2), Money.of("1000000", Money.VND), null)));

        assertThat(ledger.lines().get(0).runningTotal()).isNull();
        assertThat(ledger.lines().get(0).vnd()).isEqualTo(Money.of("1000000", Money.VND));
        assertThat(ledger.owed()).isEqualTo(Money.of("3700.00", Money.CNY));
    }

    private static Payment payment(long id, LocalDate on, Money amount, String rate) {
        return new Payment(id, 1, on, amount, rate == null ? null : new BigDecimal(rate), PaymentCovers.DEPOSIT,
                "Bank", null, null, null, null);
    }
}
