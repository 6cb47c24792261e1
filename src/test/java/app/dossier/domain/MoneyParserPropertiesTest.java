package app.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;

class MoneyParserPropertiesTest {

    @Property
    void whatIsFormattedIsReadBack(@ForAll("amounts") Money money) {
        assertThat(MoneyParser.parse(MoneyParser.format(money))).isEqualTo(money);
    }

    @Property
    void formattedVndHasNoDecimalsAndGroupsWithDots(@ForAll @LongRange(max = 999_999_999_999L) long dong) {
        String shown = MoneyParser.format(Money.ofMinor(dong, Money.VND));
        assertThat(shown).matches("\\d{1,3}(\\.\\d{3})* ₫");
    }

    @Property
    void writtenInAnyUsualStyleItIsReadTheSame(@ForAll("amounts") Money money, @ForAll("styles") Style style,
            @ForAll("marks") String mark, @ForAll boolean markFirst, @ForAll boolean spaced) {
        String number = style.write(money);
        String marked = markOf(money.currency(), mark);
        String gap = spaced ? " " : "";
        String typed = markFirst ? marked + gap + number : number + gap + marked;
        assertThat(MoneyParser.parse(typed)).isEqualTo(money);
    }

    @Property
    void anyTextIsReadOrRefusedWithAMessage(@ForAll @StringLength(max = 50) String text) {
        Throwable thrown = catchThrowable(() -> MoneyParser.parse(text, Money.CNY));
        if (thrown != null) {
            assertThat(thrown).isInstanceOf(InvalidInputException.class);
            assertThat(thrown.getMessage()).isNotBlank();
        }
    }

    @Property
    void textMadeOfAmountCharactersIsReadOrRefusedWithAMessage(@ForAll("amountLike") String text) {
        Throwable thrown = catchThrowable(() -> MoneyParser.parse(text));
        if (thrown != null) {
            assertThat(thrown).isInstanceOf(InvalidInputException.class);
        }
    }

    @Provide
    Arbitrary<Money> amounts() {
        Arbitrary<Currency> currencies = Arbitraries.of(Money.CNY, Money.VND, Money.USD);
        Arbitrary<Long> minor = Arbitraries.oneOf(
                Arbitraries.longs().between(0, 100_000),
                Arbitraries.longs().between(0, 999_999_999_999_999L));
        return Combinators.combine(minor, currencies).as(Money::ofMinor);
    }

    @Provide
    Arbitrary<String> marks() {
        return Arbitraries.of("symbol", "word", "other");
    }

    @Provide
    Arbitrary<Style> styles() {
        return Arbitraries.of(Style.values());
    }

    @Provide
    Arbitrary<String> amountLike() {
        return Arbitraries.strings().withChars("0123456789,.' ¥₫$đVNDCYRMBUS元-\u00A0").ofMaxLength(20);
    }

    private static String markOf(Currency currency, String kind) {
        List<String> marks = switch (currency.getCurrencyCode()) {
            case "CNY" -> List.of("¥", "CNY", "元");
            case "VND" -> List.of("₫", "VND", "đ");
            default -> List.of("$", "USD", "US$");
        };
        return switch (kind) {
            case "symbol" -> marks.get(0);
            case "word" -> marks.get(1);
            default -> marks.get(2);
        };
    }

    /** Ways people write the number part; decimals always written out, so nothing is ambiguous. */
    enum Style {
        PLAIN(""), COMMAS(","), DOTS("."), SPACES(" "), NBSP("\u00A0"), NARROW_NBSP("\u202F"), APOSTROPHES("'");

        private final String grouping;

        Style(String grouping) {
            this.grouping = grouping;
        }

        String write(Money money) {
            String plain = money.amount().toPlainString();
            int point = plain.indexOf('.');
            String whole = point < 0 ? plain : plain.substring(0, point);
            String decimals = point < 0 ? "" : plain.substring(point + 1);
            StringBuilder grouped = new StringBuilder(whole);
            for (int at = whole.length() - 3; at > 0 && !grouping.isEmpty(); at -= 3) {
                grouped.insert(at, grouping);
            }
            if (decimals.isEmpty()) {
                return grouped.toString();
            }
            String decimalMark = this == DOTS || this == SPACES ? "," : ".";
            return grouped + decimalMark + decimals;
        }
    }
}
