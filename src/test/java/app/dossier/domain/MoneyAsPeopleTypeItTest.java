package app.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Amounts typed in an order whose currency is known, by a Vietnamese and by an English reader. */
class MoneyAsPeopleTypeItTest {

    static Stream<Arguments> vietnamese() {
        return Stream.of(
                Arguments.of("1800", Money.CNY, "¥1,800.00"),
                Arguments.of("1.800", Money.CNY, "¥1,800.00"),
                Arguments.of("1.800,50", Money.CNY, "¥1,800.50"),
                Arguments.of("28 800", Money.CNY, "¥28,800.00"),
                Arguments.of("28.800,00 ¥", Money.CNY, "¥28,800.00"),
                Arguments.of("¥28.800,00", Money.CNY, "¥28,800.00"),
                Arguments.of("1.800 tệ", Money.CNY, "¥1,800.00"),
                Arguments.of("1.800 TỆ", Money.CNY, "¥1,800.00"),
                Arguments.of("1.800 nhân dân tệ", null, "¥1,800.00"),
                Arguments.of("1800元", null, "¥1,800.00"),
                Arguments.of("RMB 1.800", Money.VND, "¥1,800.00"),
                Arguments.of("12,5", Money.CNY, "¥12.50"),
                Arguments.of("13.505.000", Money.VND, "13.505.000 ₫"),
                Arguments.of("13.505.000 đ", Money.CNY, "13.505.000 ₫"),
                Arguments.of("1.800", Money.USD, "$1,800.00"));
    }

    @ParameterizedTest(name = "{0} → {2}")
    @MethodSource("vietnamese")
    void aVietnameseReaderGroupsThousandsWithADot(String typed, java.util.Currency plainMeans, String read) {
        assertThat(MoneyParser.format(MoneyParser.parse(typed, plainMeans, Language.VIETNAMESE))).isEqualTo(read);
    }

    @Test
    void tệWrittenWithTheToneApartIsStillYuan() {
        String decomposed = java.text.Normalizer.normalize("1.800 tệ", java.text.Normalizer.Form.NFD);
        assertThat(MoneyParser.parse(decomposed, null, Language.VIETNAMESE)).isEqualTo(Money.of("1800", "CNY"));
    }

    @Test
    void anEnglishReaderGroupsThousandsWithAComma() {
        assertThat(MoneyParser.parse("1,800", Money.CNY, Language.ENGLISH)).isEqualTo(Money.of("1800", "CNY"));
        assertThat(MoneyParser.parse("¥28,800.00", Money.CNY, Language.ENGLISH)).isEqualTo(Money.of("28800", "CNY"));
        assertThat(MoneyParser.parse("1800 tệ", Money.VND, Language.ENGLISH)).isEqualTo(Money.of("1800", "CNY"));
    }

    @Test
    void theOtherLanguagesSeparatorBeforeThreeDigitsStaysUnclear() {
        assertThatThrownBy(() -> MoneyParser.parse("1,800", Money.CNY, Language.VIETNAMESE))
                .hasMessageContaining("unclear");
        assertThatThrownBy(() -> MoneyParser.parse("1.800", Money.CNY, Language.ENGLISH))
                .hasMessageContaining("unclear");
        assertThatThrownBy(() -> MoneyParser.parse("1.800", Money.CNY)).hasMessageContaining("unclear");
    }

    @Test
    void aPlainNumberWithoutTheOrdersCurrencyNamesEverySignUnderstood() {
        assertThatThrownBy(() -> MoneyParser.parse("1.800", null, Language.VIETNAMESE))
                .hasMessageContaining("¥ 元 tệ CNY RMB, ₫ đ VND or $ USD");
    }

    @Test
    void whatTheVietnameseWindowWritesReadsBack() {
        for (Money money : new Money[] {Money.of("28800", "CNY"), Money.of("1800.5", "CNY"),
                Money.of("13505000", "VND"), Money.of("12.5", "USD"), Money.of("1234567.89", "CNY")}) {
            for (Language language : new Language[] {Language.VIETNAMESE, Language.ENGLISH}) {
                String shown = LocalFormat.money(money, language);
                assertThat(MoneyParser.parse(shown, null, language)).as(shown).isEqualTo(money);
            }
        }
    }
}
