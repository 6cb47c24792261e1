package app.dossier.domain;

import static app.dossier.Generated.about;
import static app.dossier.Generated.cases;
import static app.dossier.Generated.edgesThen;
import static app.dossier.Generated.named;
import static app.dossier.Generated.show;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.dossier.Generated;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties of {@link MoneyParser}, each checked on listed edge cases and {@link Generated#CASES} drawn ones. */
@ExtendWith(Generated.ShowsInput.class)
class MoneyParserPropertiesTest {

    private static final List<Currency> CURRENCIES = List.of(Money.CNY, Money.VND, Money.USD);
    private static final List<String> MARKS = List.of("symbol", "word", "other");
    private static final String AMOUNT_CHARS = "0123456789,.' ¥₫$đVNDCYRMBUS元-\u00A0";
    private static final long MAX_MINOR = 999_999_999_999_999L;
    private static final long MAX_DONG = 999_999_999_999L;

    /** Minor units around every change in the number of digits, and the ends of the range. */
    private static final List<Long> EDGE_MINORS = LongStream.concat(
            LongStream.of(0, 1, 5, 10, 12, 50, 99, 100, 101, 105, 110, 123_456_789, 100_000, MAX_DONG, MAX_MINOR),
            LongStream.rangeClosed(3, 15).flatMap(digits -> LongStream.of(
                    (long) Math.pow(10, digits) - 1, (long) Math.pow(10, digits))))
            .filter(minor -> minor <= MAX_MINOR).boxed().toList();
    private static final List<Money> EDGE_AMOUNTS = CURRENCIES.stream()
            .flatMap(currency -> EDGE_MINORS.stream().map(minor -> Money.ofMinor(minor, currency))).toList();

    /** At most 50 chars, as the old property allowed. */
    private static final List<String> EDGE_TEXTS = List.of(
            "", " ", "\u00A0", "\t", "0", "-0", "-1", "+1", "--1", "1-", "¥", "₫", "$", "元", "¥¥1", "¥1¥", "1,234",
            "1.234", "1,23", "1.2.3", "1,,000", "1..0", ".5", "5.", ",5", "1'000", "'1000", "1 000", "1  000",
            "1e5", "1E5", "NaN", "Infinity", "0x10", "１２３", "１，２３４．５０", "٣", "٣٬٠٠٠", "१२३", "¹²³", "½",
            "1\u0301", "\uD800", "\uDC001", "12\u202F345,67", "99999999999999999999999999999999999999", "9".repeat(41),
            "0".repeat(40), "¥" + "9".repeat(39), "1" + ",000".repeat(9), "1.000.000,00 ₫", "30.000,00 ₫",
            "RMB 128", "人民币128", "VNĐ 1", "đồng", "US$", "USD 1 CNY", "$ 1 $", "1 ₫ 2", "ĐỒNG 5", "€5", "5 EUR");

    @ParameterizedTest
    @MethodSource("amounts")
    void whatIsFormattedIsReadBack(Money money) {
        String shown = MoneyParser.format(money);
        assertThat(MoneyParser.parse(shown)).as(about("reading", shown)).isEqualTo(money);
    }

    @ParameterizedTest
    @MethodSource("dongs")
    void formattedVndHasNoDecimalsAndGroupsWithDots(long dong) {
        String shown = MoneyParser.format(Money.ofMinor(dong, Money.VND));
        assertThat(shown).as(about("formatting", dong + " VND")).matches("\\d{1,3}(\\.\\d{3})* ₫");
    }

    @ParameterizedTest
    @MethodSource("writtenAmounts")
    void writtenInAnyUsualStyleItIsReadTheSame(Money money, Style style, String mark, boolean markFirst,
            boolean spaced) {
        String typed = typed(money, style, mark, markFirst, spaced);
        assertThat(MoneyParser.parse(typed)).as(about("reading", typed)).isEqualTo(money);
    }

    @ParameterizedTest
    @MethodSource("anyText")
    void anyTextIsReadOrRefusedWithAMessage(String text) {
        Throwable thrown = catchThrowable(() -> MoneyParser.parse(text, Money.CNY));
        if (thrown != null) {
            assertThat(thrown).as(about("reading", text)).isInstanceOf(InvalidInputException.class);
            assertThat(thrown.getMessage()).as(about("the message for", text)).isNotBlank();
        }
    }

    @ParameterizedTest
    @MethodSource("amountLike")
    void textMadeOfAmountCharactersIsReadOrRefusedWithAMessage(String text) {
        Throwable thrown = catchThrowable(() -> MoneyParser.parse(text));
        if (thrown != null) {
            assertThat(thrown).as(about("reading", text)).isInstanceOf(InvalidInputException.class);
        }
    }

    static Stream<Arguments> amounts() {
        return edgesThen(EDGE_AMOUNTS, cases("amounts", Generated::money))
                .map(money -> named(money.toString(), money));
    }

    /** Đồng from 0 to 999,999,999,999. */
    static Stream<Arguments> dongs() {
        List<Long> edges = EDGE_MINORS.stream().filter(minor -> minor <= MAX_DONG).toList();
        return edgesThen(edges, cases("dongs", random -> Generated.minor(random, MAX_DONG)))
                .map(dong -> named(dong + " VND", dong));
    }

    /**
     * Every style, mark, side and spacing for each currency with an amount that has groups (and
     * decimals where the currency has them) and with zero, then drawn combinations.
     */
    static Stream<Arguments> writtenAmounts() {
        List<Arguments> edges = new ArrayList<>();
        for (Currency currency : CURRENCIES) {
            for (long minor : List.of(0L, 123_456_789L)) {
                for (Style style : Style.values()) {
                    for (String mark : MARKS) {
                        for (boolean markFirst : List.of(true, false)) {
                            for (boolean spaced : List.of(true, false)) {
                                edges.add(written(Money.ofMinor(minor, currency), style, mark, markFirst, spaced));
                            }
                        }
                    }
                }
            }
        }
        List<Arguments> drawn = cases("writtenAmounts", random -> written(Generated.money(random),
                Generated.pick(random, List.of(Style.values())), Generated.pick(random, MARKS),
                random.nextBoolean(), random.nextBoolean()));
        return edgesThen(edges, drawn);
    }

    /** Any Java string of at most 50 chars. */
    static Stream<Arguments> anyText() {
        return edgesThen(EDGE_TEXTS, cases("anyText", random -> Generated.anyString(random, 50)))
                .map(text -> named(show(text), text));
    }

    /** At most 20 of "0123456789,.' ¥₫$đVNDCYRMBUS元-" and NBSP: noise, and right amounts with a few chars changed. */
    static Stream<Arguments> amountLike() {
        List<String> edges = EDGE_TEXTS.stream()
                .filter(text -> text.length() <= 20 && text.chars().allMatch(c -> AMOUNT_CHARS.indexOf(c) >= 0))
                .toList();
        List<String> drawn = cases("amountLike", random -> {
            if (random.nextBoolean()) {
                return Generated.fromChars(random, AMOUNT_CHARS, 20);
            }
            Money money = Generated.money(random);
            String valid = random.nextBoolean() ? MoneyParser.format(money)
                    : typed(money, Generated.pick(random, List.of(Style.COMMAS, Style.DOTS, Style.SPACES,
                            Style.APOSTROPHES, Style.PLAIN)), "word", random.nextBoolean(), random.nextBoolean());
            return Generated.mutated(random, valid, AMOUNT_CHARS, 20);
        });
        return edgesThen(edges, drawn).map(text -> named(show(text), text));
    }

    private static Arguments written(Money money, Style style, String mark, boolean markFirst, boolean spaced) {
        return named(show(typed(money, style, mark, markFirst, spaced)) + " = " + money,
                money, style, mark, markFirst, spaced);
    }

    private static String typed(Money money, Style style, String mark, boolean markFirst, boolean spaced) {
        String number = style.write(money);
        String marked = markOf(money.currency(), mark);
        String gap = spaced ? " " : "";
        return markFirst ? marked + gap + number : number + gap + marked;
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
