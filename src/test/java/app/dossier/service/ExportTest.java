package app.dossier.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dossier.domain.DossierException;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Factory;
import app.dossier.domain.Order;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One order's case file exported as a BagIt bag that any archive can check, and checked by Dossier. */
class ExportTest {
    private static final String PHOTO = "Ảnh hàng lỗi 质量问题.jpg";

    @TempDir
    Path temp;

    private Workspace workspace;
    private Order order;

    @BeforeEach
    void order() throws Exception {
        workspace = new Workspace(temp.resolve("w"));
        Factory factory = workspace.factory("义乌市佳美日用品有限公司");
        order = workspace.order(factory, "2837461920384756123", LocalDate.of(2026, 9, 2), 200, "18.50");
        // given as macOS writes names (NFD): Dossier keeps them NFC
        attach(EvidenceCategory.RECEIVING, workspace.photo(Normalizer.normalize(PHOTO, Normalizer.Form.NFD), 1));
        attach(EvidenceCategory.PAYMENT, workspace.photo("50% cọc.png", 2));
        attach(EvidenceCategory.AGREEMENT, workspace.textFile("chat.txt", "李丽: 可以，18.5元/套\n"));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private void attach(EvidenceCategory category, Path file) {
        workspace.services().evidence().attach(order.id(), category, List.of(EvidenceInput.of(file)), ProgressListener.NONE);
    }

    private ExportReport export(Path out, boolean zip) {
        return workspace.services().export().export(order.id(), out, zip, "Công ty TNHH Minh An", ProgressListener.NONE);
    }

    private static BagReport check(Path bag) {
        return ExportService.checkBag(bag, ProgressListener.NONE);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void aFolderBagHoldsTheOrderFolderWithEveryChecksum() throws Exception {
        Path bag = temp.resolve("archive/2026-09-02 2837461920384756123");
        ExportReport report = export(bag, false);

        assertThat(report.bag()).isEqualTo(bag);
        assertThat(report.files()).isEqualTo(5); // three files, case.json and history.jsonl
        assertThat(report.unrecordedFiles()).isZero();
        assertThat(Files.readString(bag.resolve("bagit.txt")))
                .isEqualTo("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
        Path orderFolder = workspace.root().resolve(order.folder());
        assertThat(Snapshot.tree(bag.resolve("data"))).isEqualTo(Snapshot.tree(orderFolder));
        assertThat(bag.resolve("data/Order and confirmation")).isEmptyDirectory();

        String info = Files.readString(bag.resolve("bag-info.txt"));
        long octets = Files.size(orderFolder.resolve("case.json")) + Files.size(orderFolder.resolve("history.jsonl"));
        for (EvidenceCategory c : EvidenceCategory.values()) {
            try (Stream<Path> files = Files.list(orderFolder.resolve(c.folderName()))) {
                for (Path f : files.toList()) {
                    octets += Files.size(f);
                }
            }
        }
        assertThat(info).contains("Source-Organization: Công ty TNHH Minh An\n", "Bagging-Date: 2026-11-26\n",
                "External-Identifier: 2837461920384756123\n", "Payload-Oxum: " + octets + ".5\n");

        List<String> manifest = Files.readAllLines(bag.resolve("manifest-sha256.txt"));
        byte[] caseJson = Files.readAllBytes(orderFolder.resolve("case.json"));
        assertThat(manifest).contains(sha256(caseJson) + "  data/case.json")
                .anyMatch(line -> line.endsWith("  data/Payments/50%25 cọc.png"))
                .anyMatch(line -> line.endsWith("  data/Receiving and QC/" + PHOTO));
        assertThat(Files.readAllLines(bag.resolve("tagmanifest-sha256.txt")))
                .extracting(line -> line.substring(66))
                .containsExactlyInAnyOrder("bagit.txt", "bag-info.txt", "manifest-sha256.txt");
        assertThat(check(bag).problems()).isEmpty();
        assertThat(check(bag).valid()).isTrue();
    }

    @Test
    void aZipBagHoldsOneFolderWithNamesInNfc() throws Exception {
        Path zip = temp.resolve("archive/order.zip");
        export(zip, true);
        try (ZipFile file = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            List<String> names = Collections.list(file.entries()).stream().map(ZipEntry::getName).toList();
            assertThat(names).allMatch(n -> n.startsWith("order/"))
                    .contains("order/bagit.txt", "order/data/case.json", "order/data/Receiving and QC/" + PHOTO,
                            "order/data/Order and confirmation/")
                    .allMatch(n -> Normalizer.isNormalized(n, Normalizer.Form.NFC));
        }
        assertThat(check(zip).valid()).isTrue();
        try (Stream<Path> left = Files.list(zip.getParent())) {
            assertThat(left).containsExactly(zip);
        }
    }

    @Test
    void anOrderWithoutANumberIsIdentifiedByItsId() throws Exception {
        Factory factory = workspace.services().factories().find("义乌");
        Order offPlatform = workspace.order(factory, null, LocalDate.of(2026, 10, 1), 50, "9.00");
        Path bag = temp.resolve("no-number");
        workspace.services().export().export(offPlatform.id(), bag, false, null, ProgressListener.NONE);
        assertThat(Files.readString(bag.resolve("bag-info.txt")))
                .contains("External-Identifier: " + offPlatform.id() + "\n")
                .doesNotContain("Source-Organization");
        assertThat(check(bag).valid()).isTrue();
    }

    @Test
    void aChangedAMissingAndAnExtraFileAreEachReported() throws Exception {
        Path bag = temp.resolve("bag");
        export(bag, false);
        Path photo = bag.resolve("data/Receiving and QC/" + PHOTO);
        byte[] bytes = Files.readAllBytes(photo);
        bytes[bytes.length / 2] ^= 1;
        Files.write(photo, bytes);
        assertThat(check(bag).problems()).containsExactly(
                "CHANGED data/Receiving and QC/" + PHOTO + " (SHA-256 differs from manifest-sha256.txt)");

        Files.delete(bag.resolve("data/Payments/50% cọc.png"));
        Files.writeString(bag.resolve("data/Payments/thêm.txt"), "added later");
        List<String> problems = check(bag).problems();
        assertThat(problems).hasSize(4)
                .contains("MISSING data/Payments/50%25 cọc.png (listed in manifest-sha256.txt, not in the bag)",
                        "EXTRA data/Payments/thêm.txt (not listed in manifest-sha256.txt)")
                .anyMatch(line -> line.startsWith("OXUM bag-info.txt (Payload-Oxum says "))
                .anyMatch(line -> line.startsWith("CHANGED data/Receiving and QC/"));
        assertThat(check(bag).valid()).isFalse();
    }

    @Test
    void aChangedTagFileIsReported() throws Exception {
        Path bag = temp.resolve("bag");
        export(bag, false);
        Files.writeString(bag.resolve("bag-info.txt"), "External-Identifier: something else\n",
                java.nio.file.StandardOpenOption.APPEND);
        assertThat(check(bag).problems()).containsExactly(
                "CHANGED bag-info.txt (SHA-256 differs from tagmanifest-sha256.txt)");
    }

    @Test
    void aZipBagDamagedInsideIsReported() throws Exception {
        Path zip = temp.resolve("order.zip");
        export(zip, true);
        Path damaged = BackupRestoreTest.rewrite(zip, temp.resolve("damaged.zip"), (name, bytes) -> {
            if (name.endsWith("chat.txt")) {
                bytes[0] ^= 1;
            }
            return name.endsWith(".png") ? null : bytes;
        });
        assertThat(check(damaged).problems()).hasSize(3)
                .contains("CHANGED data/Chat and agreements/chat.txt (SHA-256 differs from manifest-sha256.txt)",
                        "MISSING data/Payments/50%25 cọc.png (listed in manifest-sha256.txt, not in the bag)")
                .anyMatch(line -> line.startsWith("OXUM "));
    }

    @Test
    void namesWrittenTheMacWayStillMatchTheManifest() throws Exception {
        Path bag = temp.resolve("bag");
        export(bag, false);
        Path nfc = bag.resolve("data/Receiving and QC/" + PHOTO);
        Files.move(nfc, nfc.resolveSibling(Normalizer.normalize(PHOTO, Normalizer.Form.NFD)));
        assertThat(check(bag).problems()).isEmpty();
    }

    @Test
    void aFileChangedBehindDossiersBackIsNotArchived() throws Exception {
        Path recorded = workspace.root().resolve(order.folder()).resolve("Chat and agreements/chat.txt");
        Files.writeString(recorded, "edited later");
        Path out = temp.resolve("archive/bag");
        assertThatThrownBy(() -> export(out, false))
                .isInstanceOf(DossierException.class)
                .hasMessageContaining("Chat and agreements/chat.txt")
                .hasMessageContaining("Nothing was exported");
        assertThat(out).doesNotExist();
        try (Stream<Path> left = Files.list(out.getParent())) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aFileTheUserPutInTheFolderIsExportedAndCounted() throws Exception {
        Files.writeString(workspace.root().resolve(order.folder()).resolve("Receiving and QC/ghi chú.txt"), "tự thêm");
        ExportReport report = export(temp.resolve("bag"), false);
        assertThat(report.unrecordedFiles()).isEqualTo(1);
        assertThat(temp.resolve("bag/data/Receiving and QC/ghi chú.txt")).hasContent("tự thêm");
    }

    @Test
    void anExistingPathIsNeverWrittenOver() throws Exception {
        Path existing = Files.createDirectories(temp.resolve("bag"));
        Files.writeString(existing.resolve("mine.txt"), "mine");
        assertThatThrownBy(() -> export(existing, false)).hasMessageContaining("already exists");
        assertThat(existing.resolve("mine.txt")).hasContent("mine");
    }

    @Test
    void somethingThatIsNotABagIsSaidToBeNone() {
        assertThatThrownBy(() -> check(temp))
                .isInstanceOf(DossierException.class)
                .hasMessageContaining("not a BagIt bag");
    }
}
