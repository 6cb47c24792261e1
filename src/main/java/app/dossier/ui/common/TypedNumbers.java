package app.dossier.ui.common;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Counts and rates as people type them: "1200", "1.200", "1,200" or "1 200" are all one thousand two
 * hundred (a count has no decimals, so a group of three digits can only be thousands); full-width
 * digits from Chinese keyboards are read as ordinary ones. Returns null for what cannot be read; the
 * caller says why in the user's language.
 */
public final class TypedNumbers {
    private static final Pattern PLAIN = Pattern.compile("\\d{1,12}");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}([.,' ])\\d{3}(\\1\\d{3}){0,3}");
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,9}[.,]\\d{1,6}");

    private TypedNumbers() {
    }

    /** A whole number of 0 or more, or null. */
    public static Long whole(String typed) {
        String even = even(typed);
        if (PLAIN.matcher(even).matches() || GROUPED.matcher(even).matches()) {
            return Long.parseLong(even.replaceAll("[.,' ]", ""));
        }
        return null;
    }

    /**
     * A rate such as VND for one yuan: "3650", "3.650" and "3,650" are 3650 (groups of thousands);
     * "3650,5" and "3650.5" have a decimal part. Null when it cannot be read or is not above 0.
     */
    public static BigDecimal rate(String typed) {
        String even = even(typed);
        BigDecimal rate = null;
        Long whole = whole(even);
        if (whole != null) {
            rate = BigDecimal.valueOf(whole);
        } else if (DECIMAL.matcher(even).matches()) {
            rate = new BigDecimal(even.replace(',', '.'));
        }
        if (rate == null || rate.signum() <= 0) {
            return null;
        }
        BigDecimal stripped = rate.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** A rate as a Vietnamese reader writes it: 3.650 or 3.650,5. */
    public static String formatRate(BigDecimal rate) {
        String plain = rate.stripTrailingZeros().toPlainString();
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        StringBuilder grouped = new StringBuilder(whole);
        for (int at = whole.length() - 3; at > 0; at -= 3) {
            grouped.insert(at, '.');
        }
        return point < 0 ? grouped.toString() : grouped + "," + plain.substring(point + 1);
    }

    private static String even(String typed) {
        if (typed == null) {
            return "";
        }
        String nfc = Normalizer.normalize(typed, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            out.append(Character.isSpaceChar(c) || Character.isWhitespace(c) ? ' ' : c);
        }
        return out.toString().strip().replaceAll(" +", " ");
    }
}
