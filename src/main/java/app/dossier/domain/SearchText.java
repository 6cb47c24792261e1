package app.dossier.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as it is searched: "Đơn hàng thiếu" and "don hang thieu" fold to the same words, so people
 * can search without typing Vietnamese tones. Chinese is kept as it is.
 *
 * <p>Folding: NFC then NFD, combining marks removed, đ/Đ as d (đ is a letter of its own, not d with
 * an accent, so the database's accent removal keeps it), full-width letters and digits from Chinese
 * keyboards as ASCII (Chinese punctuation stays), lower case, every run of spaces as one space, no
 * spaces at the ends.
 */
public final class SearchText {
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private SearchText() {
    }

    /** The folded form of the text; "" for null. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        String bare = COMBINING_MARKS.matcher(Normalizer.normalize(nfc, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder out = new StringBuilder(bare.length());
        boolean pendingSpace = false;
        for (int i = 0; i < bare.length(); i++) {
            char c = bare.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(plain(c));
        }
        // Hangul and other scripts that NFD split into letters (not marks) are put back together.
        return Normalizer.normalize(out.toString().toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
    }

    /**
     * Whether the query finds the text. {@code foldedHaystack} must already be {@link #fold folded}
     * (it is kept folded beside the text); the query is folded here.
     *
     * <p>Every word of the query must be found. A word of letters matches the start of a word
     * ("thie" finds "thiếu", "hang" does not find "khang"). A word with digits or Chinese characters
     * matches anywhere, so the last digits of an order number find it, and "样品" finds
     * "按照这个样品做" (Chinese is written without spaces between words). A blank query finds
     * everything.
     */
    public static boolean matches(String foldedHaystack, String query) {
        String haystack = foldedHaystack == null ? "" : foldedHaystack;
        String folded = fold(query);
        if (folded.isEmpty()) {
            return true;
        }
        for (String word : folded.split(" ")) {
            boolean found = matchesAnywhere(word) ? haystack.contains(word) : startsAWord(haystack, word);
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static boolean matchesAnywhere(String word) {
        return word.codePoints().anyMatch(c -> Character.isDigit(c) || isChinese(c));
    }

    private static boolean startsAWord(String haystack, String word) {
        for (int at = haystack.indexOf(word); at >= 0; at = haystack.indexOf(word, at + 1)) {
            if (at == 0 || isWordBreak(haystack.codePointBefore(at))) {
                return true;
            }
        }
        return false;
    }

    /** A space or punctuation, and also a Chinese character: "盒hop" holds the word "hop". */
    private static boolean isWordBreak(int codePoint) {
        return !Character.isLetterOrDigit(codePoint) || isChinese(codePoint);
    }

    private static boolean isChinese(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    private static char plain(char c) {
        if (c == 'đ' || c == 'Đ') {
            return 'd';
        }
        boolean fullWidthLetterOrDigit = (c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ');
        return fullWidthLetterOrDigit ? (char) (c - '０' + '0') : c;
    }
}
