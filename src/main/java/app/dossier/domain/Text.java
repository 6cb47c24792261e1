package app.dossier.domain;

import java.text.Normalizer;

/** How typed text is kept: trimmed, NFC-normalized (so "đơn hàng" is one form), blank as null. */
public final class Text {
    private Text() {
    }

    /** The text as it is kept, or null when nothing was typed. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
        return normalized.isEmpty() ? null : normalized;
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
}
