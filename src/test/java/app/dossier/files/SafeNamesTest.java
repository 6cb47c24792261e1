package app.dossier.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SafeNamesTest {

    private static final String VIETNAMESE = "Xưởng Đồ Gia Dụng";
    private static final String CHINESE = "义乌市佳美日用品有限公司";

    @Nested
    class Segments {

        @Test
        void keepsVietnameseAndChineseAsTheyAre() {
            assertThat(SafeNames.segment(VIETNAMESE, "_")).isEqualTo(VIETNAMESE);
            assertThat(SafeNames.segment(CHINESE, "_")).isEqualTo(CHINESE);
            assertThat(SafeNames.segment("Đơn hàng #12 – 义乌", "_")).isEqualTo("Đơn hàng #12 – 义乌");
        }

        @Test
        void decomposedInputComesOutComposed() {
            String nfd = Normalizer.normalize(VIETNAMESE, Normalizer.Form.NFD);
            assertThat(nfd).isNotEqualTo(VIETNAMESE);
            assertThat(SafeNames.segment(nfd, "_")).isEqualTo(VIETNAMESE);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "a/b:c*?        | a_b_c_",
                "a\\b           | a_b",
                "<Order> \"12\" | _Order_ _12_",
                "a//b           | a_b",
                "x__y           | x__y",
                "2026/05/03     | 2026_05_03"})
        void replacesForbiddenCharacters(String name, String expected) {
            assertThat(SafeNames.segment(name, "_")).isEqualTo(expected);
        }

        @Test
        void replacesTheBar() {
            assertThat(SafeNames.segment("a|b", "_")).isEqualTo("a_b");
        }

        @Test
        void tabsAndLineBreaksBecomeOneSpace() {
            assertThat(SafeNames.segment("a\tb\nc\r\n d", "_")).isEqualTo("a b c d");
            assertThat(SafeNames.segment("a\u00A0\u202Fb", "_")).isEqualTo("a b");
        }

        @Test
        void otherControlCharactersBecomeUnderscores() {
            assertThat(SafeNames.segment("a\u0000b\u0007c\u007Fd\u0085e", "_")).isEqualTo("a_b_c_d_e");
        }

        @Test
        void dropsInvisibleDirectionMarks() {
            assertThat(SafeNames.fileName("photo\u202Egpj.exe")).isEqualTo("photogpj.exe");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "' name '      | name",
                "'..name..'    | name",
                "'. . name. .' | name",
                "'name.'       | name",
                "'.hidden'     | hidden"})
        void trimsSpacesAndDotsAtBothEnds(String name, String expected) {
            assertThat(SafeNames.segment(name, "_")).isEqualTo(expected);
        }

        @ParameterizedTest
        @ValueSource(strings = {"", " ", ".", "..", "...", " . ", "\t\n"})
        void nothingUsableGivesTheFallback(String name) {
            assertThat(SafeNames.segment(name, "Factory")).isEqualTo("Factory");
        }

        @Test
        void onlyForbiddenCharactersGiveOneUnderscore() {
            assertThat(SafeNames.segment("???", "Factory")).isEqualTo("_");
            assertThat(SafeNames.segment("/\\:*?\"<>|", "Factory")).isEqualTo("_");
        }

        @Test
        void fallbackIsMadeSafeToo() {
            assertThat(SafeNames.segment("..", "a/b")).isEqualTo("a_b");
            assertThat(SafeNames.segment("..", "..")).isEqualTo("_");
            assertThat(SafeNames.segment(null, null)).isEqualTo("_");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "CON         | CON_",
                "con         | con_",
                "Prn         | Prn_",
                "AUX         | AUX_",
                "nul         | nul_",
                "COM1        | COM1_",
                "com9        | com9_",
                "LPT1        | LPT1_",
                "COM¹        | COM¹_",
                "CONOUT$     | CONOUT$_",
                "con.txt     | con_.txt",
                "CON.tar.gz  | CON_.tar.gz",
                "LPT9.jpg    | LPT9_.jpg"})
        void windowsDeviceNamesGetAnUnderscore(String name, String expected) {
            assertThat(SafeNames.segment(name, "_")).isEqualTo(expected);
        }

        @ParameterizedTest
        @ValueSource(strings = {"CONSOLE", "COM10", "LPT", "icon", "con_", "NULL.txt", "xCON"})
        void namesThatOnlyLookLikeDevicesAreKept(String name) {
            assertThat(SafeNames.segment(name, "_")).isEqualTo(name);
        }

        @Test
        void longVietnameseNameIsCutWithinTheBudget() {
            String name = VIETNAMESE.repeat(20).substring(0, 300);
            String safe = SafeNames.segment(name, "_");
            assertFitsAndIsWhole(safe);
            assertThat(name).startsWith(safe);
        }

        @Test
        void longChineseNameIsCutWithinTheBudget() {
            String name = CHINESE.repeat(25).substring(0, 300);
            String safe = SafeNames.segment(name, "_");
            assertFitsAndIsWhole(safe);
            assertThat(safe).hasSize(SafeNames.MAX_BYTES / 3);
            assertThat(name).startsWith(safe);
        }

        @Test
        void neverCutsBetweenALetterAndItsMarks() {
            // x with dot below and circumflex has no precomposed form: three code points, one character
            String letter = "x\u0323\u0302";
            String safe = SafeNames.segment(letter.repeat(300), "_");
            assertFitsAndIsWhole(safe);
            assertThat(safe.length() % letter.length()).isZero();
            assertThat(safe).endsWith(letter);
        }

        @Test
        void neverCutsInsideASurrogatePair() {
            String safe = SafeNames.segment("😀".repeat(300), "_");
            assertFitsAndIsWhole(safe);
            assertThat(safe).hasSize(SafeNames.MAX_BYTES / 4 * 2);
        }

        @Test
        void aCutNeverLeavesASpaceOrDotAtTheEnd() {
            String name = "a".repeat(SafeNames.MAX_BYTES - 1) + ". b";
            assertThat(SafeNames.segment(name, "_")).isEqualTo("a".repeat(SafeNames.MAX_BYTES - 1));
        }
    }

    @Nested
    class FileNames {

        @Test
        void keepsTheExtensionAsTyped() {
            assertThat(SafeNames.fileName("Ảnh chụp.JPG")).isEqualTo("Ảnh chụp.JPG");
            assertThat(SafeNames.fileName("合同.pdf")).isEqualTo("合同.pdf");
            assertThat(SafeNames.fileName("scan: page 1?.png")).isEqualTo("scan_ page 1_.png");
        }

        @Test
        void nothingBeforeTheExtensionGivesFile() {
            assertThat(SafeNames.fileName(".jpg")).isEqualTo("file.jpg");
            assertThat(SafeNames.fileName(" .jpg")).isEqualTo("file.jpg");
            assertThat(SafeNames.fileName("...")).isEqualTo("file");
            assertThat(SafeNames.fileName("")).isEqualTo("file");
            assertThat(SafeNames.fileName(null)).isEqualTo("file");
        }

        @Test
        void trailingDotsAndSpacesGoBeforeTheExtensionIsFound() {
            assertThat(SafeNames.fileName("photo.jpg. ")).isEqualTo("photo.jpg");
            assertThat(SafeNames.fileName("photo .jpg")).isEqualTo("photo.jpg");
        }

        @Test
        void anExtensionLeftAtTheEndOfACutNameIsTreatedAsOne() {
            // "ư" is no plain extension, so the whole name is cut to 200 bytes, leaving "..jpg" or " .jpg" at the end
            assertThat(SafeNames.fileName("x".repeat(195) + "..jpgư")).isEqualTo("x".repeat(195) + ".jpg");
            assertThat(SafeNames.fileName("x".repeat(194) + " .jpgư")).isEqualTo("x".repeat(194) + ".jpg");
        }

        @Test
        void deviceNamesWithExtensions() {
            assertThat(SafeNames.fileName("con.txt")).isEqualTo("con_.txt");
            assertThat(SafeNames.fileName("LPT9.jpg")).isEqualTo("LPT9_.jpg");
            assertThat(SafeNames.fileName("CON")).isEqualTo("CON_");
        }

        @Test
        void longVietnameseFileNameKeepsItsExtension() {
            String name = VIETNAMESE.repeat(20).substring(0, 300) + ".jpeg";
            String safe = SafeNames.fileName(name);
            assertFitsAndIsWhole(safe);
            assertThat(safe).endsWith(".jpeg");
            assertThat(name).startsWith(safe.substring(0, safe.length() - ".jpeg".length()));
        }

        @Test
        void longChineseFileNameKeepsItsExtension() {
            String name = CHINESE.repeat(25).substring(0, 300) + ".pdf";
            String safe = SafeNames.fileName(name);
            assertFitsAndIsWhole(safe);
            assertThat(safe).endsWith(".pdf");
            assertThat(name).startsWith(safe.substring(0, safe.length() - ".pdf".length()));
        }

        @ParameterizedTest
        @ValueSource(strings = {".05", ".2", ".final version", ".verylongextension", ".jpg!"})
        void onlyShortPlainSuffixesAreExtensions(String suffix) {
            String name = "Đơn " + "x".repeat(300) + suffix;
            String safe = SafeNames.fileName(name);
            assertThat(safe.getBytes(StandardCharsets.UTF_8)).hasSize(SafeNames.MAX_BYTES);
            assertThat(safe).doesNotEndWith(suffix);
            assertThat(name).startsWith(safe);
        }
    }

    @Nested
    class CollisionNumbers {

        @Test
        void goBeforeTheExtension() {
            assertThat(SafeNames.withCollisionNumber("name.jpg", 2)).isEqualTo("name (2).jpg");
            assertThat(SafeNames.withCollisionNumber("archive.tar.gz", 12)).isEqualTo("archive.tar (12).gz");
        }

        @Test
        void goAtTheEndOfAFolderName() {
            assertThat(SafeNames.withCollisionNumber("folder", 2)).isEqualTo("folder (2)");
            assertThat(SafeNames.withCollisionNumber("Đơn 2026.05", 3)).isEqualTo("Đơn 2026.05 (3)");
        }

        @Test
        void keepTheNameWithinTheBudgetPlusTheNumber() {
            String longName = SafeNames.fileName(CHINESE.repeat(30) + ".jpg");
            String numbered = SafeNames.withCollisionNumber(longName, Integer.MAX_VALUE);
            assertThat(numbered).endsWith(" (2147483647).jpg");
            assertThat(numbered.getBytes(StandardCharsets.UTF_8).length)
                    .isLessThanOrEqualTo(SafeNames.MAX_BYTES + " (2147483647)".length());
            assertThat(SafeNames.isSafeSegment(numbered)).isTrue();
        }

        @Test
        void startAtTwo() {
            assertThatThrownBy(() -> SafeNames.withCollisionNumber("a.jpg", 1))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class SafetyCheck {

        @ParameterizedTest
        @ValueSource(strings = {"a", "Xưởng Đồ Gia Dụng", "义乌市佳美日用品有限公司", "name (2).jpg", "CON_", "a b",
                "x__y", "#1 – ¥3,700"})
        void acceptsNamesThatCouldHaveBeenMade(String name) {
            assertThat(SafeNames.isSafeSegment(name)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"", ".", "..", " a", "a ", "a.", ".a", "a/b", "a\\b", "a:b", "a*b", "a?b",
                "a\"b", "a<b", "a>b", "a|b", "a\tb", "a\nb", "a\u0000b", "a\u007Fb", "a\u00A0b", "a\u202Eb",
                "CON", "con.txt", "LPT9.jpg", "com1"})
        void refusesNamesThatAreNotSafe(String name) {
            assertThat(SafeNames.isSafeSegment(name)).isFalse();
        }

        @Test
        void refusesDecomposedNames() {
            assertThat(SafeNames.isSafeSegment(Normalizer.normalize(VIETNAMESE, Normalizer.Form.NFD))).isFalse();
        }

        @Test
        void refusesLoneSurrogates() {
            assertThat(SafeNames.isSafeSegment("a\uD83Db")).isFalse();
        }

        @Test
        void refusesNamesOverTheSystemLimit() {
            assertThat(SafeNames.isSafeSegment("a".repeat(255))).isTrue();
            assertThat(SafeNames.isSafeSegment("a".repeat(256))).isFalse();
            assertThat(SafeNames.isSafeSegment("义".repeat(85))).isTrue();
            assertThat(SafeNames.isSafeSegment("义".repeat(86))).isFalse();
        }

        @Test
        void refusesNothing() {
            assertThat(SafeNames.isSafeSegment(null)).isFalse();
        }
    }

    private static void assertFitsAndIsWhole(String safe) {
        assertThat(safe.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(SafeNames.MAX_BYTES);
        assertThat(Normalizer.isNormalized(safe, Normalizer.Form.NFC)).isTrue();
        assertThat(new String(safe.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(safe);
        assertThat(safe).doesNotContain("\uFFFD");
        assertThat(SafeNames.isSafeSegment(safe)).isTrue();
    }
}
