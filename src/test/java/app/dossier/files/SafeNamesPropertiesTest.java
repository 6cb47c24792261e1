package app.dossier.files;

import static app.dossier.Generated.about;
import static app.dossier.Generated.cases;
import static app.dossier.Generated.edgesThen;
import static app.dossier.Generated.named;
import static app.dossier.Generated.show;
import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.Generated;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties of {@link SafeNames}, each checked on listed edge cases and {@link Generated#CASES} drawn ones. */
@ExtendWith(Generated.ShowsInput.class)
class SafeNamesPropertiesTest {

    private static final Path ROOT = Path.of("/cases/root");
    private static final String FORBIDDEN = "/\\:*?\"<>|";
    private static final int MAX_PIECES = 320;

    private static final List<String> EDGE_NAMES = List.of(
            "", ".", "..", "...", " ", " . ", "\u00A0", "\t\n", "_", "/", "\\", "..\\..\\x", "../../etc/passwd", "a/../b",
            "C:", "C:\\Windows", "\\\\server\\share", "con", "CON", "Con .", "AUX.", "nul.txt", "COM1", "com¹", "LPT9.tar.gz",
            "CONIN$", "CONOUT$", "CON_", "xCON", "Ảnh", "Ảnh.JPG", "A\u0309nh", "Đơn hàng 3/5", "e\u0301", "\u0301", "\u0301abc",
            "订单：2026", "订单?.pdf", "\uD800", "\uDC00", "a\uD83D", "\uDE00a", "😀", "👨‍👩‍👧", "🇻🇳", "\u202Egpj.exe",
            "a\u200F\u0301", "\uFEFF", "\u0958", "\uFB2C", "\uD834\uDD5E", "a\u0000b", "\u007F", "\u0085",
            "x".repeat(200), "x".repeat(201), "x".repeat(255), "x".repeat(400), "ở".repeat(66), "ở".repeat(67),
            "ở".repeat(300), "😀".repeat(50), "😀".repeat(51), "👨‍👩‍👧".repeat(20), "a" + "\u0301".repeat(250),
            "\u0301".repeat(300), "\uFB2C".repeat(67), "x".repeat(199) + "😀", "x".repeat(198) + ".", " ".repeat(300),
            ".".repeat(300) + "a", "a" + ".".repeat(300), "x".repeat(195) + " .jpg", "x".repeat(194) + " .jpgư", "x".repeat(195) + "..jpgư",
            // found by the property tests: a cut left "..aLPT9" at the end, which a second pass read as an extension
            "aưaaaởởưaởaưaưaaa😀ởưưưởởởưaaaaaưaaởaưaởaa😀ưưởởaaaưaaaởởởaaaởaaưaởưa😀aa😀aưaưaởaaưaaởởởaaởaaởởaaởaaaa"
                    + "ưaởởaởaa..aLPT9ư");
    private static final List<String> EDGE_EXTENSIONS = List.of("a", "z", "jpg", "mp4", "7z", "a0", "0a", "tar",
            "abcdefghij", "x123456789");
    private static final List<Integer> EDGE_NUMBERS = List.of(2, 3, 9, 10, 99, 100, 1000, Integer.MAX_VALUE);

    @ParameterizedTest
    @MethodSource("names")
    void anySegmentIsSafe(String name) {
        assertSafe(name, SafeNames.segment(name, "fallback"), SafeNames.MAX_BYTES);
    }

    @ParameterizedTest
    @MethodSource("anyJavaStrings")
    void anyJavaStringGivesASafeSegment(String name) {
        assertSafe(name, SafeNames.segment(name, "fallback"), SafeNames.MAX_BYTES);
    }

    @ParameterizedTest
    @MethodSource("fileNames")
    void anyFileNameIsSafe(String name) {
        assertSafe(name, SafeNames.fileName(name), SafeNames.MAX_BYTES);
    }

    @ParameterizedTest
    @MethodSource("fileNamesAndNumbers")
    void aCollisionNumberKeepsTheNameSafe(String name, int n) {
        String numbered = SafeNames.withCollisionNumber(SafeNames.fileName(name), n);
        assertSafe(name, numbered, SafeNames.MAX_BYTES + (" (" + n + ")").length());
        assertThat(numbered).as(about("numbered " + n + ", the name made from", name)).contains(" (" + n + ")");
    }

    @ParameterizedTest
    @MethodSource("names")
    void makingANameSafeTwiceChangesNothing(String name) {
        String once = SafeNames.segment(name, "fallback");
        assertThat(SafeNames.segment(once, "other")).as(about("made safe twice,", name)).isEqualTo(once);
    }

    @ParameterizedTest
    @MethodSource("fileNames")
    void makingAFileNameSafeTwiceChangesNothing(String name) {
        String once = SafeNames.fileName(name);
        assertThat(SafeNames.fileName(once)).as(about("made safe twice,", name)).isEqualTo(once);
    }

    @ParameterizedTest
    @MethodSource("namesAndExtensions")
    void aFileNameKeepsAPlainExtension(String base, String extension) {
        String safe = SafeNames.fileName(base + "." + extension);
        assertThat(safe).as(about("the file name made from", base + "." + extension)).endsWith("." + extension);
    }

    private static void assertSafe(String input, String safe, int maxBytes) {
        String about = about("made from", input) + " as " + show(safe);
        assertThat(safe).as(about).isNotEmpty().isNotEqualTo(".").isNotEqualTo("..");
        assertThat(Normalizer.isNormalized(safe, Normalizer.Form.NFC)).as(about + ", NFC").isTrue();
        assertThat(safe.chars()).as(about + ", forbidden or control chars")
                .noneMatch(c -> FORBIDDEN.indexOf(c) >= 0 || Character.isISOControl(c));
        assertThat(safe.codePoints()).as(about + ", lone surrogates")
                .noneMatch(cp -> Character.getType(cp) == Character.SURROGATE);
        assertThat(safe).as(about)
                .doesNotStartWith(" ").doesNotEndWith(" ").doesNotStartWith(".").doesNotEndWith(".");
        assertThat(safe.getBytes(StandardCharsets.UTF_8).length).as(about + ", UTF-8 bytes")
                .isLessThanOrEqualTo(maxBytes);
        assertThat(safe.length()).as(about + ", chars").isLessThanOrEqualTo(maxBytes);
        Path resolved = ROOT.resolve(safe).normalize();
        assertThat(resolved.getParent()).as(about + ", folder").isEqualTo(ROOT);
        assertThat(resolved.getFileName().toString()).as(about + ", resolved").isEqualTo(safe);
        assertThat(SafeNames.isSafeSegment(safe)).as(about + ", isSafeSegment").isTrue();
    }

    static Stream<Arguments> names() {
        return edgesThen(EDGE_NAMES, cases("names", SafeNamesPropertiesTest::name))
                .map(name -> named(show(name), name));
    }

    /** Any Java string, as long as a name may be typed or pasted. */
    static Stream<Arguments> anyJavaStrings() {
        List<String> edges = new ArrayList<>(EDGE_NAMES);
        edges.add(null);
        return edgesThen(edges, cases("anyJavaStrings", random -> Generated.anyString(random, 400)))
                .map(name -> named(show(name), name));
    }

    /** A {@link #name}, half the time with "." and an {@link #extension} after it. */
    static Stream<Arguments> fileNames() {
        return edgesThen(edgeFileNames(), cases("fileNames", SafeNamesPropertiesTest::fileName))
                .map(name -> named(show(name), name));
    }

    static Stream<Arguments> fileNamesAndNumbers() {
        List<Arguments> edges = new ArrayList<>();
        List<String> edgeNames = edgeFileNames();
        for (int i = 0; i < edgeNames.size(); i++) {
            String name = edgeNames.get(i);
            int n = EDGE_NUMBERS.get(i % EDGE_NUMBERS.size());
            edges.add(named(show(name) + " (" + n + ")", name, n));
        }
        List<Arguments> drawn = cases("fileNamesAndNumbers", random -> {
            String name = fileName(random);
            int n = switch (random.nextInt(3)) {
                case 0 -> random.nextInt(2, 11);
                case 1 -> random.nextInt(2, 10_001);
                default -> random.nextInt(2, Integer.MAX_VALUE) + random.nextInt(2);
            };
            return named(show(name) + " (" + n + ")", name, n);
        });
        return edgesThen(edges, drawn);
    }

    static Stream<Arguments> namesAndExtensions() {
        List<Arguments> edges = new ArrayList<>();
        for (int i = 0; i < EDGE_NAMES.size(); i++) {
            String base = EDGE_NAMES.get(i);
            String extension = EDGE_EXTENSIONS.get(i % EDGE_EXTENSIONS.size());
            edges.add(named(show(base + "." + extension), base, extension));
        }
        List<Arguments> drawn = cases("namesAndExtensions", random -> {
            String base = name(random);
            String extension = extension(random);
            return named(show(base + "." + extension), base, extension);
        });
        return edgesThen(edges, drawn);
    }

    private static List<String> edgeFileNames() {
        List<String> names = new ArrayList<>(EDGE_NAMES);
        for (int i = 0; i < EDGE_NAMES.size(); i++) {
            names.add(EDGE_NAMES.get(i) + "." + EDGE_EXTENSIONS.get(i % EDGE_EXTENSIONS.size()));
        }
        return names;
    }

    /** Up to 320 pieces of {@link Generated#text}: letters, marks, Chinese, spaces, dots, forbidden and odd chars. */
    private static String name(Random random) {
        return Generated.text(random, MAX_PIECES);
    }

    private static String fileName(Random random) {
        return random.nextBoolean() ? name(random) : name(random) + "." + extension(random);
    }

    /** 1 to 10 of a–z and 0–9, at least one a letter. */
    private static String extension(Random random) {
        String extension;
        do {
            extension = Generated.fromChars(random, "abcdefghijklmnopqrstuvwxyz0123456789", 10);
        } while (extension.isEmpty() || extension.chars().noneMatch(Character::isLetter));
        return extension;
    }
}
