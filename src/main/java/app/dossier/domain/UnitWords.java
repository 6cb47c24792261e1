package app.dossier.domain;

import app.dossier.domain.words.Words;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The unit of an order as people type it ("sets", "pcs", "bộ", "套"), known by a code whose words
 * each language has under {@code unit.<CODE>.one} and {@code unit.<CODE>.many}. A unit not known
 * here is written as typed.
 */
public final class UnitWords {
    private record Unit(String code, List<String> spellings) {
    }

    private static final List<Unit> UNITS = List.of(
            new Unit("SET", List.of("set", "sets", "bộ", "套")),
            new Unit("PIECE", List.of("pc", "pcs", "piece", "pieces", "cái", "chiếc", "件", "个")),
            new Unit("UNIT", List.of("unit", "units")),
            new Unit("PAIR", List.of("pair", "pairs", "đôi", "双")),
            new Unit("BOX", List.of("box", "boxes", "hộp", "盒")),
            new Unit("CARTON", List.of("carton", "cartons", "ctn", "ctns", "thùng", "箱")),
            new Unit("BAG", List.of("bag", "bags", "túi", "袋")),
            new Unit("ROLL", List.of("roll", "rolls", "cuộn", "卷")),
            new Unit("KG", List.of("kg", "kgs", "kilogram", "kilograms", "千克", "公斤")),
            new Unit("METER", List.of("m", "meter", "meters", "metre", "metres", "mét", "米")));

    /** Every unit's code, for checking that each language words them all. */
    public static final List<String> CODES = UNITS.stream().map(Unit::code).toList();

    private UnitWords() {
    }

    /** The code of a typed unit: SET, PIECE, …; UNIT when none is typed; empty when it is not known. */
    public static Optional<String> code(String typed) {
        String cleaned = typed == null ? null : Text.clean(typed);
        String key = cleaned == null ? "" : cleaned.toLowerCase(Locale.ROOT);
        if (key.isEmpty()) {
            return Optional.of("UNIT");
        }
        return UNITS.stream().filter(u -> u.spellings().contains(key)).map(Unit::code).findFirst();
    }

    /** "180 sets", "180 bộ", "180套". */
    static String quantity(long count, String typed, Language language) {
        return Words.in(language).quantity(count, typed);
    }

    public static boolean containsHan(String text) {
        return text != null && text.codePoints()
                .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
