package app.dossier.domain.guidance;

import java.util.Locale;

/**
 * How the English descriptions still made here (sample plans, factory records, rates) write counts;
 * the guidance's sentences come from {@link GuidanceWords}.
 */
final class Words {
    private Words() {
    }

    /** 1,200 with thousands grouped by commas. */
    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String plural(long n, String one, String many) {
        return number(n) + " " + (n == 1 ? one : many);
    }
}
