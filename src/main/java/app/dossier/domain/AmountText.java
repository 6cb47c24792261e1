package app.dossier.domain;

import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A typed amount taken apart: the currency marks and any minus sign found before or after it,
 * and the number left in between (digits and separators, not yet checked).
 */
record AmountText(String number, List<Currency> currencies, boolean negative) {

    private record Mark(String text, Currency currency) {
    }

    /* ¥ is also the yen sign, but for people buying on 1688 it means yuan. */
    private static final List<Mark> MARKS = List.of(
                    new Mark("₫", Money.VND), new Mark("đ", Money.VND),
                    new Mark("VND", Money.VND), new Mark("VNĐ", Money.VND), new Mark("đồng", Money.VND),
                    new Mark("¥", Money.CNY), new Mark("元", Money.CNY), new Mark("CNY", Money.CNY),
                    new Mark("RMB", Money.CNY), new Mark("人民币", Money.CNY),
                    // Vietnamese call the yuan "tệ" or "nhân dân tệ"
                    new Mark("tệ", Money.CNY), new Mark("nhân dân tệ", Money.CNY),
                    new Mark("$", Money.USD), new Mark("US$", Money.USD), new Mark("USD", Money.USD))
            .stream()
            // longest first, so that "US$" is taken whole rather than as "$"
            .sorted(Comparator.comparingInt((Mark m) -> m.text().length()).reversed())
            .toList();

    static final String MARKS_HINT = "¥ 元 tệ CNY RMB, ₫ đ VND or $ USD";

    /** Takes currency marks and minus signs off both ends of already evened-out text. */
    static AmountText of(String text) {
        Set<Currency> currencies = new LinkedHashSet<>();
        boolean negative = false;
        String rest = text.strip();
        boolean tookSomething = true;
        while (tookSomething && !rest.isEmpty()) {
            tookSomething = false;
            if (isMinus(rest.charAt(0))) {
                negative = true;
                rest = rest.substring(1).strip();
                tookSomething = true;
                continue;
            }
            Optional<Mark> first = markAt(rest, 0);
            if (first.isPresent()) {
                currencies.add(first.get().currency());
                rest = rest.substring(first.get().text().length()).strip();
                tookSomething = true;
                continue;
            }
            Optional<Mark> last = markAtEnd(rest);
            if (last.isPresent()) {
                currencies.add(last.get().currency());
                rest = rest.substring(0, rest.length() - last.get().text().length()).strip();
                tookSomething = true;
            }
        }
        return new AmountText(rest, List.copyOf(currencies), negative);
    }

    /** Whether a currency mark starts at this index, as in "1¥28". */
    static boolean isMarkAt(String text, int index) {
        return markAt(text, index).isPresent();
    }

    private static Optional<Mark> markAt(String text, int index) {
        return MARKS.stream()
                .filter(m -> text.regionMatches(true, index, m.text(), 0, m.text().length()))
                .findFirst();
    }

    private static Optional<Mark> markAtEnd(String text) {
        return MARKS.stream()
                .filter(m -> m.text().length() <= text.length())
                .filter(m -> text.regionMatches(true, text.length() - m.text().length(),
                        m.text(), 0, m.text().length()))
                .findFirst();
    }

    private static boolean isMinus(char c) {
        return c == '-' || c == '−' || c == '–';
    }
}
