package app.dossier.domain;

import java.text.Normalizer;

/**
 * How typed text is kept: trimmed, NFC-normalized (so "đơn hàng" is one form), control characters
 * other than tab and line breaks left out (a bell or a terminal escape is never part of a name),
 * blank as null.
 */
public final class Text {
    private Text() {
    }

    /** The text as it is kept, or null when nothing was typed. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String normalized = Normalizer.normalize(withoutControls(text), Normalizer.Form.NFC).strip();
        return normalized.isEmpty() ? null : normalized;
    }

    private static String withoutControls(String text) {
        StringBuilder kept = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r';
            if (control && kept == null) {
                kept = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!control && kept != null) {
                kept.append(c);
            }
        }
        return kept == null ? text : kept.toString();
    }

    /** The text as it is kept; a message naming the field when it is missing. */
    public static String required(String text, String field) {
        String cleaned = clean(text);
        if (cleaned == null) {
            throw new InvalidInputException(field + " is required.");
        }
        return cleaned;
    }

    public static boolean isBlank(String text) {
        return clean(text) == null;
    }

    /**
     * Whether {@code text} has a letter only Vietnamese writes among the languages Dossier reads: đ, or a
     * Latin vowel with a tone mark, a breve, a circumflex or a horn ("Thiếu", "móp", "ư"). Plain English
     * and Chinese have none.
     */
    public static boolean hasVietnameseLetters(String text) {
        if (text == null) {
            return false;
        }
        String apart = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD);
        for (int i = 0; i < apart.length(); i++) {
            char c = apart.charAt(i);
            if (c == 'đ' || c == 'Đ') {
                return true;
            }
            boolean mark = c == '\u0300' || c == '\u0301' || c == '\u0302' || c == '\u0303' || c == '\u0306'
                    || c == '\u0309' || c == '\u031B' || c == '\u0323';
            if (mark && i > 0 && isLatinLetter(apart.charAt(i - 1))) {
                return true;
            }
            if (mark && i > 1 && isMark(apart.charAt(i - 1)) && isLatinLetter(apart.charAt(i - 2))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code text} is written in Chinese, for a reader of Chinese: it has Chinese characters and no
     * Vietnamese letters (Latin brand names, sizes and numbers may stand among the characters).
     */
    public static boolean isChinese(String text) {
        return text != null && text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                && !hasVietnameseLetters(text);
    }

    private static boolean isLatinLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isMark(char c) {
        return c >= '\u0300' && c <= '\u036F';
    }

    /**
     * A name written in two languages ("硅胶铲5件套 — Bộ xẻng silicon 5 món") without its Vietnamese part, for a
     * reader of Chinese: the parts apart by " — ", " – ", " / " or " | " that have no Vietnamese letters. A
     * text that is all Vietnamese is kept as it is, since nothing else names the thing.
     */
    public static String withoutVietnamese(String text) {
        if (text == null || !hasVietnameseLetters(text)) {
            return text;
        }
        String kept = java.util.Arrays.stream(text.split("\\s+(?:—|–|/|\\|)\\s+"))
                .filter(part -> !hasVietnameseLetters(part) && !part.isBlank())
                .collect(java.util.stream.Collectors.joining(" — "));
        return kept.isEmpty() ? text : kept;
    }
}
