package app.dossier.domain;

/**
 * Whether two names of a product mean the same product: the one typed by hand in Dossier and the
 * one a 1688 export gives for the same order number (and so, already, the same seller or not).
 *
 * <p>The names are compared {@link SearchText#fold folded} (no tones, đ as d, lower case,
 * full-width as ASCII) and without spaces or punctuation, so "Bình giữ nhiệt 500ml" and
 * "Binh giu nhiet 500 ml" are the same. Their numbers (sizes, counts: 500ml, 5件套) must be the
 * same, so "500ml" and "750ml" are two products. The rest may differ in at most one character in
 * five (edit distance over the longer name's characters, counted as code points so Chinese counts
 * one per character): "Bình giữ nhiêt 500ml" or a dropped character is a typo, while "保温杯" and
 * "保温壶" (cup, pot) differ in one character of three and are two products. A name of three
 * characters or more found whole in the other is the same product said more fully ("硅胶铲5件套" and
 * the title "硅胶铲5件套 厨房不粘锅专用 耐高温"), as long as it does not cut a number ("bình 500" is not
 * in "bình 5000"). A name in Vietnamese and the seller's Chinese title are two names; the user
 * decides whether they are one product.
 */
public final class ProductNames {
    /** At most this share of the longer name's characters may differ, as a fraction 1/{@value}. */
    private static final int ONE_IN = 5;

    private ProductNames() {
    }

    public static boolean sameWithinATypo(String one, String other) {
        int[] a = letters(one);
        int[] b = letters(other);
        if (containedWhole(a, b) || containedWhole(b, a)) {
            return true;
        }
        if (!numbers(a).equals(numbers(b))) {
            return false;
        }
        int longer = Math.max(a.length, b.length);
        if (longer == 0) {
            return true;
        }
        return editDistance(a, b) * ONE_IN <= longer;
    }

    /** The folded name's letters and digits (any script), as code points. */
    private static int[] letters(String name) {
        return SearchText.fold(name).codePoints().filter(Character::isLetterOrDigit).toArray();
    }

    /** Whether {@code part} (3 characters or more) is found in {@code whole} without cutting a number. */
    private static boolean containedWhole(int[] part, int[] whole) {
        if (part.length < 3 || part.length > whole.length) {
            return false;
        }
        for (int start = 0; start + part.length <= whole.length; start++) {
            if (java.util.Arrays.equals(part, 0, part.length, whole, start, start + part.length)
                    && !(start > 0 && digit(part[0]) && digit(whole[start - 1]))
                    && !(start + part.length < whole.length && digit(part[part.length - 1])
                            && digit(whole[start + part.length]))) {
                return true;
            }
        }
        return false;
    }

    private static boolean digit(int c) {
        return c >= '0' && c <= '9';
    }

    /** The runs of digits, in order, separated by a space: "binhgiunhiet500ml" gives "500". */
    private static String numbers(int[] letters) {
        StringBuilder runs = new StringBuilder();
        boolean inRun = false;
        for (int c : letters) {
            boolean digit = c >= '0' && c <= '9';
            if (digit && !inRun && runs.length() > 0) {
                runs.append(' ');
            }
            if (digit) {
                runs.appendCodePoint(c);
            }
            inRun = digit;
        }
        return runs.toString();
    }

    /** Levenshtein distance: insertions, deletions and substitutions, each 1. */
    private static int editDistance(int[] a, int[] b) {
        int[] previous = new int[b.length + 1];
        int[] current = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            current[0] = i;
            for (int j = 1; j <= b.length; j++) {
                int substitute = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length];
    }
}
