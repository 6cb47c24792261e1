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
}
