package app.dossier.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.Evidence;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Factory;
import app.dossier.domain.Order;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file's caption is corrected and cleared; Vietnamese with every diacritic and Chinese come back as typed. */
class CaptionEditTest {
    static final String CAPTION = "Thùng bị móp méo, 3 chiếc vỡ — 纸箱压坏";

    @TempDir
    Path temp;

    private Workspace workspace;
    private Order order;
    private Evidence photo;

    @BeforeEach
    void attached() throws Exception {
        workspace = new Workspace(temp);
        Factory factory = workspace.factory("义乌市佳美日用品有限公司");
        order = workspace.order(factory, "2837461920384756123", LocalDate.of(2026, 9, 2), 200, "18.50");
        photo = workspace.services().evidence().attach(order.id(), EvidenceCategory.RECEIVING,
                List.of(new EvidenceInput(workspace.photo("carton.jpg", 5), "Pallet", null)), ProgressListener.NONE)
                .added().get(0);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private String caseJson() throws Exception {
        return Files.readString(workspace.root().resolve(order.folder()).resolve("case.json"));
    }

    private Evidence read() {
        return workspace.services().evidence().ofOrder(order.id()).get(0);
    }

    @Test
    void aCaptionIsCorrectedAndClearedInTheRowAndInCaseJson() throws Exception {
        // typed on a Mac the accents come decomposed; they are kept composed, as every other text
        String decomposed = Normalizer.normalize(CAPTION, Normalizer.Form.NFD);

        workspace.services().evidence().setCaption(photo.id(), decomposed);

        assertThat(read().caption()).isEqualTo(CAPTION);
        assertThat(caseJson()).contains("\"caption\": \"" + CAPTION + "\"");
        assertThat(workspace.services().search().search("mop meo")).extracting(SearchHit::evidenceId).contains(photo.id());
        assertThat(workspace.services().verify().verify(ProgressListener.NONE).problems()).isEmpty();

        workspace.services().evidence().setCaption(photo.id(), null);

        assertThat(read().caption()).isNull();
        assertThat(caseJson()).doesNotContain(CAPTION).doesNotContain("Pallet");
        assertThat(workspace.services().verify().verify(ProgressListener.NONE).problems()).isEmpty();

        workspace.services().evidence().setCaption(photo.id(), "   ");
        assertThat(read().caption()).as("blank is no caption").isNull();
    }
}
