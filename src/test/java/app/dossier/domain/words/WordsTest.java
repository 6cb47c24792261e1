package app.dossier.domain.words;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.Language;
import app.dossier.domain.Money;
import app.dossier.domain.Refusal;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every code in every language: the shared words (en, vi, zh) and the window's bundles (en, vi)
 * have the same codes in each language, with the same values, and every code is used by the
 * sources, by its literal or by a literal prefix and an enum constant's name.
 */
class WordsTest {
    private static final Path RESOURCES = Path.of("src/main/resources/app/dossier");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]*");

    /**
     * The window's words that show, in English, the message a parser gives in English ({1}) and
     * in Vietnamese word the typed text ({0}) their own way; they go when the parsers return codes.
     */
    private static final Set<String> ENGLISH_FROM_THE_PARSER = Set.of("order.money.unreadable",
            "order.date.unreadable", "order.dateTime.unreadable", "receiving.dateTime.unreadable",
            "settings.chatDays.refused");

    /** Each family of bundles by its base name, and its files by language tag ("" for the base). */
    private static final Map<String, Map<String, Properties>> FAMILIES = new TreeMap<>();
    private static final Set<String> LITERALS = new TreeSet<>();

    @BeforeAll
    static void readBundlesAndSources() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".properties")).toList()) {
                String name = file.getFileName().toString().replace(".properties", "");
                int underscore = name.indexOf('_');
                String base = file.getParent().resolve(underscore < 0 ? name : name.substring(0, underscore)).toString();
                String tag = underscore < 0 ? "" : name.substring(underscore + 1);
                Properties words = new Properties();
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    words.load(in);
                }
                FAMILIES.computeIfAbsent(base, b -> new TreeMap<>()).put(tag, words);
            }
        }
        FAMILIES.keySet().removeIf(base -> !base.endsWith("/words") && !base.endsWith("/messages"));
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                LITERALS.addAll(literals(Files.readString(file)));
            }
        }
    }

    @Test
    void theSharedWordsAreInEnglishVietnameseAndChinese() {
        Map<String, Properties> words = FAMILIES.get(RESOURCES.resolve("words/words").toString());
        assertThat(words).containsOnlyKeys("en", "vi", "zh");
        for (Map.Entry<String, Map<String, Properties>> family : FAMILIES.entrySet()) {
            if (family.getKey().endsWith("/messages")) {
                assertThat(family.getValue()).as(family.getKey()).containsKeys("", "vi");
            }
        }
    }

    @Test
    void everyCodeIsInEveryLanguageOfItsFamily() {
        List<String> missing = new ArrayList<>();
        FAMILIES.forEach((base, languages) -> {
            Set<String> all = new TreeSet<>();
            languages.values().forEach(p -> all.addAll(p.stringPropertyNames()));
            languages.forEach((tag, words) -> all.stream().filter(code -> !words.containsKey(code))
                    .forEach(code -> missing.add(base + "_" + tag + ": " + code)));
        });
        assertThat(missing).as("codes missing in a language").isEmpty();
    }

    @Test
    void everyLanguageSaysTheSameValues() {
        List<String> differ = new ArrayList<>();
        FAMILIES.forEach((base, languages) -> {
            Properties first = languages.values().iterator().next();
            for (String code : first.stringPropertyNames()) {
                if (ENGLISH_FROM_THE_PARSER.contains(code)) {
                    continue;
                }
                List<String> expected = Words.placeholders(first.getProperty(code));
                languages.forEach((tag, words) -> {
                    String pattern = words.getProperty(code);
                    if (pattern != null && !Words.placeholders(pattern).equals(expected)) {
                        differ.add(base + "_" + tag + ": " + code + " says " + Words.placeholders(pattern)
                                + ", not " + expected);
                    }
                });
            }
        });
        assertThat(differ).as("messages whose values differ between languages").isEmpty();
    }

    @Test
    void everyCodeIsUsed() {
        List<String> unused = new ArrayList<>();
        FAMILIES.forEach((base, languages) -> {
            Set<String> all = new TreeSet<>();
            languages.values().forEach(p -> all.addAll(p.stringPropertyNames()));
            all.stream().filter(code -> !used(code)).forEach(code -> unused.add(base + ": " + code));
        });
        assertThat(unused).as("codes no source uses").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Refusal.class)
    void everyRefusalIsSaidInEveryLanguageWithItsValues(Refusal refusal) {
        Refusal.Wording wording = refusal.with("⟨0⟩", "⟨1⟩", "⟨2⟩", "⟨3⟩");
        List<String> values = Words.placeholders(refusal.english());
        for (Language language : Language.values()) {
            String said = wording.in(Words.in(language));
            assertThat(said).as(language + " " + refusal).doesNotContain("!", "{", "}");
            values.forEach(v -> assertThat(said).as(language + " " + refusal).contains("⟨" + v + "⟩"));
        }
        assertThat(wording.in(Words.in(Language.CHINESE))).as("Chinese, not English")
                .isNotEqualTo(wording.english()).containsPattern("\\p{IsHan}");
    }

    @Test
    void valuesAreWrittenEachLanguagesWay() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("n", 1200L);
        values.put("at", LocalDateTime.of(2026, 11, 26, 16, 5));
        values.put("on", LocalDate.of(2026, 11, 26));
        values.put("amount", Money.of("1234.50", Money.CNY));
        assertThat(Words.english().date(LocalDate.of(2026, 11, 26))).isEqualTo("26 Nov 2026");
        assertThat(Words.in(Language.VIETNAMESE).time(LocalDateTime.of(2026, 11, 26, 16, 5)))
                .isEqualTo("16:05 ngày 26/11/2026");
        assertThat(Words.in(Language.CHINESE).date(LocalDate.of(2026, 11, 26))).isEqualTo("2026年11月26日");
        assertThat(Words.in(Language.VIETNAMESE).money(Money.of("1234.50", Money.CNY)))
                .isEqualTo("¥1.234,50");
        assertThat(Words.in(Language.VIETNAMESE).count(1200)).isEqualTo("1.200");
    }

    @Test
    void unitsAreSaidInEachLanguagesWords() {
        assertThat(Words.english().quantity(200, "sets")).isEqualTo("200 sets");
        assertThat(Words.english().quantity(1, "pcs")).isEqualTo("1 pc");
        assertThat(Words.in(Language.VIETNAMESE).quantity(1200, "pcs")).isEqualTo("1.200 cái");
        assertThat(Words.in(Language.VIETNAMESE).unit(200, "sets")).isEqualTo("bộ");
        assertThat(Words.in(Language.CHINESE).quantity(180, "sets")).isEqualTo("180套");
        assertThat(Words.in(Language.VIETNAMESE).quantity(3, "tá")).as("a unit not known, as typed").isEqualTo("3 tá");
        for (Language language : Language.values()) {
            for (String code : app.dossier.domain.UnitWords.CODES) {
                assertThat(Words.in(language).has("unit." + code + ".one")).as(language + " " + code).isTrue();
                assertThat(Words.in(language).has("unit." + code + ".many")).as(language + " " + code).isTrue();
            }
        }
    }

    @Test
    void aMissingCodeOrValueIsSeenNotReplacedByEnglish() {
        Words vietnamese = Words.in(Language.VIETNAMESE);
        assertThat(vietnamese.get("no.such.code")).isEqualTo("!no.such.code!");
        assertThat(vietnamese.has("format.date")).isTrue();
        assertThat(Words.placeholders("Hàng về lúc {arrivedAt}, hạn {due:date}; {n,choice,1#một|1<{n} cái}"))
                .containsExactly("arrivedAt", "due", "n");
    }

    /** The string literals of a Java source, comments, characters and text blocks skipped. */
    private static List<String> literals(String source) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = Math.max(source.indexOf('\n', i), i + 1);
            } else if (source.startsWith("/*", i)) {
                i = source.indexOf("*/", i + 2) + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                i = source.indexOf("\"\"\"", i + 3) + 3;
            } else if (c == '\'' || c == '"') {
                StringBuilder text = new StringBuilder();
                int j = i + 1;
                while (j < n && source.charAt(j) != c) {
                    if (source.charAt(j) == '\\') {
                        text.append(source.charAt(j));
                        j++;
                    }
                    text.append(source.charAt(j));
                    j++;
                }
                if (c == '"') {
                    out.add(text.toString());
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    /** Used by a literal in the sources, or by a literal prefix followed by enum names or literal cases. */
    private static boolean used(String code) {
        if (LITERALS.contains(code)) {
            return true;
        }
        for (int dot = code.indexOf('.'); dot >= 0; dot = code.indexOf('.', dot + 1)) {
            String prefix = code.substring(0, dot + 1);
            if (LITERALS.contains(prefix) && restIsDerived(code.substring(dot + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean restIsDerived(String rest) {
        for (String part : rest.split("\\.")) {
            if (!CONSTANT.matcher(part).matches() && !LITERALS.contains(part) && !LITERALS.contains("." + part)
                    && !LITERALS.contains(part.replace('_', ' '))) {
                return false;
            }
        }
        return true;
    }
}
