package app.dossier.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bags made by hand, as other tools write them, read the way RFC 8493 says: tag files in the
 * encoding bagit.txt declares, manifest paths with "./" or percent-encoded CR, LF and %, fetch.txt,
 * a byte-order mark in bagit.txt, tag manifests.
 */
class BagRfcTest {
    @TempDir
    Path temp;

    private static final String A = "đơn hàng 2837461920384756123";
    private static final String B = "biên lai";

    /** A bag folder: bagit.txt declaring {@code encoding}, data/a.txt and data/b.txt, and their manifest in {@code encoding}. */
    private Path bag(String name, Charset encoding, String manifestA, String manifestB) throws Exception {
        Path bag = Files.createDirectories(temp.resolve(name));
        Files.createDirectories(bag.resolve("data"));
        Files.writeString(bag.resolve("data/a.txt"), A, StandardCharsets.UTF_8);
        Files.writeString(bag.resolve("data/b.txt"), B, StandardCharsets.UTF_8);
        Files.writeString(bag.resolve("bagit.txt"), "BagIt-Version: 1.0\nTag-File-Character-Encoding: " + encoding.name()
                + "\n", StandardCharsets.UTF_8);
        Files.writeString(bag.resolve("manifest-sha256.txt"), sha256(A) + "  " + manifestA + "\n" + sha256(B) + "  "
                + manifestB + "\n", encoding);
        return bag;
    }

    private static String sha256(String text) throws Exception {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static List<String> problems(Path bag) {
        try (Bag opened = Bag.open(bag)) {
            return opened.check(Bag.Progress.NONE).stream().map(BagProblem::line).toList();
        }
    }

    @Test
    void tagFilesAreReadInTheEncodingBagItTxtDeclares() throws Exception {
        Charset latin1 = StandardCharsets.ISO_8859_1;
        Path bag = bag("latin1", latin1, "data/a.txt", "data/b.txt");
        Files.createDirectories(bag.resolve("data/Reçus"));
        Files.writeString(bag.resolve("data/Reçus/café.txt"), B, StandardCharsets.UTF_8);
        Files.writeString(bag.resolve("manifest-sha256.txt"), sha256(B) + "  data/Reçus/café.txt\n", latin1,
                java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(bag.resolve("bag-info.txt"), "Source-Organization: Société Générale d'Import\n", latin1);

        assertThat(problems(bag)).isEmpty();
        try (Bag opened = Bag.open(bag)) {
            assertThat(opened.info()).containsEntry("Source-Organization", "Société Générale d'Import");
            assertThat(opened.manifest("sha256")).containsKey("data/Reçus/café.txt");
        }

        Path utf16 = bag("utf16", StandardCharsets.UTF_16, "data/a.txt", "data/b.txt");
        assertThat(problems(utf16)).isEmpty();
    }

    @Test
    void anEncodingNoOneKnowsIsNamed() throws Exception {
        Path bag = bag("unknown", StandardCharsets.UTF_8, "data/a.txt", "data/b.txt");
        Files.writeString(bag.resolve("bagit.txt"), "BagIt-Version: 1.0\nTag-File-Character-Encoding: X-KLINGON-8\n");

        assertThat(problems(bag)).anySatisfy(line -> assertThat(line)
                .startsWith("INVALID bagit.txt").contains("“X-KLINGON-8” is not an encoding"));
    }

    @Test
    void manifestPathsWrittenWithDotSlashNameTheSameFiles() throws Exception {
        assertThat(problems(bag("dot-slash", StandardCharsets.UTF_8, "./data/a.txt", "./data/b.txt"))).isEmpty();
        assertThat(problems(bag("dot-inside", StandardCharsets.UTF_8, "data/./a.txt", "data/b.txt")))
                .anySatisfy(line -> assertThat(line).startsWith("UNSAFE data/./a.txt"));
    }

    @Test
    void percentEncodedLineBreaksAndPercentSignsDecode() throws Exception {
        Path bag = bag("percent", StandardCharsets.UTF_8, "data/a.txt", "data/b.txt");
        Files.writeString(bag.resolve("data/50% cọc.txt"), A);
        Files.writeString(bag.resolve("manifest-sha256.txt"), sha256(A) + "  data/50%25 c%E1%BB%8Dc.txt\n",
                java.nio.file.StandardOpenOption.APPEND);
        // only CR, LF and % are encoded; %E1… stays as written, so that name is a file the bag does not have
        assertThat(problems(bag)).containsExactlyInAnyOrder(
                "MISSING data/50%25 c%25E1%25BB%258Dc.txt (listed in manifest-sha256.txt, not in the bag)",
                "EXTRA data/50%25 cọc.txt (not listed in manifest-sha256.txt)");

        Files.writeString(bag.resolve("manifest-sha256.txt"), sha256(A) + "  data/a.txt\n" + sha256(B) + "  data/b.txt\n"
                + sha256(A) + "  data/50%25 cọc.txt\n");
        assertThat(problems(bag)).isEmpty();
    }

    @Test
    void fetchTxtEntriesThatPointOutsideThePayloadAreRefused() throws Exception {
        Path bag = bag("fetch", StandardCharsets.UTF_8, "data/a.txt", "data/b.txt");
        Files.writeString(bag.resolve("fetch.txt"), "https://example.com/x 5 ../../etc/passwd\n"
                + "https://example.com/y - /home/user/.ssh/id_rsa\n"
                + "https://example.com/z 12 bagit.txt\n");

        assertThat(problems(bag)).containsExactlyInAnyOrder(
                "UNSAFE ../../etc/passwd (listed in fetch.txt with a “..” part, which could point outside the bag)",
                "UNSAFE /home/user/.ssh/id_rsa (listed in fetch.txt with an absolute path)",
                "UNSAFE bagit.txt (listed in fetch.txt outside data/, where only the payload may be fetched to)");
    }

    @Test
    void aFileStillToBeFetchedLeavesTheBagIncompleteOnce() throws Exception {
        Path bag = bag("to-fetch", StandardCharsets.UTF_8, "data/a.txt", "data/b.txt");
        Files.delete(bag.resolve("data/b.txt"));
        Files.writeString(bag.resolve("fetch.txt"), "https://example.com/b.txt 10 data/b.txt\n");

        assertThat(problems(bag)).containsExactly("MISSING data/b.txt (to be downloaded from https://example.com/b.txt"
                + " (fetch.txt); Dossier downloads nothing, so the bag is not complete)");
    }

    @Test
    void aByteOrderMarkInBagItTxtIsRefusedAsTheRfcSays() throws Exception {
        Path bag = bag("bom", StandardCharsets.UTF_8, "data/a.txt", "data/b.txt");
        byte[] text = Files.readAllBytes(bag.resolve("bagit.txt"));
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Files.write(bag.resolve("bagit.txt"), withBom);

        assertThat(problems(bag)).containsExactly("INVALID bagit.txt (it starts with a byte-order mark, which RFC 8493"
                + " (2.1.1) forbids in bagit.txt; save it again as UTF-8 without BOM)");
    }

    @Test
    void tagManifestsAreCheckedInTheDeclaredEncodingAndNeverPointOutside() throws Exception {
        Charset latin1 = StandardCharsets.ISO_8859_1;
        Path bag = bag("tags", latin1, "data/a.txt", "data/b.txt");
        Files.writeString(bag.resolve("bag-info.txt"), "Contact-Name: Hélène\n", latin1);
        byte[] info = Files.readAllBytes(bag.resolve("bag-info.txt"));
        byte[] manifest = Files.readAllBytes(bag.resolve("manifest-sha256.txt"));
        Files.writeString(bag.resolve("tagmanifest-sha256.txt"), sha256(info) + "  ./bag-info.txt\n" + sha256(manifest)
                + "  manifest-sha256.txt\n", latin1);
        assertThat(problems(bag)).isEmpty();

        Files.writeString(bag.resolve("bag-info.txt"), "Contact-Name: Helene\n", latin1);
        Files.writeString(bag.resolve("tagmanifest-sha256.txt"), "0000  ../outside.txt\n", latin1,
                java.nio.file.StandardOpenOption.APPEND);
        assertThat(problems(bag)).containsExactlyInAnyOrder(
                "CHANGED bag-info.txt (SHA-256 differs from tagmanifest-sha256.txt)",
                "UNSAFE ../outside.txt (listed in tagmanifest-sha256.txt with a “..” part, which could point outside"
                        + " the bag)");
    }
}
