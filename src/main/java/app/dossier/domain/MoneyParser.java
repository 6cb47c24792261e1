package app.dossier.domain;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * Reads amounts the way people type them, and writes them the way people read them.
 *
 * <p>Understood: "1,234.50", "1.234,50", "30.000.000 ₫", "30 000 000 VND", "¥128", "128元",
 * "RMB 128", "128,5 CNY", "1.800 tệ", "$12.5", "12.50 usd". The currency mark may stand before or
 * after the number, with or without a space, in any case: ₫ đ VND VNĐ đồng for đồng; ¥ ￥ 元 CNY RMB
 * 人民币 tệ "nhân dân tệ" for yuan; $ US$ USD for dollars. A plain number is in the default currency
 * the caller gives (the order's), and is read as a person of the window's language writes it. Full-width digits from Chinese keyboards are read as ordinary digits.
 *
 * <p>Separators: spaces (also NBSP and narrow NBSP) and apostrophes always group thousands. When
 * both "," and "." appear, the last one is the decimal separator and the other groups. One that
 * appears more than once groups. A single "," or "." followed by one or two digits is decimal;
 * followed by exactly three it groups thousands for VND, which has no decimals, and is refused as
 * ambiguous for CNY and USD (1,234 could be 1234 or 1.234). Groups have exactly three digits after
 * a first group of one to three.
 *
 * <p>Anything else is refused with a message that shows what was typed and says why: no currency
 * and no default, two currencies, a minus sign, letters, badly grouped digits, more decimals than
 * the currency has (typed zeros count: "30.000,00 ₫" is refused rather than guessed at).
 */
public final class MoneyParser {
    private static final int MAX_LENGTH = 40;

    private MoneyParser() {
    }

    /** Reads an amount that names its own currency. */
    public static Money parse(String text) {
        return parse(text, null);
    }

    /**
     * Reads an amount; {@code defaultCurrency} (may be null) is used when the text names none.
     * A currency the text names wins over the default.
     *
     * @throws InvalidInputException with a message for the user
     */
    public static Money parse(String text, Currency defaultCurrency) {
        return parse(text, defaultCurrency, null);
    }

    /**
     * Reads an amount as a person writing {@code reading} types it: in Vietnamese "." groups
     * thousands and "," is the decimal comma, so "1.800" is one thousand eight hundred; in English
     * and Chinese "," groups, so "1,800" is. A lone separator of the other kind followed by three
     * digits ("1,800" in Vietnamese) stays refused as unclear. Null reads like {@link #parse(String,
     * Currency)}: either separator may group or be decimal, and a lone one before three digits is
     * unclear for yuan and dollars.
     *
     * @throws InvalidInputException with a message for the user
     */
    public static Money parse(String text, Currency defaultCurrency, Language reading) {
        String even = TypedText.even(text);
        if (even.isEmpty()) {
            throw new InvalidInputException("Type an amount, for example ¥3,700.00, 30.000.000 ₫ or $12.50.");
        }
        if (even.length() > MAX_LENGTH) {
            throw new InvalidInputException(TypedText.quote(text) + " is too long for an amount ("
                    + even.length() + " characters, at most " + MAX_LENGTH + ").");
        }
        AmountText parts = AmountText.of(even);
        if (parts.currencies().size() > 1) {
            throw new InvalidInputException(TypedText.quote(text) + " names two currencies ("
                    + parts.currencies().get(0).getCurrencyCode() + " and "
                    + parts.currencies().get(1).getCurrencyCode() + "); keep one.");
        }
        checkOnlyNumberLeft(parts.number(), text);
        if (parts.negative()) {
            throw new InvalidInputException(TypedText.quote(text)
                    + " is negative; type the amount without a minus sign.");
        }
        if (parts.number().isEmpty()) {
            throw new InvalidInputException(TypedText.quote(text) + " has no number in it.");
        }
        Currency currency = parts.currencies().isEmpty() ? defaultCurrency : parts.currencies().get(0);
        if (currency == null) {
            throw new InvalidInputException(TypedText.quote(text) + ": say which currency: "
                    + AmountText.MARKS_HINT + " (for example ¥" + parts.number() + ", " + parts.number()
                    + " tệ or " + parts.number() + " ₫).");
        }
        BigDecimal amount = GroupedDigits.read(parts.number(), currency, text, groupingMark(reading));
        return new Money(amount, currency);
    }

    /**
     * For display: ¥3,700.00, 30.000.000 ₫ (Vietnamese grouping, no decimals), $1,234.50. Other
     * currencies as "1,234.56 EUR". {@link #parse} reads back everything this writes for CNY, VND
     * and USD.
     */
    public static String format(Money money) {
        Objects.requireNonNull(money, "money");
        String sign = money.isNegative() ? "-" : "";
        String plain = money.amount().abs().toPlainString();
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        String decimals = point < 0 ? "" : "." + plain.substring(point + 1);
        return switch (money.currencyCode()) {
            case "VND" -> sign + group(whole, '.') + decimals + " ₫";
            case "CNY" -> sign + "¥" + group(whole, ',') + decimals;
            case "USD" -> sign + "$" + group(whole, ',') + decimals;
            default -> sign + group(whole, ',') + decimals + " " + money.currencyCode();
        };
    }

    /** The mark that groups thousands for a reader of this language; 0 when either may. */
    private static char groupingMark(Language reading) {
        if (reading == null) {
            return 0;
        }
        return reading == Language.VIETNAMESE ? '.' : ',';
    }

    private static void checkOnlyNumberLeft(String number, String typed) {
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (isNumberChar(c)) {
                continue;
            }
            if (AmountText.isMarkAt(number, i) && hasDigitFrom(number, i)) {
                throw new InvalidInputException(TypedText.quote(typed)
                        + " has a currency mark inside the number; put it before or after, like ¥128 or 128 ₫.");
            }
            throw new InvalidInputException(TypedText.quote(typed) + " has “" + badPart(number, i)
                    + "”, which is not part of an amount. Type digits with a currency mark: "
                    + AmountText.MARKS_HINT + ".");
        }
    }

    /** The unknown character, or the whole run of letters it begins, such as "EUR". */
    private static String badPart(String number, int start) {
        int end = number.offsetByCodePoints(start, 1);
        if (Character.isLetter(number.codePointAt(start))) {
            while (end < number.length() && Character.isLetter(number.codePointAt(end))) {
                end = number.offsetByCodePoints(end, 1);
            }
        }
        return number.substring(start, end);
    }

    private static boolean hasDigitFrom(String text, int start) {
        return text.substring(start).chars().anyMatch(c -> c >= '0' && c <= '9');
    }

    private static boolean isNumberChar(char c) {
        return (c >= '0' && c <= '9') || c == ',' || c == '.' || c == '\'' || c == ' ';
    }

    private static String group(String digits, char separator) {
        StringBuilder out = new StringBuilder(digits);
        for (int at = digits.length() - 3; at > 0; at -= 3) {
            out.insert(at, separator);
        }
        return out.toString();
    }
}
