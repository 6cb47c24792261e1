package app.dossier.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.Evidence;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Factory;
import app.dossier.domain.Order;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Attaching files: copied in, never moved or overwritten, recognised when repeated, refused when broken. */
class AttachTest {
    @TempDir
    Path temp;

    private Workspace workspace;
    private Order order;

    @BeforeEach
    void order() {
        workspace = new Workspace(temp);
        Factory factory = workspace.factory("义乌市佳美日用品有限公司");
        order = workspace.order(factory, "2837461920384756123", LocalDate.of(2026, 9, 2), 200, "18.50");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private AttachReport attach(EvidenceCategory category, Path... files) {
        return workspace.services().evidence().attach(order.id(), category,
                Arrays.stream(files).map(EvidenceInput::of).toList(), ProgressListener.NONE);
    }

    private Path folder(EvidenceCategory category) {
        return workspace.root().resolve(order.folder()).resolve(category.folderName());
    }

    @Test
    void aFileIsCopiedInAndTheOriginalIsLeftAlone() throws Exception {
        Path original = workspace.photo("pallet.jpg", 1);
        byte[] bytes = Files.readAllBytes(original);
        FileTime modified = Files.getLastModifiedTime(original);

        AttachReport report = attach(EvidenceCategory.RECEIVING, original);

        assertThat(report.added()).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo("Receiving and QC/pallet.jpg");
            assertThat(e.mediaType()).isEqualTo("image/jpeg");
            assertThat(e.size()).isEqualTo(bytes.length);
            assertThat(e.sha256()).hasSize(64);
        });
        assertThat(folder(EvidenceCategory.RECEIVING).resolve("pallet.jpg")).hasBinaryContent(bytes);
        assertThat(original).exists().hasBinaryContent(bytes);
        assertThat(Files.getLastModifiedTime(original)).isEqualTo(modified);
        assertThat(Files.readString(workspace.root().resolve(order.folder()).resolve("case.json")))
                .contains(report.added().get(0).sha256(), "Receiving and QC/pallet.jpg");
    }

    @Test
    void theSameContentTwiceIsRecognisedAndStoredOnce() throws Exception {
        Path first = workspace.photo("pallet.jpg", 1);
        Path copy = Files.copy(first, workspace.outside().resolve("IMG_0001.jpg"));
        attach(EvidenceCategory.RECEIVING, first);

        AttachReport again = attach(EvidenceCategory.AGREEMENT, copy);

        assertThat(again.added()).isEmpty();
        assertThat(again.duplicates()).singleElement()
                .satisfies(d -> assertThat(d.existing().file()).isEqualTo("Receiving and QC/pallet.jpg"));
        assertThat(workspace.services().evidence().ofOrder(order.id())).hasSize(1);
        assertThat(folder(EvidenceCategory.AGREEMENT)).isEmptyDirectory();
    }

    @Test
    void aSecondFileWithTheSameNameIsNumberedNeverOverwritten() throws Exception {
        Path one = workspace.photo("a/pallet.jpg", 1);
        Path two = workspace.photo("b/pallet.jpg", 2);
        Path three = workspace.photo("c/PALLET.jpg", 3);
        attach(EvidenceCategory.RECEIVING, one, two, three);

        assertThat(workspace.services().evidence().ofOrder(order.id())).extracting(Evidence::fileName)
                .containsExactlyInAnyOrder("pallet.jpg", "pallet (2).jpg", "PALLET (3).jpg");
        assertThat(folder(EvidenceCategory.RECEIVING).resolve("pallet.jpg")).hasSameBinaryContentAs(one);
        assertThat(folder(EvidenceCategory.RECEIVING).resolve("pallet (2).jpg")).hasSameBinaryContentAs(two);
    }

    @Test
    void vietnameseAndChineseNamesAreKeptInNfcAndUnsafeCharactersReplaced() throws Exception {
        String decomposed = Normalizer.normalize("thùng móp đơn hàng.jpg", Normalizer.Form.NFD);
        Path vietnamese = workspace.photo(decomposed, 1);
        Path chinese = workspace.photo("样品确认.png", 2);
        Path unsafe = workspace.textFile("a:b*c?.txt", "x");
        attach(EvidenceCategory.AGREEMENT, vietnamese, chinese, unsafe);

        assertThat(workspace.services().evidence().ofOrder(order.id())).extracting(Evidence::fileName)
                .containsExactlyInAnyOrder("thùng móp đơn hàng.jpg", "样品确认.png", "a_b_c_.txt");
        assertThat(workspace.services().verify().verify(ProgressListener.NONE).consistent()).isTrue();
    }

    @Test
    void anEmptyFileIsRefusedWithTheReasonAndNothingChanges() throws Exception {
        Path empty = Files.createFile(workspace.outside().resolve("empty.jpg"));
        Map<String, String> before = Snapshot.tree(workspace.root());

        AttachReport report = attach(EvidenceCategory.RECEIVING, empty);

        assertThat(report.refused()).singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("empty.jpg", "empty (0 bytes)"));
        assertThat(Snapshot.tree(workspace.root())).isEqualTo(before);
    }

    @Test
    void aFileNamedAsAPhotoThatIsNotOneIsRefused() throws Exception {
        Path fake = workspace.textFile("photo.jpg", "%PDF-1.7 not a photo");
        AttachReport report = attach(EvidenceCategory.RECEIVING, fake);
        assertThat(report.refused()).singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("not one", "it is a PDF"));
        assertThat(workspace.services().evidence().ofOrder(order.id())).isEmpty();
    }

    @Test
    void aCutOffPhotoIsRefused() throws Exception {
        Path photo = workspace.photo("whole.jpg", 1);
        byte[] bytes = Files.readAllBytes(photo);
        Path cut = Files.write(workspace.outside().resolve("cut.jpg"), Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(attach(EvidenceCategory.RECEIVING, cut).refused()).singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("cut off"));
    }

    @Test
    void aFileThatIsGoneIsRefusedAndTheOthersAreAttached() throws Exception {
        Path gone = workspace.outside().resolve("deleted.jpg");
        Path fine = workspace.photo("fine.jpg", 4);
        AttachReport report = attach(EvidenceCategory.RECEIVING, gone, fine);
        assertThat(report.refused()).singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("deleted.jpg", "no longer there"));
        assertThat(report.added()).extracting(Evidence::fileName).containsExactly("fine.jpg");
    }

    @Test
    void aFullDiskIsNamedInTheMessageAndNothingIsLeftBehind() throws Exception {
        Path photo = workspace.photo("pallet.jpg", 1);
        Map<String, String> before = Snapshot.tree(workspace.root());
        workspace.faults().failAtStep("place", new IOException("No space left on device"));

        AttachReport report = attach(EvidenceCategory.RECEIVING, photo);

        assertThat(report.refused()).singleElement().satisfies(r -> assertThat(r.reason())
                .contains("Could not attach “pallet.jpg”", "No space left on device", "Nothing was changed"));
        assertThat(Snapshot.tree(workspace.root())).isEqualTo(before);
    }

    @Test
    void aFolderIsAttachedWholeInNameOrderWithoutHiddenFiles() throws Exception {
        workspace.photo("arrival/2.jpg", 2);
        workspace.photo("arrival/1.jpg", 1);
        workspace.photo("arrival/details/3.jpg", 3);
        workspace.textFile("arrival/.DS_Store", "x");
        AttachReport report = attach(EvidenceCategory.RECEIVING, workspace.outside().resolve("arrival"));
        assertThat(report.added()).extracting(Evidence::fileName).containsExactly("1.jpg", "2.jpg", "3.jpg");
    }

    @Test
    void stoppingBeforeTheLastFileIsCopiedKeepsNothingOfTheBatch() throws Exception {
        List<EvidenceInput> inputs = List.of(EvidenceInput.of(workspace.photo("1.jpg", 1)),
                EvidenceInput.of(workspace.photo("2.jpg", 2)), EvidenceInput.of(workspace.photo("3.jpg", 3)));
        Map<String, String> before = Snapshot.tree(workspace.root());
        ProgressListener cancelAfterOne = new ProgressListener() {
            private long done;

            @Override
            public void progress(long done, long total, String message) {
                this.done = done;
            }

            @Override
            public boolean cancelled() {
                return done >= 1;
            }
        };
        AttachReport report = workspace.services().evidence().attach(order.id(), EvidenceCategory.RECEIVING, inputs,
                cancelAfterOne);
        assertThat(report.cancelled()).isTrue();
        assertThat(report.added()).isEmpty();
        assertThat(workspace.services().evidence().ofOrder(order.id())).isEmpty();
        assertThat(Snapshot.tree(workspace.root())).isEqualTo(before);
        assertThat(workspace.services().verify().verify(ProgressListener.NONE).consistent()).isTrue();
    }

    @Test
    void captionsAndCaptureTimesAreKept() throws Exception {
        LocalDateTime taken = LocalDateTime.of(2026, 10, 3, 9, 52);
        workspace.services().evidence().attach(order.id(), EvidenceCategory.RECEIVING,
                List.of(new EvidenceInput(workspace.photo("pallet.jpg", 1), "9 thùng trên pallet", taken)),
                ProgressListener.NONE);
        Evidence e = workspace.services().evidence().ofOrder(order.id()).get(0);
        assertThat(e.caption()).isEqualTo("9 thùng trên pallet");
        assertThat(e.capturedAt()).isEqualTo(taken);
        assertThat(e.addedAt()).isEqualTo(Workspace.CLOCK.instant());

        Evidence edited = workspace.services().evidence().setCaption(e.id(), "  9 thùng, nhãn 9/10  ");
        assertThat(edited.caption()).isEqualTo("9 thùng, nhãn 9/10");
        assertThat(workspace.services().verify().verify(ProgressListener.NONE).consistent()).isTrue();
    }

    @Test
    void aPhotoTakesItsCaptureTimeFromItsExifAndTheOriginalIsKeptWhole() throws Exception {
        Path sample = Path.of("sample-data/images/o1-defect-closeup.jpg");
        AttachReport report = attach(EvidenceCategory.RECEIVING, sample);
        Evidence e = report.added().get(0);
        assertThat(e.capturedAt()).isEqualTo(LocalDateTime.of(2026, 10, 3, 10, 31));
        assertThat(e.addedAt()).isEqualTo(Workspace.CLOCK.instant());
        assertThat(folder(EvidenceCategory.RECEIVING).resolve("o1-defect-closeup.jpg")).hasSameBinaryContentAs(sample);
    }

    @Test
    void aScreenshotWithoutExifHasNoCaptureTime() throws Exception {
        AttachReport report = attach(EvidenceCategory.AGREEMENT, workspace.photo("chat.png", 3));
        assertThat(report.added().get(0).capturedAt()).isNull();
        assertThat(workspace.services().evidence().orientation(report.added().get(0))).isEqualTo(1);
    }

    @Test
    void aPhotoTakenWithThePhoneUprightSaysItIsToBeTurned() throws Exception {
        Evidence closeUp = attach(EvidenceCategory.RECEIVING, Path.of("sample-data/images/o1-defect-closeup.jpg"))
                .added().get(0);
        Evidence pallet = attach(EvidenceCategory.RECEIVING, Path.of("sample-data/images/o1-pallet.jpg"))
                .added().get(0);
        assertThat(workspace.services().evidence().orientation(closeUp)).isEqualTo(6);
        assertThat(workspace.services().evidence().orientation(pallet)).isEqualTo(1);
    }

    @Test
    void aPhotoMissingForAWhileIsUprightAgainOnceItIsBack() throws Exception {
        Evidence closeUp = attach(EvidenceCategory.RECEIVING, Path.of("sample-data/images/o1-defect-closeup.jpg"))
                .added().get(0);
        Path stored = folder(EvidenceCategory.RECEIVING).resolve("o1-defect-closeup.jpg");
        Path aside = Files.move(stored, stored.resolveSibling("moved away.bin"));
        assertThat(workspace.services().evidence().orientation(closeUp)).as("while it is missing").isEqualTo(1);

        Files.move(aside, stored);
        assertThat(workspace.services().evidence().orientation(closeUp)).isEqualTo(6);
        Files.delete(stored);
        assertThat(workspace.services().evidence().orientation(closeUp)).as("read once, known since").isEqualTo(6);
    }
}
