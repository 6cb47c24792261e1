package app.dossier.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * The number part of a typed amount, digits with separators such as "1.234,50" or "30 000 000",
 * read for one currency.
 *
 * <p>Spaces and apostrophes always group thousands. When both "," and "." appear, the last one is the
 * decimal separator. One that appears more than once groups. A single "," or "." followed by one or
 * two digits is decimal; followed by exactly three it is grouping for VND (which has no decimals) and
 * ambiguous otherwise. Groups are of exactly three digits after a first group of one to three.
 */
final class GroupedDigits {
    private final String typed;
    private final Currency currency;
    private final List<String> groups = new ArrayList<>();
    private final List<Character> separators = new ArrayList<>();
    /** The mark a reader of the window's language groups thousands with; 0 when either may. */
    private final char groupingMark;

    private GroupedDigits(String typed, Currency currency, char groupingMark) {
        this.typed = typed;
        this.currency = currency;
        this.groupingMark = groupingMark;
    }

    /**
     * @param number digits, ",", ".", "'" and single spaces, nothing else, not empty
     * @param typed  what the person typed, for messages
     */
    static BigDecimal read(String number, Currency currency, String typed) {
        return read(number, currency, typed, (char) 0);
    }

    /**
     * @param groupingMark "." for a Vietnamese reader, "," for an English or Chinese one: a lone one
     *                     before three digits then groups thousands, as the reader means it; 0 when
     *                     the reader's language is not known
     */
    static BigDecimal read(String number, Currency currency, String typed, char groupingMark) {
        GroupedDigits digits = new GroupedDigits(typed, currency, groupingMark);
        digits.split(number);
        return digits.value();
    }

    private void split(String number) {
        if (!isDigit(number.charAt(0))) {
            throw problem(Money.digits(currency) > 0
                    ? "starts with a separator; write 0" + number
                    : "starts with a separator");
        }
        if (!isDigit(number.charAt(number.length() - 1))) {
            throw problem("ends with a separator; write " + number.substring(0, number.length() - 1));
        }
        StringBuilder group = new StringBuilder();
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (isDigit(c)) {
                group.append(c);
            } else if (group.length() == 0) {
                throw problem("has two separators in a row");
            } else {
                groups.add(group.toString());
                separators.add(c);
                group.setLength(0);
            }
        }
        groups.add(group.toString());
    }

    private BigDecimal value() {
        int decimalAt = decimalSeparatorIndex();
        int groupingEnd = decimalAt < 0 ? separators.size() : decimalAt;
        if (decimalAt >= 0 && decimalAt < separators.size() - 1) {
            throw problem("has a separator after the decimal separator “" + separators.get(decimalAt) + "”");
        }
        checkGrouping(groupingEnd);
        String whole = String.join("", groups.subList(0, groupingEnd + 1));
        String fraction = decimalAt < 0 ? "" : groups.get(groups.size() - 1);
        checkDecimals(fraction);
        return new BigDecimal(fraction.isEmpty() ? whole : whole + "." + fraction);
    }

    /** Index into {@link #separators} of the decimal separator, or -1 when all of them group. */
    private int decimalSeparatorIndex() {
        int last = Math.max(separators.lastIndexOf(','), separators.lastIndexOf('.'));
        if (last < 0) {
            return -1;
        }
        char mark = separators.get(last);
        char other = mark == ',' ? '.' : ',';
        long times = separators.stream().filter(s -> s == mark).count();
        if (separators.contains(other)) {
            if (times > 1) {
                throw problem("has more than one decimal separator");
            }
            return last;
        }
        if (times > 1) {
            return -1;
        }
        boolean onlySeparator = separators.size() == 1;
        if (!onlySeparator || groups.get(last + 1).length() != 3 || !canLead(groups.get(0))) {
            return last;
        }
        if (Money.digits(currency) == 0 || mark == groupingMark) {
            return -1;
        }
        throw ambiguous(mark);
    }

    private void checkGrouping(int groupingEnd) {
        if (groupingEnd == 0) {
            return;
        }
        char first = separators.get(0);
        for (int i = 1; i < groupingEnd; i++) {
            if (separators.get(i) != first) {
                throw problem("groups thousands in two ways (“" + first + "” and “" + separators.get(i)
                        + "”); use one");
            }
        }
        boolean threes = canLead(groups.get(0))
                && groups.subList(1, groupingEnd + 1).stream().allMatch(g -> g.length() == 3);
        if (!threes) {
            throw problem("has digits grouped the wrong way; group them in threes, like 1,234,567");
        }
    }

    private void checkDecimals(String fraction) {
        int allowed = Money.digits(currency);
        if (fraction.length() <= allowed) {
            return;
        }
        String code = currency.getCurrencyCode();
        throw problem(allowed == 0
                ? "has decimals, but " + code + " has no decimals"
                : "has " + fraction.length() + " decimals, but " + code + " has at most " + allowed);
    }

    /** A number grouped in thousands starts with one to three digits, and not with 0. */
    private static boolean canLead(String group) {
        return group.length() <= 3 && group.charAt(0) != '0';
    }

    private InvalidInputException ambiguous(char mark) {
        String whole = groups.get(0) + groups.get(1);
        String asDecimal = groups.get(0) + "." + groups.get(1);
        String decimalName = mark == '.' ? "decimal point" : "decimal comma";
        return new InvalidInputException(TypedText.quote(typed) + " is unclear: " + whole
                + " if “" + mark + "” groups thousands, or " + asDecimal + " if it is the " + decimalName
                + ". Write " + whole + " or " + groups.get(0) + "," + groups.get(1) + ".00.");
    }

    private InvalidInputException problem(String why) {
        return new InvalidInputException(TypedText.quote(typed) + " " + why + ".");
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
