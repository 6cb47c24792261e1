package app.dossier.service;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * A folder of photos copied from a phone or a shared drive brings the systems' own files along:
 * attaching leaves them out, and verify, meeting them in the case files, does not call them orphans.
 * One list for both, so what one leaves out the other never reports.
 */
class SystemFilesLeftOutTest {
    private static final List<String> SYSTEM_FILES = List.of(".DS_Store", "Thumbs.db", "ehthumbs.db", "desktop.ini",
            "._pallet.jpg", ".~lock.count.xlsx#", "$RECYCLE.BIN");

    @TempDir
    Path temp;

    private Workspace workspace;
    private Order order;

    @BeforeEach
    void anOrder() {
        workspace = new Workspace(temp);
        Factory factory = workspace.factory("义乌市佳美日用品有限公司");
        order = workspace.order(factory, "2837461920384756123", LocalDate.of(2026, 9, 2), 200, "18.50");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void attachingAFolderLeavesTheSystemsFilesOut() throws Exception {
        Path pallet = workspace.photo("from the phone/pallet.jpg", 1);
        Path folder = pallet.getParent();
        for (String name : SYSTEM_FILES) {
            Files.writeString(folder.resolve(name), "system");
        }

        workspace.services().evidence().attach(order.id(), EvidenceCategory.RECEIVING,
                List.of(EvidenceInput.of(folder)), ProgressListener.NONE);

        assertThat(workspace.services().evidence().ofOrder(order.id())).extracting(e -> e.fileName())
                .containsExactly("pallet.jpg");
    }

    @Test
    void verifyDoesNotCallThemOrphans() throws Exception {
        workspace.services().evidence().attach(order.id(), EvidenceCategory.RECEIVING,
                List.of(EvidenceInput.of(workspace.photo("pallet.jpg", 1))), ProgressListener.NONE);
        Path folder = workspace.root().resolve(order.folder()).resolve("Receiving and QC");
        for (String name : SYSTEM_FILES) {
            Files.writeString(folder.resolve(name), "system");
        }
        Files.writeString(folder.resolve("bank slip.png"), "not a system file");

        assertThat(workspace.services().verify().verify(ProgressListener.NONE).problems()).extracting(Problem::line)
                .containsExactly("ORPHAN " + order.folder() + "/Receiving and QC/bank slip.png");
    }
}
