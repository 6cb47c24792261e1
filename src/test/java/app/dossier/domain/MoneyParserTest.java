package app.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyParserTest {

    private static final String NBSP = "\u00A0";
    private static final String NARROW_NBSP = "\u202F";

    @Nested
    class Reads {

        static Stream<Arguments> typedAmounts() {
            return Stream.of(
                    Arguments.of("1,234.50 CNY", "1234.50", "CNY"),
                    Arguments.of("1.234,50 CNY", "1234.50", "CNY"),
                    Arguments.of("30.000.000 ₫", "30000000", "VND"),
                    Arguments.of("30.000.000đ", "30000000", "VND"),
                    Arguments.of("30 000 000 VND", "30000000", "VND"),
                    Arguments.of("30,000,000 VNĐ", "30000000", "VND"),
                    Arguments.of("30000000 vnđ", "30000000", "VND"),
                    Arguments.of("30000000 vnd", "30000000", "VND"),
                    Arguments.of("₫ 30.000", "30000", "VND"),
                    Arguments.of("30.000 đồng", "30000", "VND"),
                    Arguments.of("¥128", "128.00", "CNY"),
                    Arguments.of("￥128", "128.00", "CNY"),
                    Arguments.of("128 元", "128.00", "CNY"),
                    Arguments.of("128元", "128.00", "CNY"),
                    Arguments.of("RMB 128", "128.00", "CNY"),
                    Arguments.of("rmb128", "128.00", "CNY"),
                    Arguments.of("人民币 128", "128.00", "CNY"),
                    Arguments.of("CNY 128.5", "128.50", "CNY"),
                    Arguments.of("128,5 CNY", "128.50", "CNY"),
                    Arguments.of("¥128元", "128.00", "CNY"),
                    Arguments.of("$12.5", "12.50", "USD"),
                    Arguments.of("US$ 12.5", "12.50", "USD"),
                    Arguments.of("USD 12.50", "12.50", "USD"),
                    Arguments.of("12.50 usd", "12.50", "USD"),
                    Arguments.of("12.50Usd", "12.50", "USD"),
                    Arguments.of("1,234,567.89 $", "1234567.89", "USD"),
                    Arguments.of("1.234.567,89 ¥", "1234567.89", "CNY"),
                    Arguments.of("1.234.567 ¥", "1234567.00", "CNY"),
                    Arguments.of("1,234,567 ¥", "1234567.00", "CNY"),
                    Arguments.of("1 234 ¥", "1234.00", "CNY"),
                    Arguments.of("1 234,50 ¥", "1234.50", "CNY"),
                    Arguments.of("1'234.50 USD", "1234.50", "USD"),
                    Arguments.of("1’234.50 USD", "1234.50", "USD"),
                    Arguments.of("30" + NBSP + "000" + NBSP + "000" + NBSP + "₫", "30000000", "VND"),
                    Arguments.of("1" + NARROW_NBSP + "234,50" + NARROW_NBSP + "CNY", "1234.50", "CNY"),
                    Arguments.of("１２８元", "128.00", "CNY"),
                    Arguments.of("  ¥ 128  ", "128.00", "CNY"),
                    Arguments.of("¥0", "0.00", "CNY"),
                    Arguments.of("¥0,5", "0.50", "CNY"),
                    Arguments.of("¥007", "7.00", "CNY"),
                    Arguments.of("¥12.05", "12.05", "CNY"));
        }

        @ParameterizedTest(name = "{0} -> {1} {2}")
        @MethodSource("typedAmounts")
        void whatPeopleType(String typed, String amount, String currency) {
            assertThat(MoneyParser.parse(typed)).isEqualTo(Money.of(amount, currency));
        }

        @Test
        void plainNumberInTheDefaultCurrency() {
            assertThat(MoneyParser.parse("3700", Money.CNY)).isEqualTo(Money.of("3700", "CNY"));
            assertThat(MoneyParser.parse("1,234.50", Money.USD)).isEqualTo(Money.of("1234.50", "USD"));
            assertThat(MoneyParser.parse("30.000.000", Money.VND)).isEqualTo(Money.of("30000000", "VND"));
        }

        @Test
        void aMarkInTheTextWinsOverTheDefault() {
            assertThat(MoneyParser.parse("128 ₫", Money.CNY)).isEqualTo(Money.of("128", "VND"));
        }

        @Test
        void resultHasTheScaleOfItsCurrency() {
            assertThat(MoneyParser.parse("¥128").amount().scale()).isEqualTo(2);
            assertThat(MoneyParser.parse("$12.5").amount().scale()).isEqualTo(2);
            assertThat(MoneyParser.parse("30.000 ₫").amount().scale()).isZero();
        }

        @Test
        void oneSeparatorBeforeThreeDigitsGroupsThousandsInVnd() {
            assertThat(MoneyParser.parse("30.000 ₫").amount()).isEqualByComparingTo("30000");
            assertThat(MoneyParser.parse("30,000đ").amount()).isEqualByComparingTo("30000");
            assertThat(MoneyParser.parse("30.000", Money.VND).amount()).isEqualByComparingTo("30000");
        }

        @Test
        void oneSeparatorBeforeOneOrTwoDigitsIsDecimal() {
            assertThat(MoneyParser.parse("1.5 ¥").amount()).isEqualByComparingTo("1.5");
            assertThat(MoneyParser.parse("1,25 ¥").amount()).isEqualByComparingTo("1.25");
            assertThat(MoneyParser.parse("1234,5 $").amount()).isEqualByComparingTo("1234.5");
        }

        @Test
        void parseWithoutDefaultIsParseWithNull() {
            assertThat(MoneyParser.parse("¥128")).isEqualTo(MoneyParser.parse("¥128", null));
        }
    }

    @Nested
    class Refuses {

        @ParameterizedTest
        @ValueSource(strings = {"", "   ", "\t", NBSP})
        void blank(String typed) {
            assertThatThrownBy(() -> MoneyParser.parse(typed, Money.CNY))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("Type an amount");
        }

        @Test
        void nothing() {
            assertThatThrownBy(() -> MoneyParser.parse(null, Money.CNY))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("Type an amount");
        }

        static Stream<Arguments> refusals() {
            return Stream.of(
                    Arguments.of("12x5 ¥", "“x”"),
                    Arguments.of("100 EUR", "“EUR”"),
                    Arguments.of("€100", "“€”"),
                    Arguments.of("12 apples", "“apples”"),
                    Arguments.of("¥12#", "“#”"),
                    Arguments.of("1¥28", "inside the number"),
                    Arguments.of("¥100 VND", "two currencies (CNY and VND)"),
                    Arguments.of("$100 元", "two currencies (USD and CNY)"),
                    Arguments.of("100 ₫ ¥", "two currencies"),
                    Arguments.of("3700", "say which currency: ¥ 元 tệ CNY RMB, ₫ đ VND or $ USD"),
                    Arguments.of("-128 ¥", "negative"),
                    Arguments.of("¥-128", "negative"),
                    Arguments.of("−128 ¥", "negative"),
                    Arguments.of("-¥128", "negative"),
                    Arguments.of("30000.5 ₫", "VND has no decimals"),
                    Arguments.of("30.000,5 ₫", "VND has no decimals"),
                    Arguments.of("30,5đ", "VND has no decimals"),
                    Arguments.of("1.234 ₫ 5", "inside the number"),
                    Arguments.of("12.345 ¥", "unclear"),
                    Arguments.of("1,234 $", "unclear"),
                    Arguments.of("1.2345 ¥", "at most 2"),
                    Arguments.of("1,234.567 ¥", "at most 2"),
                    Arguments.of("0.500 ¥", "at most 2"),
                    Arguments.of("1,23,456 ¥", "threes"),
                    Arguments.of("12,34.5 ¥", "threes"),
                    Arguments.of("1234,567.5 ¥", "threes"),
                    Arguments.of("1.23.45 ₫", "threes"),
                    Arguments.of("12 5 ¥", "threes"),
                    Arguments.of("1,234.56.78 ¥", "more than one decimal separator"),
                    Arguments.of("1.234,5,6 ¥", "more than one decimal separator"),
                    Arguments.of("1,234 567.5 ¥", "two ways"),
                    Arguments.of("1,234.5 6 ¥", "after the decimal separator"),
                    Arguments.of("1,,234 ¥", "two separators in a row"),
                    Arguments.of(".5 ¥", "starts with a separator; write 0.5"),
                    Arguments.of("12. ¥", "ends with a separator; write 12"),
                    Arguments.of("¥", "no number"),
                    Arguments.of("VND", "no number"));
        }

        @ParameterizedTest(name = "{0}: {1}")
        @MethodSource("refusals")
        void withAMessageThatShowsWhatWasTypedAndSaysWhy(String typed, String why) {
            assertThatThrownBy(() -> MoneyParser.parse(typed))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("“" + typed.strip() + "”")
                    .hasMessageContaining(why);
        }

        @Test
        void aSingleSeparatorBeforeThreeDigitsExplainsBothReadingsForYuanAndDollars() {
            assertThatThrownBy(() -> MoneyParser.parse("1,234", Money.CNY))
                    .hasMessage("“1,234” is unclear: 1234 if “,” groups thousands, or 1.234 if it is the "
                            + "decimal comma. Write 1234 or 1,234.00.");
            assertThatThrownBy(() -> MoneyParser.parse("1.234", Money.USD))
                    .hasMessageContaining("1234 if “.” groups thousands, or 1.234 if it is the decimal point")
                    .hasMessageContaining("Write 1234 or 1,234.00");
        }

        @Test
        void noMarkAndNoDefault() {
            assertThatThrownBy(() -> MoneyParser.parse("3700"))
                    .hasMessage("“3700”: say which currency: ¥ 元 tệ CNY RMB, ₫ đ VND or $ USD (for example ¥3700, 3700 tệ or 3700 ₫).");
        }

        @Test
        void absurdlyLongInput() {
            String typed = "1" + "0".repeat(40);
            assertThatThrownBy(() -> MoneyParser.parse(typed, Money.VND))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("too long")
                    .hasMessageContaining("41 characters");
        }

        @Test
        void fortyCharactersAreStillRead() {
            String typed = "1" + "0".repeat(35) + " VND";
            assertThat(MoneyParser.parse(typed).amount()).isEqualByComparingTo(new BigDecimal("1E35"));
        }
    }

    @Nested
    class Formats {

        static Stream<Arguments> shown() {
            return Stream.of(
                    Arguments.of("3700", Money.CNY, "¥3,700.00"),
                    Arguments.of("0.5", Money.CNY, "¥0.50"),
                    Arguments.of("999", Money.CNY, "¥999.00"),
                    Arguments.of("1000", Money.CNY, "¥1,000.00"),
                    Arguments.of("1234567.8", Money.CNY, "¥1,234,567.80"),
                    Arguments.of("30000000", Money.VND, "30.000.000 ₫"),
                    Arguments.of("5", Money.VND, "5 ₫"),
                    Arguments.of("100000", Money.VND, "100.000 ₫"),
                    Arguments.of("1234.5", Money.USD, "$1,234.50"),
                    Arguments.of("-5", Money.CNY, "-¥5.00"),
                    Arguments.of("-30000", Money.VND, "-30.000 ₫"),
                    Arguments.of("1234.56", Currency.getInstance("EUR"), "1,234.56 EUR"));
        }

        @ParameterizedTest(name = "{0} {1} -> {2}")
        @MethodSource("shown")
        void forDisplay(String amount, Currency currency, String expected) {
            assertThat(MoneyParser.format(Money.of(amount, currency))).isEqualTo(expected);
        }
    }
}
