package app.dossier.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** BagIt's rules for names in manifests, and paths that must never be unpacked. */
class BagTest {
    @TempDir
    Path temp;

    static Stream<String> names() {
        Random random = new Random(8493);
        String alphabet = "a%\r\n0AD.ảđ质 /";
        List<String> names = new ArrayList<>(List.of("%", "%25", "%0A", "a\r\nb", "100% cọc.png", "%%0D%"));
        for (int i = 0; i < 500; i++) {
            StringBuilder name = new StringBuilder();
            for (int n = random.nextInt(12); n >= 0; n--) {
                name.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            names.add(name.toString());
        }
        return names.stream();
    }

    @ParameterizedTest
    @MethodSource("names")
    void aManifestPathDecodesToTheNameItWasMadeFromAndStaysOnOneLine(String name) {
        String encoded = BagPaths.encode(name);
        assertThat(encoded).doesNotContain("\r", "\n");
        assertThat(BagPaths.decode(encoded)).isEqualTo(name);
    }

    @Test
    void onlyCrLfAndPercentAreEncoded() {
        assertThat(BagPaths.encode("data/Payments/50% cọc\n.png")).isEqualTo("data/Payments/50%25 cọc%0A.png");
        assertThat(BagPaths.decode("data/a%20b")).isEqualTo("data/a%20b");
    }

    @Test
    void pathsThatCouldLeaveTheFolderAreUnsafe() {
        for (String path : List.of("../x", "a/../../x", "/etc/passwd", "C:/Windows/x", "c:x", "a\\..\\x", "a//b", "./a",
                "")) {
            assertThat(BagPaths.unsafe(path)).as(path).isNotNull();
        }
        for (String path : List.of("data/a.jpg", "bag/data/Chat and agreements/", "data/..a", "data/a..", "data/Ảnh 质量.jpg")) {
            assertThat(BagPaths.unsafe(path)).as(path).isNull();
        }
    }

    @Test
    void aNameWithALineBreakIsWrittenEncodedAndStillChecks() throws Exception {
        assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "Windows allows no line break in a name");
        Path source = Files.writeString(temp.resolve("in"), "proof");
        Path target = temp.resolve("bag");
        try (BagWriter writer = BagWriter.toFolder(target)) {
            writer.addFile("Payments/100%\nreceipt.txt", source);
            writer.finish(Map.of("Bagging-Date", "2026-11-26"));
        }
        assertThat(Files.readString(target.resolve("manifest-sha256.txt"), StandardCharsets.UTF_8))
                .endsWith("  data/Payments/100%25%0Areceipt.txt\n");
        try (Bag bag = Bag.open(target)) {
            assertThat(bag.check(Bag.Progress.NONE)).isEmpty();
        }
    }

    @Test
    void anUnfinishedBagLeavesNothing() throws Exception {
        Path source = Files.writeString(temp.resolve("in"), "proof");
        Files.createDirectories(temp.resolve("out"));
        try (BagWriter writer = BagWriter.toZip(temp.resolve("out/bag.zip"))) {
            writer.addFile("a.txt", source);
        }
        try (Stream<Path> left = Files.list(temp.resolve("out"))) {
            assertThat(left).isEmpty();
        }
    }
}
