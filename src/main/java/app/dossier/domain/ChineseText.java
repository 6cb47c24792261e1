package app.dossier.domain;

import java.text.Normalizer;

/**
 * Whether a text the user typed is written in Chinese, so the factory can read it: it has at least
 * one Chinese character and no Vietnamese letter. Latin letters without Vietnamese marks (a brand
 * name, "OPP", "iPhone", a number) do not stop a text being Chinese; a single "đ", "ơ" or a
 * Vietnamese tone mark does, since a note half in Vietnamese is not one the factory can read.
 */
public final class ChineseText {
    private ChineseText() {
    }

    /** True when {@code text} has a Han character and no Vietnamese letter; false for null or blank. */
    public static boolean isChinese(String text) {
        if (text == null) {
            return false;
        }
        boolean han = text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return han && !hasVietnamese(text);
    }

    /**
     * True when a Latin letter carries a mark Vietnamese writes (breve, circumflex, horn, grave, acute,
     * tilde, hook above, dot below) or the text has "đ". The text is decomposed first, so precomposed
     * and combining forms count alike.
     */
    public static boolean hasVietnamese(String text) {
        if (text == null) {
            return false;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        int previousLetter = -1;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c == 'đ' || c == 'Đ') {
                return true;
            }
            if (isVietnameseMark(c) && previousLetter >= 0 && isLatinLetter(decomposed.charAt(previousLetter))) {
                return true;
            }
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                previousLetter = i;
            }
        }
        return false;
    }

    private static boolean isVietnameseMark(char c) {
        return switch (c) {
            case '\u0300', '\u0301', '\u0302', '\u0303', '\u0306', '\u0309', '\u031B', '\u0323' -> true;
            default -> false;
        };
    }

    private static boolean isLatinLetter(char c) {
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    /**
     * A name written in two languages ("硅胶铲5件套 — Bộ xẻng silicon 5 món") without its Vietnamese part, for a
     * reader of Chinese: the parts apart by " — ", " – ", " / " or " | " that have no Vietnamese letters. A
     * text that is all Vietnamese is kept as it is, since nothing else names the thing.
     */
    public static String withoutVietnamese(String text) {
        if (text == null || !hasVietnamese(text)) {
            return text;
        }
        String kept = java.util.Arrays.stream(text.split("\\s+(?:—|–|/|\\|)\\s+"))
                .filter(part -> !hasVietnamese(part) && !part.isBlank())
                .collect(java.util.stream.Collectors.joining(" — "));
        return kept.isEmpty() ? text : kept;
    }
}
