package app.dossier.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.Evidence;
import app.dossier.domain.Order;
import app.dossier.service.Services;
import app.dossier.ui.ModelContext;
import app.dossier.ui.common.BackgroundTask;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Edit menu's model, in Vietnamese: what Undo and Redo would do, carrying them out, a step that no longer fits. */
class UndoModelTest {
    @TempDir
    Path temp;

    private ModelContext ui;
    private UndoModel model;
    private int reloaded;
    private Evidence photo;

    @BeforeEach
    void open() {
        ui = new ModelContext(temp, true, Locale.forLanguageTag("vi"));
        model = new UndoModel(ui.context(), () -> reloaded++);
        Order spatulas = services().orders().find("2837461920384756123");
        photo = services().evidence().ofOrder(spatulas.id()).stream()
                .filter(e -> e.fileName().endsWith(".jpg")).findFirst().orElseThrow();
    }

    @AfterEach
    void close() {
        ui.close();
    }

    private Services services() {
        return ui.workspace().services();
    }

    private void captioned(String caption) {
        // as the window changes things: one task on the runner, after which the menu reads the steps again
        BackgroundTask.wrap("", progress -> services().evidence().setCaption(photo.id(), caption))
                .executeWith(ui.context().runner());
    }

    @Test
    void undoAndRedoSayWhatTheyWouldDoAndDoIt() {
        captioned("Tay cầm bị nứt 手柄开裂");
        assertThat(model.undoTextProperty().get()).isEqualTo("Hoàn tác sửa chú thích");
        assertThat(model.canUndoProperty().get()).isTrue();
        assertThat(model.redoTextProperty().get()).isEqualTo("Làm lại");
        assertThat(model.canRedoProperty().get()).isFalse();

        model.undo();
        assertThat(services().evidence().find(photo.id()).orElseThrow().caption()).isEqualTo(photo.caption());
        assertThat(ui.navigator().said).contains("Đã hoàn tác: sửa chú thích.");
        assertThat(reloaded).isEqualTo(1);
        assertThat(model.redoTextProperty().get()).isEqualTo("Làm lại sửa chú thích");

        model.redo();
        assertThat(services().evidence().find(photo.id()).orElseThrow().caption()).isEqualTo("Tay cầm bị nứt 手柄开裂");
        assertThat(ui.navigator().said).contains("Đã làm lại: sửa chú thích.");
        assertThat(model.canRedoProperty().get()).isFalse();
    }

    @Test
    void aStepThatNoLongerFitsIsSaidInTheWindowsLanguageAndDropped() {
        // a photo of an order without a dispute, so that emptying the trash deletes it
        Evidence other = services().orders().list(null).stream()
                .filter(o -> services().orders().caseOf(o.order().id()).disputes().isEmpty())
                .flatMap(o -> services().evidence().ofOrder(o.order().id()).stream())
                .filter(e -> e.fileName().endsWith(".jpg")).findFirst().orElseThrow();
        BackgroundTask.wrap("", progress -> services().trash().remove(other.id())).executeWith(ui.context().runner());
        assertThat(services().trash().empty().deleted()).isEqualTo(1);
        model.refresh();
        assertThat(model.undoTextProperty().get()).isEqualTo("Hoàn tác bỏ tệp vào thùng rác");

        model.undo();
        assertThat(ui.navigator().warned).singleElement().asString()
                .startsWith("Tệp không còn trong thùng rác");
        assertThat(model.undoTextProperty().get()).isNotEqualTo("Hoàn tác bỏ tệp vào thùng rác");
    }
}
