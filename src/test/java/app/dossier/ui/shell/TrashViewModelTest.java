package app.dossier.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.DisputeStatus;
import app.dossier.domain.Evidence;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Order;
import app.dossier.service.ProgressListener;
import app.dossier.service.Services;
import app.dossier.service.TrashedFile;
import app.dossier.ui.ModelContext;
import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trash dialog's model on the sample business: what is in the trash, putting a file back, emptying. */
class TrashViewModelTest {
    @TempDir
    Path temp;

    private ModelContext ui;
    private TrashViewModel model;
    private Order spatulas;
    private Evidence photo;

    @BeforeEach
    void open() {
        ui = new ModelContext(temp, true);
        model = new TrashViewModel(ui.context(), ZoneId.of("Asia/Ho_Chi_Minh"));
        spatulas = services().orders().find("2837461920384756123");
        photo = services().evidence().ofOrder(spatulas.id()).stream()
                .filter(e -> e.category() == EvidenceCategory.RECEIVING)
                .filter(e -> !e.fileName().contains("closeup")).findFirst().orElseThrow();
    }

    @AfterEach
    void close() {
        ui.close();
    }

    private Services services() {
        return ui.workspace().services();
    }

    @Test
    void aRemovedFileIsListedAndPutBackInItsOrder() {
        model.load();
        assertThat(model.rows()).isEmpty();
        assertThat(model.summaryProperty().get()).isEqualTo("The trash is empty.");
        assertThat(model.canPutBack().get()).isFalse();
        assertThat(model.canEmpty().get()).isFalse();

        TrashedFile trashed = services().trash().remove(photo.id());
        model.load();

        assertThat(model.rows()).singleElement().satisfies(row -> {
            assertThat(row.id()).isEqualTo(trashed.id());
            assertThat(row.fileName()).isEqualTo(photo.fileName());
            assertThat(row.order()).isEqualTo(spatulas.label());
            assertThat(row.category()).isEqualTo("Receiving and QC");
            assertThat(row.caption()).isEqualTo(photo.caption() == null ? "" : photo.caption());
            assertThat(row.removed()).isNotBlank();
        });
        assertThat(model.summaryProperty().get()).isEqualTo("One file in the trash");
        assertThat(model.canEmpty().get()).isTrue();
        assertThat(model.canPutBack().get()).isFalse();

        model.selectedProperty().set(model.rows().get(0));
        assertThat(model.canPutBack().get()).isTrue();
        model.putBack();

        assertThat(ui.navigator().warned).isEmpty();
        assertThat(services().evidence().ofOrder(spatulas.id())).extracting(Evidence::fileName)
                .contains(photo.fileName());
        assertThat(services().verify().verify(ProgressListener.NONE).problems()).isEmpty();
        assertThat(ui.navigator().went).contains("order " + spatulas.id());
        assertThat(ui.navigator().said).last().isEqualTo(
                "Put “" + photo.fileName() + "” back in order " + spatulas.label() + ".");
        assertThat(model.rows()).isEmpty();
        assertThat(model.selectedProperty().get()).isNull();
        assertThat(services().trash().list()).isEmpty();
    }

    @Test
    void aFileAlreadyPutBackElsewhereIsRefusedInWords() {
        services().trash().remove(photo.id());
        model.load();
        model.selectedProperty().set(model.rows().get(0));
        services().trash().restore(model.rows().get(0).id());

        model.putBack();

        assertThat(ui.navigator().warned).singleElement().asString().startsWith("Nothing in the trash has the id");
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void emptyingKeepsTheFilesOfAnOrderWithAnOpenDispute() {
        boolean open = services().disputes().ofOrder(spatulas.id()).stream()
                .anyMatch(d -> d.status() != DisputeStatus.CLOSED);
        if (!open) {
            services().disputes().open(spatulas.id(), "20 sets short");
        }
        services().trash().remove(photo.id());
        model.load();

        model.empty();

        assertThat(ui.navigator().warned).isEmpty();
        assertThat(ui.navigator().said).last().asString().startsWith("Nothing was deleted; kept 1");
        assertThat(model.rows()).extracting(TrashRow::fileName).containsExactly(photo.fileName());
        assertThat(services().trash().list()).hasSize(1);
    }
}
