package app.dossier.domain;

import java.util.List;
import java.util.Locale;

/**
 * The unit of an order ("sets", "pcs", "bộ", "套") in each language's words. A unit not known here
 * is written as typed.
 */
final class UnitWords {
    private record Unit(List<String> spellings, String englishOne, String englishMany, String vietnamese,
            String chinese) {
    }

    private static final List<Unit> UNITS = List.of(
            new Unit(List.of("set", "sets", "bộ", "套"), "set", "sets", "bộ", "套"),
            new Unit(List.of("pc", "pcs", "piece", "pieces", "cái", "chiếc", "件", "个"), "pc", "pcs", "cái", "件"),
            new Unit(List.of("unit", "units"), "unit", "units", "cái", "件"),
            new Unit(List.of("pair", "pairs", "đôi", "双"), "pair", "pairs", "đôi", "双"),
            new Unit(List.of("box", "boxes", "hộp", "盒"), "box", "boxes", "hộp", "盒"),
            new Unit(List.of("carton", "cartons", "ctn", "ctns", "thùng", "箱"), "carton", "cartons", "thùng", "箱"),
            new Unit(List.of("bag", "bags", "túi", "袋"), "bag", "bags", "túi", "袋"),
            new Unit(List.of("roll", "rolls", "cuộn", "卷"), "roll", "rolls", "cuộn", "卷"),
            new Unit(List.of("kg", "kgs", "kilogram", "kilograms", "千克", "公斤"), "kg", "kg", "kg", "千克"),
            new Unit(List.of("m", "meter", "meters", "metre", "metres", "mét", "米"), "m", "m", "m", "米"));

    private UnitWords() {
    }

    /** The unit word to write after {@code count} in {@code language}. */
    static String of(String typed, long count, Language language) {
        String key = typed == null ? "" : Text.clean(typed) == null ? "" : Text.clean(typed).toLowerCase(Locale.ROOT);
        Unit unit = UNITS.stream().filter(u -> u.spellings().contains(key)).findFirst()
                .orElse(key.isEmpty() ? UNITS.get(2) : null);
        if (unit == null) {
            return Text.clean(typed);
        }
        return switch (language) {
            case CHINESE -> unit.chinese();
            case ENGLISH -> count == 1 ? unit.englishOne() : unit.englishMany();
            case VIETNAMESE -> unit.vietnamese();
        };
    }

    /** "180 sets", "180 bộ", "180套". */
    static String quantity(long count, String typed, Language language) {
        String word = of(typed, count, language);
        String number = LocalFormat.count(count, language);
        if (language == Language.CHINESE && containsHan(word)) {
            return number + word;
        }
        return number + " " + word;
    }

    static boolean containsHan(String text) {
        return text != null && text.codePoints()
                .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
