package app.dossier.ui.common;

import java.text.NumberFormat;
import java.util.Locale;

/** Counts and shares as people of each language read them: 1,200 and 2.9% in English, 1.200 and 2,9% in Vietnamese. */
public final class Numbers {
    private Numbers() {
    }

    /** A share (0..1) as a percentage with at most one decimal. */
    public static String percent(double fraction, Locale locale) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(fraction);
    }

    /** A whole number with the language's grouping. */
    public static String count(long number, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(number);
    }
}
