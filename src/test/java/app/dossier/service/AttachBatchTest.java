package app.dossier.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.Evidence;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Factory;
import app.dossier.domain.Order;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files of one attach (a folder, several files) are one change: one transaction, one rewrite of
 * case.json, one commit; a refused file is left out and the others kept; a failure keeps nothing.
 */
class AttachBatchTest {
    @TempDir
    Path temp;

    private Workspace workspace;
    private Order order;

    @BeforeEach
    void order() {
        workspace = new Workspace(temp);
        Factory factory = workspace.factory("义乌市佳美日用品有限公司");
        order = workspace.order(factory, "2837461920384756123", LocalDate.of(2026, 9, 2), 200, "18.50");
        workspace.faults().failAt(-1);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Path folderOf(int... seeds) throws IOException {
        for (int seed : seeds) {
            workspace.photo("arrival/" + seed + ".jpg", seed);
        }
        return workspace.outside().resolve("arrival");
    }

    private AttachReport attach(Path... files) {
        return workspace.services().evidence().attach(order.id(), EvidenceCategory.RECEIVING,
                Arrays.stream(files).map(EvidenceInput::of).toList(), ProgressListener.NONE);
    }

    private List<String> partFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(workspace.root())) {
            return walk.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".part")).toList();
        }
    }

    @Test
    void aFolderIsOneChangeWithOneRewriteOfCaseJson() throws Exception {
        AttachReport report = attach(folderOf(1, 2, 3, 4, 5));

        assertThat(report.added()).extracting(Evidence::fileName)
                .containsExactly("1.jpg", "2.jpg", "3.jpg", "4.jpg", "5.jpg");
        List<String> steps = workspace.faults().seen();
        assertThat(Collections.frequency(steps, "copy")).isEqualTo(5);
        assertThat(Collections.frequency(steps, "database")).isOne();
        assertThat(Collections.frequency(steps, "place")).isOne();
        assertThat(Collections.frequency(steps, "case.json")).isOne();
        assertThat(Collections.frequency(steps, "commit")).isOne();
        assertThat(workspace.services().evidence().ofOrder(order.id())).hasSize(5);
        assertThat(Files.readString(workspace.root().resolve(order.folder()).resolve("case.json")))
                .contains("Receiving and QC/1.jpg", "Receiving and QC/5.jpg");
        assertThat(workspace.services().verify().verify(ProgressListener.NONE).problems()).isEmpty();
        assertThat(workspace.location().pendingChanges()).isEmptyDirectory();
    }

    @Test
    void aCutOffPhotoIsRefusedAndTheOthersAreKept() throws Exception {
        Path folder = folderOf(1, 2, 3);
        byte[] bytes = Files.readAllBytes(folder.resolve("2.jpg"));
        Files.write(folder.resolve("2.jpg"), Arrays.copyOf(bytes, bytes.length / 2));

        AttachReport report = attach(folder);

        assertThat(report.added()).extracting(Evidence::fileName).containsExactly("1.jpg", "3.jpg");
        assertThat(report.refused()).singleElement().satisfies(r -> {
            assertThat(r.source()).isEqualTo(folder.resolve("2.jpg"));
            assertThat(r.reason()).contains("2.jpg", "cut off");
            assertThat(r.wording()).isPresent();
        });
        assertThat(Collections.frequency(workspace.faults().seen(), "commit")).isOne();
        assertThat(workspace.root().resolve(order.folder()).resolve("Receiving and QC/2.jpg")).doesNotExist();
        assertThat(partFiles()).isEmpty();
        assertThat(workspace.services().verify().verify(ProgressListener.NONE).problems()).isEmpty();
    }

    @Test
    void aFailureOfTheChangeMidBatchKeepsNothingAndSaysSo() throws Exception {
        Path folder = folderOf(1, 2, 3);
        Snapshot before = Snapshot.of(workspace);
        workspace.faults().failAtStep("place", new IOException("No space left on device"));

        AttachReport report = attach(folder);

        assertThat(report.added()).isEmpty();
        assertThat(report.refused()).hasSize(3).allSatisfy(r -> assertThat(r.reason())
                .contains("Could not attach the 3 files", "No space left on device", "Nothing was changed"));
        Snapshot after = Snapshot.of(workspace);
        assertThat(after.tree()).isEqualTo(before.tree());
        assertThat(after.rows()).isEqualTo(before.rows());
    }

    @Test
    void aFailureWhileTheSecondFileIsCopiedKeepsNothing() throws Exception {
        Path folder = folderOf(1, 2, 3);
        Snapshot before = Snapshot.of(workspace);
        workspace.faults().failAt(2); // folder, copy 1.jpg, then fails before copying 2.jpg

        AttachReport report = attach(folder);

        assertThat(report.added()).isEmpty();
        assertThat(report.refused()).hasSize(3);
        assertThat(Snapshot.of(workspace)).isEqualTo(before);
        assertThat(partFiles()).isEmpty();
    }

    @Test
    void contentTwiceInTheBatchOrAlreadyInTheOrderIsCopiedOnce() throws Exception {
        Path earlier = workspace.photo("earlier.jpg", 7);
        attach(earlier);
        Path folder = folderOf(1, 2);
        Files.copy(folder.resolve("1.jpg"), folder.resolve("1_again.jpg"));
        Files.copy(earlier, folder.resolve("7.jpg"));

        AttachReport report = attach(folder);

        assertThat(report.added()).extracting(Evidence::fileName).containsExactly("1.jpg", "2.jpg");
        assertThat(report.duplicates()).extracting(d -> d.source().getFileName().toString() + " → " + d.existing().file())
                .containsExactlyInAnyOrder("1_again.jpg → Receiving and QC/1.jpg", "7.jpg → Receiving and QC/earlier.jpg");
        try (Stream<Path> files = Files.list(workspace.root().resolve(order.folder()).resolve("Receiving and QC"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("earlier.jpg", "1.jpg", "2.jpg");
        }
        assertThat(workspace.services().verify().verify(ProgressListener.NONE).problems()).isEmpty();
    }

    @Test
    void filesOfTheSameNameInOneBatchAreNumbered() throws Exception {
        AttachReport report = attach(workspace.photo("a/IMG_0001.jpg", 1), workspace.photo("b/IMG_0001.jpg", 2),
                workspace.photo("c/img_0001.jpg", 3));
        assertThat(report.added()).extracting(Evidence::fileName)
                .containsExactly("IMG_0001.jpg", "IMG_0001 (2).jpg", "img_0001 (3).jpg");
        assertThat(workspace.services().verify().verify(ProgressListener.NONE).problems()).isEmpty();
    }

    @Test
    void progressIsToldForEachFile() throws Exception {
        List<String> told = new ArrayList<>();
        workspace.services().evidence().attach(order.id(), EvidenceCategory.RECEIVING,
                List.of(EvidenceInput.of(folderOf(1, 2, 3))), new ProgressListener() {
                    @Override
                    public void progress(long done, long total, String message) {
                        told.add(done + "/" + total + " " + message);
                    }

                    @Override
                    public boolean cancelled() {
                        return false;
                    }
                });
        assertThat(told).containsExactly("0/3 1.jpg", "1/3 1.jpg", "1/3 2.jpg", "2/3 2.jpg", "2/3 3.jpg", "3/3 3.jpg");
    }
}
