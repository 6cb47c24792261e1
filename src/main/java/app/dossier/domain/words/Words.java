package app.dossier.domain.words;

import app.dossier.domain.Language;
import app.dossier.domain.LocalFormat;
import app.dossier.domain.Money;
import app.dossier.domain.Text;
import app.dossier.domain.UnitWords;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words of one language, by code, from {@code app/dossier/words/words_<tag>.properties}. Each
 * language has its own file and no file stands in for another: a code missing in Vietnamese shows
 * as {@code !code!}, never as English (and {@code WordsTest} fails the build first).
 *
 * <p>A message is a {@link MessageFormat} pattern ({@code ''} for an apostrophe). Its values are
 * numbered ({@code {0}}) when the caller passes them in order, or named ({@code {arrivedAt}},
 * {@code {due:date}} for the date of a time) when they come from a record's named values, as the
 * guidance's do. Values are written here, once, the language's way: counts 1,200 or 1.200 (and
 * {@code {n,choice,…}} for plurals), money through {@link LocalFormat#money}, dates and times by
 * the patterns {@code format.date} and {@code format.time} of the language.
 */
public final class Words {
    /**
     * The shared words (en, vi, zh), the guidance's (en, vi: the window and the command line only)
     * and the command line's own (en).
     */
    private static final List<String> FAMILIES = List.of("app.dossier.words.words", "app.dossier.words.guidance",
            "app.dossier.words.cli");
    private static final Pattern NAME = Pattern.compile("(\\p{Alpha}\\w*)");
    private static final Map<Language, Words> CACHE = new ConcurrentHashMap<>();

    private final Language language;
    private final Locale locale;
    private final List<ResourceBundle> bundles = new ArrayList<>();
    private final DateTimeFormatter date;
    private final DateTimeFormatter time;

    private Words(Language language) {
        this.language = language;
        this.locale = Locale.forLanguageTag(language.tag());
        for (String family : FAMILIES) {
            try {
                bundles.add(ResourceBundle.getBundle(family, locale, Words.class.getClassLoader(),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
            } catch (MissingResourceException e) {
                // A family this language does not have: its codes show as !code!.
            }
        }
        this.date = DateTimeFormatter.ofPattern(pattern("format.date"), locale);
        this.time = DateTimeFormatter.ofPattern(pattern("format.time"), locale);
    }

    /** The words of {@code language}. */
    public static Words in(Language language) {
        return CACHE.computeIfAbsent(language, Words::new);
    }

    /** The words of a window's or a system's locale: Vietnamese for vi, Chinese for zh, English otherwise. */
    public static Words in(Locale locale) {
        String tag = locale == null ? "" : locale.getLanguage();
        return in("vi".equals(tag) ? Language.VIETNAMESE : "zh".equals(tag) ? Language.CHINESE : Language.ENGLISH);
    }

    /** English: the command line's words. */
    public static Words english() {
        return in(Language.ENGLISH);
    }

    public Language language() {
        return language;
    }

    public Locale locale() {
        return locale;
    }

    public boolean has(String code) {
        return bundles.stream().anyMatch(b -> b.containsKey(code));
    }

    private String raw(String code) {
        return bundles.stream().filter(b -> b.containsKey(code)).findFirst().orElseThrow().getString(code);
    }

    /** The message of {@code code} as written in the bundle, a MessageFormat pattern. */
    public String pattern(String code) {
        if (!has(code)) {
            throw new IllegalStateException("The words of " + language + " lack " + code);
        }
        return raw(code);
    }

    /** The message of {@code code} with its values {@code {0}}, {@code {1}}…; {@code !code!} when there is none. */
    public String get(String code, Object... values) {
        if (!has(code)) {
            return "!" + code + "!";
        }
        return new MessageFormat(raw(code), locale).format(shown(values));
    }

    /**
     * The message of {@code code} with its named values. A name the message uses and the values
     * lack is a mistake in the words, said as {@code !code:name!} rather than hidden.
     */
    public String named(String code, Map<String, ?> values) {
        if (!has(code)) {
            return "!" + code + "!";
        }
        List<Object> ordered = new ArrayList<>();
        try {
            String numbered = numbered(raw(code), values, ordered, new HashMap<>());
            return new MessageFormat(numbered, locale).format(shown(ordered.toArray()));
        } catch (MissingValue e) {
            return "!" + code + ":" + e.getMessage() + "!";
        }
    }

    /** {@code pattern} with each {name} numbered in order of first use, its value added to {@code ordered}. */
    private static String numbered(String pattern, Map<String, ?> values, List<Object> ordered,
            Map<String, Integer> index) {
        StringBuilder out = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '\'' ) {
                quoted = !quoted;
            }
            if (c != '{' || quoted) {
                out.append(c);
                i++;
                continue;
            }
            int end = closing(pattern, i);
            String inner = pattern.substring(i + 1, end);
            Matcher m = NAME.matcher(inner);
            if (!m.lookingAt()) {
                throw new IllegalArgumentException("A named message uses " + inner + ": " + pattern);
            }
            String name = m.group(1);
            Object value = values.get(name);
            if (value == null) {
                throw new MissingValue(name);
            }
            String rest = inner.substring(m.end());
            if (rest.startsWith(":date")) {
                rest = rest.substring(":date".length());
                value = value instanceof LocalDateTime t ? t.toLocalDate() : value;
            }
            Integer n = index.get(name + (value instanceof LocalDate ? ":date" : ""));
            if (n == null) {
                n = ordered.size();
                ordered.add(value);
                index.put(name + (value instanceof LocalDate ? ":date" : ""), n);
            }
            out.append('{').append(n).append(numbered(rest, values, ordered, index)).append('}');
            i = end + 1;
        }
        return out.toString();
    }

    private static int closing(String pattern, int open) {
        int depth = 0;
        for (int i = open; i < pattern.length(); i++) {
            if (pattern.charAt(i) == '{') {
                depth++;
            } else if (pattern.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("An unclosed { in " + pattern);
    }

    private static final class MissingValue extends RuntimeException {
        MissingValue(String name) {
            super(name, null, false, false);
        }
    }

    /** The names a message uses ({@code {name}}), or its numbers ({@code {0}}), as written: for checking the words. */
    public static List<String> placeholders(String pattern) {
        Matcher m = Pattern.compile("\\{(\\w+)[,:}]").matcher(pattern.replaceAll("'[^']*'", ""));
        List<String> out = new ArrayList<>();
        while (m.find()) {
            if (!out.contains(m.group(1))) {
                out.add(m.group(1));
            }
        }
        out.sort(null);
        return out;
    }

    // ---- values the language's way

    public String date(LocalDate d) {
        return date.format(d);
    }

    public String time(LocalDateTime t) {
        return time.format(t);
    }

    public String money(Money money) {
        return LocalFormat.money(money, language);
    }

    public String count(long n) {
        return LocalFormat.count(n, language);
    }

    /**
     * The word for a typed unit after {@code count}: "sets", "bộ", "套" for "sets"; a unit not
     * known is written as typed.
     */
    public String unit(long count, String typed) {
        return UnitWords.code(typed).map(code -> get("unit." + code + (count == 1 ? ".one" : ".many")))
                .orElseGet(() -> Text.clean(typed));
    }

    /** "180 sets", "180 bộ", "180套": a count and its unit. */
    public String quantity(long count, String typed) {
        String word = unit(count, typed);
        boolean known = UnitWords.code(typed).isPresent();
        return get(known || language == Language.CHINESE && UnitWords.containsHan(word) ? "unit.quantity"
                : "unit.quantity.typed", count, word);
    }

    /** The defect's name in this language: "开裂或破损", "cracked or broken", "nứt hoặc vỡ". */
    public String defect(app.dossier.domain.DefectKind kind) {
        return get("defect." + kind.name());
    }

    private Object[] shown(Object[] values) {
        Object[] out = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = shown(values[i]);
        }
        return out;
    }

    private Object shown(Object value) {
        if (value instanceof Money money) {
            return money(money);
        }
        if (value instanceof LocalDateTime t) {
            return time(t);
        }
        if (value instanceof LocalDate d) {
            return date(d);
        }
        if (value instanceof Integer i) {
            return (long) i;
        }
        if (value instanceof app.dossier.domain.DefectKind kind) {
            return defect(kind);
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> String.valueOf(shown(v))).collect(Collectors.joining(separator()));
        }
        return value;
    }

    private String separator() {
        return has("format.listSeparator") ? raw("format.listSeparator") : ", ";
    }

}
