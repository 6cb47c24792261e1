package app.dossier.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.Evidence;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Factory;
import app.dossier.domain.Order;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Verify names exactly the file that was deleted, changed or added behind the app's back. */
class VerifyTest {
    @TempDir
    Path temp;

    private Workspace workspace;
    private Order order;
    private List<Evidence> files;

    @BeforeEach
    void caseFileWithThreeFiles() throws Exception {
        workspace = new Workspace(temp);
        Factory factory = workspace.factory("义乌市佳美日用品有限公司");
        order = workspace.order(factory, "2837461920384756123", LocalDate.of(2026, 9, 2), 200, "18.50");
        workspace.services().evidence().attach(order.id(), EvidenceCategory.RECEIVING, List.of(
                EvidenceInput.of(workspace.photo("pallet.jpg", 1)),
                EvidenceInput.of(workspace.photo("thùng móp.jpg", 2)),
                EvidenceInput.of(workspace.textFile("count.txt", "180 / 200"))), ProgressListener.NONE);
        files = workspace.services().evidence().ofOrder(order.id());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private List<String> verifyLines() {
        return workspace.services().verify().verify(ProgressListener.NONE).problems().stream().map(Problem::line).toList();
    }

    private Path onDisk(Evidence e) {
        return workspace.services().evidence().pathOf(e);
    }

    private String relative(Evidence e) {
        return order.folder() + "/" + e.file();
    }

    @Test
    void aFreshCaseFileIsConsistent() {
        VerifyReport report = workspace.services().verify().verify(ProgressListener.NONE);
        assertThat(report.consistent()).isTrue();
        assertThat(report.filesChecked()).isEqualTo(3);
    }

    @Test
    void aDeletedFileIsReportedMissing() throws Exception {
        Files.delete(onDisk(files.get(1)));
        assertThat(verifyLines()).containsExactly("MISSING " + relative(files.get(1)));
    }

    @Test
    void aChangedFileIsReportedModifiedEvenWhenItsSizeIsTheSame() throws Exception {
        Evidence count = files.stream().filter(e -> e.file().endsWith("count.txt")).findFirst().orElseThrow();
        Files.writeString(onDisk(count), "170 / 200");
        assertThat(verifyLines()).containsExactly("MODIFIED " + relative(count));
    }

    @Test
    void anAddedFileIsReportedOrphan() throws Exception {
        Path added = workspace.root().resolve(order.folder()).resolve("Payments").resolve("bank slip.png");
        Files.write(added, new byte[] {1, 2, 3});
        assertThat(verifyLines()).containsExactly("ORPHAN " + order.folder() + "/Payments/bank slip.png");
    }

    @Test
    void anEditedCaseJsonIsReportedAsDrift() throws Exception {
        Path caseJson = workspace.root().resolve(order.folder()).resolve("case.json");
        Files.writeString(caseJson, Files.readString(caseJson).replace("\"quantity\": 200", "\"quantity\": 180"));
        assertThat(verifyLines()).containsExactly("DRIFT " + order.folder() + "/case.json");
    }

    @Test
    void reformattingCaseJsonIsNotDrift() throws Exception {
        Path caseJson = workspace.root().resolve(order.folder()).resolve("case.json");
        Files.writeString(caseJson, Files.readString(caseJson).replace("\n", "\r\n").replace("  ", "    "));
        assertThat(verifyLines()).isEmpty();
    }

    @Test
    void systemFilesAndUnfinishedCopiesAreNotOrphans() throws Exception {
        Path folder = workspace.root().resolve(order.folder()).resolve("Receiving and QC");
        Files.write(folder.resolve(".DS_Store"), new byte[] {0});
        Files.write(folder.resolve("Thumbs.db"), new byte[] {0});
        Files.write(folder.resolve(".dossier-123.part"), new byte[] {0});
        assertThat(verifyLines()).isEmpty();
    }

    @Test
    void verifyCanBeCancelledAndSaysSo() {
        ProgressListener cancelNow = new ProgressListener() {
            @Override
            public void progress(long done, long total, String message) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        VerifyReport report = workspace.services().verify().verify(cancelNow);
        assertThat(report.cancelled()).isTrue();
        assertThat(report.consistent()).isFalse();
    }
}
