package app.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Money paid in one currency counted in the order's, on amounts importers really pay. */
class ConvertedPaymentTest {

    @Nested
    class Convert {
        @Test
        void dongToYuanAtTheRateOfTheYuan() {
            assertThat(Money.of("3650000", Money.VND).convert(Money.CNY, null, rate("3650")))
                    .isEqualTo(Money.of("1000.00", Money.CNY));
            assertThat(Money.of("27000000", Money.VND).convert(Money.CNY, null, rate("3512")))
                    .isEqualTo(Money.of("7687.93", Money.CNY)); // 7,687.927…
        }

        @Test
        void dollarsToYuanGoThroughDongAndAreRoundedOnce() {
            // 1,000 × 25,400 = 25.400.000 ₫; ÷ 3,650 = 6,958.904…
            assertThat(Money.of("1000.00", Money.USD).convert(Money.CNY, rate("25400"), rate("3650")))
                    .isEqualTo(Money.of("6958.90", Money.CNY));
            // and back: 6,958.90 × 3,650 = 25.399.985 ₫; ÷ 25,400 = 999.9994…
            assertThat(Money.of("6958.90", Money.CNY).convert(Money.USD, rate("3650"), rate("25400")))
                    .isEqualTo(Money.of("1000.00", Money.USD));
        }

        @Test
        void yuanAndDollarsToDongAreWholeDong() {
            assertThat(Money.of("1000.00", Money.CNY).convert(Money.VND, rate("3650"), null))
                    .isEqualTo(Money.of("3650000", Money.VND));
            assertThat(Money.of("12.34", Money.USD).toVnd(rate("25412.5")))
                    .isEqualTo(Money.of("313590", Money.VND)); // 313,590.25
        }

        @Test
        void aHalfGoesToTheEvenFen() {
            // 1 ₫ at 200 ₫/¥ is ¥0.005, 3 ₫ is ¥0.015: half-even gives ¥0.00 and ¥0.02 (half-up would give ¥0.01, ¥0.02)
            assertThat(Money.of("1", Money.VND).convert(Money.CNY, null, rate("200"))).isEqualTo(Money.of("0.00", Money.CNY));
            assertThat(Money.of("3", Money.VND).convert(Money.CNY, null, rate("200"))).isEqualTo(Money.of("0.02", Money.CNY));
            // ¥0.50 at 3,651 ₫/¥ is 1.825,5 ₫ → 1.826 ₫; ¥0.50 at 3,649 is 1.824,5 ₫ → 1.824 ₫
            assertThat(Money.of("0.50", Money.CNY).toVnd(rate("3651"))).isEqualTo(Money.of("1826", Money.VND));
            assertThat(Money.of("0.50", Money.CNY).toVnd(rate("3649"))).isEqualTo(Money.of("1824", Money.VND));
        }

        @Test
        void aMissingRateIsRefusedNotGuessed() {
            assertThatThrownBy(() -> Money.of("3650000", Money.VND).convert(Money.CNY, null, null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CNY");
            assertThatThrownBy(() -> Money.of("10.00", Money.USD).convert(Money.CNY, rate("0"), rate("3650")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("USD");
        }
    }

    @Nested
    class OfAPayment {
        @Test
        void aTransferInDongOnAnOrderInYuanCountsAtItsOwnRate() {
            Payment vnd = payment(1, "2026-09-02", Money.of("3650000", Money.VND), "3650");
            ConvertedPayment value = ConvertedPayment.of(vnd, Money.CNY, List.of(vnd));

            assertThat(value.counted()).isEqualTo(Money.of("1000.00", Money.CNY));
            assertThat(value.orderRate()).isEqualByComparingTo("3650");
            assertThat(value.paymentRate()).isNull();
            assertThat(value.vnd()).isEqualTo(Money.of("3650000", Money.VND));
            assertThat(value.rates()).isEqualTo("3,650 ₫/¥");
            assertThat(value.missingRates()).isEmpty();
        }

        @Test
        void dollarsOnAnOrderInYuanTakeTheYuanRateFromTheOrdersOtherPayments() {
            Payment deposit = payment(1, "2026-09-02", Money.of("3650000", Money.VND), "3650");
            Payment dollars = payment(2, "2026-09-10", Money.of("1000.00", Money.USD), "25400");

            ConvertedPayment value = ConvertedPayment.of(dollars, Money.CNY, List.of(deposit, dollars));

            assertThat(value.counted()).isEqualTo(Money.of("6958.90", Money.CNY));
            assertThat(value.rates()).isEqualTo("25,400 ₫/$, 3,650 ₫/¥");
            assertThat(value.vnd()).isEqualTo(Money.of("25400000", Money.VND));
        }

        @Test
        void whatIsMissingIsNamedTheirOwnRateFirst() {
            Payment dollarsAlone = payment(2, "2026-09-10", Money.of("1000.00", Money.USD), "25400");
            assertThat(ConvertedPayment.of(dollarsAlone, Money.CNY, List.of(dollarsAlone)).missingRates())
                    .containsExactly(Money.CNY);

            Payment noRate = payment(3, "2026-09-10", Money.of("1000.00", Money.USD), null);
            ConvertedPayment neither = ConvertedPayment.of(noRate, Money.CNY, List.of(noRate));
            assertThat(neither.missingRates()).containsExactly(Money.USD, Money.CNY);
            assertThat(neither.counts()).isFalse();
            assertThat(neither.counted()).isNull();

            Payment dong = payment(4, "2026-09-10", Money.of("3650000", Money.VND), null);
            assertThat(ConvertedPayment.of(dong, Money.CNY, List.of(dong)).missingRates()).containsExactly(Money.CNY);
        }

        @Test
        void dongWithoutItsOwnRateTakesTheLatestRateOfTheOrdersCurrency() {
            Payment early = payment(1, "2026-09-02", Money.of("1000.00", Money.CNY), "3600");
            Payment late = payment(2, "2026-09-05", Money.of("1000.00", Money.CNY), "3650");
            Payment dong = payment(3, "2026-09-10", Money.of("9855000", Money.VND), null);

            assertThat(ConvertedPayment.of(dong, Money.CNY, List.of(late, dong, early)).counted())
                    .isEqualTo(Money.of("2700.00", Money.CNY));
        }

        @Test
        void yuanOnAnOrderInDongNeedsOnlyItsOwnRate() {
            Payment yuan = payment(1, "2026-09-02", Money.of("1000.00", Money.CNY), "3650");
            ConvertedPayment value = ConvertedPayment.of(yuan, Money.VND, List.of(yuan));
            assertThat(value.counted()).isEqualTo(Money.of("3650000", Money.VND));
            assertThat(value.orderRate()).isNull();
        }

        @Test
        void theOrdersOwnCurrencyNeedsNoRate() {
            Payment yuan = payment(1, "2026-09-02", Money.of("1000.00", Money.CNY), null);
            ConvertedPayment value = ConvertedPayment.of(yuan, Money.CNY, List.of(yuan));
            assertThat(value.counted()).isEqualTo(Money.of("1000.00", Money.CNY));
            assertThat(value.converted()).isFalse();
            assertThat(value.vnd()).isNull();
        }
    }

    private static BigDecimal rate(String text) {
        return new BigDecimal(text);
    }

    static Payment payment(long id, String on, Money amount, String rate) {
        return new Payment(id, 1, LocalDate.parse(on), amount, rate == null ? null : new BigDecimal(rate),
                PaymentCovers.FULL, "Bank", null, null, null, null);
    }
}
