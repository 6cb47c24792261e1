package app.dossier.domain;

import java.text.Normalizer;

/** Text from an input field, evened out before it is read, and quoted back in messages. */
final class TypedText {
    private static final int QUOTE_LIMIT = 40;

    private TypedText() {
    }

    /**
     * NFC, full-width digits and punctuation from Chinese keyboards as ASCII, every kind of space
     * (NBSP, narrow NBSP, tab) as one plain space, and no spaces at the ends.
     */
    static String even(String text) {
        if (text == null) {
            return "";
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            char c = asHalfWidth(nfc.charAt(i));
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    /** What was typed, in quotes, cut short when long, so the user recognises it. */
    static String quote(String text) {
        String shown = text == null ? "" : text.strip();
        if (shown.codePointCount(0, shown.length()) > QUOTE_LIMIT) {
            shown = shown.substring(0, shown.offsetByCodePoints(0, QUOTE_LIMIT - 1)) + "…";
        }
        return "“" + shown + "”";
    }

    private static char asHalfWidth(char c) {
        if (c >= '０' && c <= '９') {
            return (char) ('0' + (c - '０'));
        }
        return switch (c) {
            case '，' -> ',';
            case '．' -> '.';
            case '：' -> ':';
            case '／' -> '/';
            case '－' -> '-';
            case '￥' -> '¥';
            case '＄' -> '$';
            case '’' -> '\'';
            default -> c;
        };
    }
}
