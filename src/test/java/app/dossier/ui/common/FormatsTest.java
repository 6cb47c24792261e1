package app.dossier.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dossier.domain.DateInput;
import app.dossier.domain.Money;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Numbers, money and dates as the window writes and reads them in each of its languages. */
class FormatsTest {
    private final Formats english = new Formats(Locale.ENGLISH);
    private final Formats vietnamese = new Formats(Locale.forLanguageTag("vi"));

    @Test
    void englishWritesCommasForThousands() {
        assertThat(english.count(1200)).isEqualTo("1,200");
        assertThat(english.money(Money.of("28800", "CNY"))).isEqualTo("¥28,800.00");
        assertThat(english.money(Money.of("13505000", "VND"))).isEqualTo("13.505.000 ₫");
        assertThat(english.date(LocalDate.of(2026, 9, 2))).isEqualTo("2026-09-02");
        assertThat(english.date(LocalDateTime.of(2026, 9, 2, 14, 30))).isEqualTo("2026-09-02 14:30");
        assertThat(english.percent(0.029)).isEqualTo("2.9%");
    }

    @Test
    void vietnameseWritesDotsForThousandsAndTheDayFirst() {
        assertThat(vietnamese.count(1200)).isEqualTo("1.200");
        assertThat(vietnamese.money(Money.of("28800", "CNY"))).isEqualTo("¥28.800,00");
        assertThat(vietnamese.money(Money.of("13505000", "VND"))).isEqualTo("13.505.000 ₫");
        assertThat(vietnamese.date(LocalDate.of(2026, 9, 2))).isEqualTo("02/09/2026");
        assertThat(vietnamese.date(LocalDateTime.of(2026, 9, 2, 14, 30))).isEqualTo("02/09/2026 14:30");
        assertThat(vietnamese.percent(0.029)).isEqualTo("2,9%");
    }

    @Test
    void aPlainNumberIsInTheOrdersCurrency() {
        assertThat(vietnamese.money("1.800", Money.CNY)).isEqualTo(Money.of("1800", "CNY"));
        assertThat(vietnamese.money("1.800 tệ", Money.VND)).isEqualTo(Money.of("1800", "CNY"));
        assertThat(vietnamese.money("1.800,50", Money.CNY)).isEqualTo(Money.of("1800.50", "CNY"));
        assertThat(english.money("1,800", Money.CNY)).isEqualTo(Money.of("1800", "CNY"));
        assertThat(english.money("1800元", Money.USD)).isEqualTo(Money.of("1800", "CNY"));
        assertThatThrownBy(() -> vietnamese.money("1800", null)).hasMessageContaining("tệ");
    }

    @Test
    void datesWrittenIntoAFieldReadBack() {
        LocalDate day = LocalDate.of(2026, 3, 5);
        assertThat(DateInput.parseDate(vietnamese.date(day))).isEqualTo(day);
        assertThat(DateInput.parseDate(english.date(day))).isEqualTo(day);
        LocalDateTime at = LocalDateTime.of(2026, 3, 5, 9, 15);
        assertThat(DateInput.parseDateTime(vietnamese.date(at))).isEqualTo(at);
    }

    @Test
    void theHintNamesWhatAPlainNumberMeansAndEverySign() {
        Texts vi = new Texts(Locale.forLanguageTag("vi"));
        assertThat(Formats.moneyHint(vi, Money.CNY)).contains("¥ (CNY)").contains("元").contains("tệ")
                .contains("RMB").contains("đ").contains("USD");
        assertThat(Formats.moneyHint(new Texts(Locale.ENGLISH), null)).contains("¥ 元 tệ CNY RMB");
    }
}
