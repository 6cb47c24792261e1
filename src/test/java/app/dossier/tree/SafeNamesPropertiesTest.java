package app.dossier.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

class SafeNamesPropertiesTest {

    private static final Path ROOT = Path.of("/cases/root");
    private static final String FORBIDDEN = "/\\:*?\"<>|";

    @Property
    void anySegmentIsSafe(@ForAll("names") String name) {
        assertSafe(SafeNames.segment(name, "fallback"), SafeNames.MAX_BYTES);
    }

    @Property
    void anyJavaStringGivesASafeSegment(@ForAll String name) {
        assertSafe(SafeNames.segment(name, "fallback"), SafeNames.MAX_BYTES);
    }

    @Property
    void anyFileNameIsSafe(@ForAll("fileNames") String name) {
        assertSafe(SafeNames.fileName(name), SafeNames.MAX_BYTES);
    }

    @Property
    void aCollisionNumberKeepsTheNameSafe(@ForAll("fileNames") String name, @ForAll @IntRange(min = 2) int n) {
        String numbered = SafeNames.withCollisionNumber(SafeNames.fileName(name), n);
        assertSafe(numbered, SafeNames.MAX_BYTES + (" (" + n + ")").length());
        assertThat(numbered).contains(" (" + n + ")");
    }

    @Property
    void makingANameSafeTwiceChangesNothing(@ForAll("names") String name) {
        String once = SafeNames.segment(name, "fallback");
        assertThat(SafeNames.segment(once, "other")).isEqualTo(once);
    }

    @Property
    void makingAFileNameSafeTwiceChangesNothing(@ForAll("fileNames") String name) {
        String once = SafeNames.fileName(name);
        assertThat(SafeNames.fileName(once)).isEqualTo(once);
    }

    @Property
    void aFileNameKeepsAPlainExtension(@ForAll("names") String base, @ForAll("extensions") String extension) {
        String safe = SafeNames.fileName(base + "." + extension);
        assertThat(safe).endsWith("." + extension);
    }

    private static void assertSafe(String safe, int maxBytes) {
        assertThat(safe).isNotEmpty().isNotEqualTo(".").isNotEqualTo("..");
        assertThat(Normalizer.isNormalized(safe, Normalizer.Form.NFC)).isTrue();
        assertThat(safe.chars()).noneMatch(c -> FORBIDDEN.indexOf(c) >= 0 || Character.isISOControl(c));
        assertThat(safe.codePoints()).noneMatch(cp -> Character.getType(cp) == Character.SURROGATE);
        assertThat(safe).doesNotStartWith(" ").doesNotEndWith(" ").doesNotStartWith(".").doesNotEndWith(".");
        assertThat(safe.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(maxBytes);
        assertThat(safe.length()).isLessThanOrEqualTo(maxBytes);
        Path resolved = ROOT.resolve(safe).normalize();
        assertThat(resolved.getParent()).isEqualTo(ROOT);
        assertThat(resolved.getFileName().toString()).isEqualTo(safe);
        assertThat(SafeNames.isSafeSegment(safe)).isTrue();
    }

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(10, Arbitraries.strings().withCharRange('a', 'z').ofLength(1)),
                Tuple.of(6, Arbitraries.of("ư", "ở", "Đ", "ồ", "ụ", "ă", "â", "ê", "ô", "ơ", "ệ", "ạ")),
                Tuple.of(4, Arbitraries.of("\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0302")),
                Tuple.of(6, Arbitraries.chars().range('\u4E00', '\u9FFF').map(String::valueOf)),
                Tuple.of(4, Arbitraries.of(".", "..", " ", "\u00A0", "\u202F", "\t", "\n", "_")),
                Tuple.of(4, Arbitraries.of(FORBIDDEN.split(""))),
                Tuple.of(2, Arbitraries.chars().range('\u0000', '\u001F').map(String::valueOf)),
                Tuple.of(1, Arbitraries.of("\u007F", "\u0085", "\u202E", "\u200F", "\uFEFF")),
                Tuple.of(2, Arbitraries.integers().between(0x1F600, 0x1F64F).map(Character::toString)),
                Tuple.of(1, Arbitraries.of("\uD83D", "\uDE00")),
                Tuple.of(1, Arbitraries.of("CON", "con", "LPT9", "Com1", "NUL", "AUX.")));
        return piece.list().ofMaxSize(320).map(pieces -> String.join("", pieces));
    }

    @Provide
    Arbitrary<String> extensions() {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').ofMinLength(1).ofMaxLength(10)
                .filter(e -> e.chars().anyMatch(Character::isLetter));
    }

    @Provide
    Arbitrary<String> fileNames() {
        return Arbitraries.oneOf(names(),
                Combinators.combine(names(), extensions()).as((b, e) -> b + "." + e));
    }
}
