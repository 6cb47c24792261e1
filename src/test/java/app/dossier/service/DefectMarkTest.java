package app.dossier.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dossier.domain.DefectRegion;
import app.dossier.domain.DossierException;
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

/** Marking the defect on a photo: kept in the row and in case.json together, cleared the same way, pictures only. */
class DefectMarkTest {
    @TempDir
    Path temp;

    private Workspace workspace;
    private Order order;
    private Evidence photo;

    @BeforeEach
    void photo() throws Exception {
        workspace = new Workspace(temp);
        Factory factory = workspace.factory("义乌市佳美日用品有限公司");
        order = workspace.order(factory, "2837461920384756123", LocalDate.of(2026, 9, 2), 200, "18.50");
        photo = workspace.services().evidence().attach(order.id(), EvidenceCategory.RECEIVING,
                List.of(EvidenceInput.of(workspace.photo("nứt cán.jpg", 3))), ProgressListener.NONE).added().get(0);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Path caseJson() {
        return workspace.root().resolve(order.folder()).resolve("case.json");
    }

    @Test
    void theMarkIsKeptWithTheFileAndInCaseJson() throws Exception {
        DefectRegion region = new DefectRegion(0.412, 0.3, 0.25, 0.18);
        Evidence marked = workspace.services().evidence().markDefect(photo.id(), region);

        assertThat(marked.defectRegion()).isEqualTo(region);
        assertThat(workspace.services().evidence().ofOrder(order.id())).singleElement()
                .satisfies(e -> assertThat(e.defectRegion()).isEqualTo(region));
        assertThat(Files.readString(caseJson())).contains("\"defectRegion\": {", "\"left\": 0.4120",
                "\"height\": 0.1800");
        assertThat(workspace.services().verify().verify(ProgressListener.NONE).consistent()).isTrue();
    }

    @Test
    void clearingTheMarkRemovesItFromBoth() throws Exception {
        workspace.services().evidence().markDefect(photo.id(), new DefectRegion(0.1, 0.1, 0.5, 0.5));
        Evidence cleared = workspace.services().evidence().markDefect(photo.id(), null);

        assertThat(cleared.defectRegion()).isNull();
        assertThat(workspace.services().evidence().ofOrder(order.id()).get(0).defectRegion()).isNull();
        assertThat(Files.readString(caseJson())).doesNotContain("defectRegion");
        assertThat(workspace.services().verify().verify(ProgressListener.NONE).consistent()).isTrue();
    }

    @Test
    void onlyAPictureCanBeMarked() throws Exception {
        Evidence notes = workspace.services().evidence().attach(order.id(), EvidenceCategory.RECEIVING,
                List.of(EvidenceInput.of(workspace.textFile("ghi chú.txt", "3 bộ nứt cán"))), ProgressListener.NONE)
                .added().get(0);
        byte[] before = Files.readAllBytes(caseJson());

        assertThatThrownBy(() -> workspace.services().evidence().markDefect(notes.id(),
                new DefectRegion(0.1, 0.1, 0.5, 0.5)))
                .isInstanceOf(DossierException.class).hasMessageContaining("ghi chú.txt");
        assertThat(Files.readAllBytes(caseJson())).isEqualTo(before);
    }

    @Test
    void theCommandLineAndTheServiceRefuseTheSameRegionsTheWindowDoes() {
        assertThat(EvidenceService.region(0.412, 0.3, 0.25, 0.18)).isEqualTo(new DefectRegion(0.412, 0.3, 0.25, 0.18));
        assertThatThrownBy(() -> EvidenceService.region(0.9, 0.3, 0.25, 0.18)).hasMessageContaining("outside the photo");
        assertThatThrownBy(() -> EvidenceService.region(0.1, 0.3, 0.001, 0.18)).hasMessageContaining("too small");
    }
}
