package app.dossier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.Evidence;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Order;
import app.dossier.service.ProgressListener;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * In Vietnamese: Tools › Trash… lists a file removed from an order; Put back returns it to the order,
 * which shows it again, and the status line says so. Writes target/screenshots/trash-vi.png.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class TrashWindowTest {
    @TempDir
    Path temp;

    private WindowFixture fixture;

    @AfterEach
    void close() throws Exception {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void aFileIsPutBackFromTheTrashDialog(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true);
        var services = fixture.workspace().services();
        services.settings().put("window.language", "vi");
        Order spatulas = services.orders().find("2837461920384756123");
        Evidence photo = services.evidence().ofOrder(spatulas.id()).stream()
                .filter(e -> e.category() == EvidenceCategory.RECEIVING)
                .filter(e -> !e.fileName().contains("closeup")).findFirst().orElseThrow();
        services.trash().remove(photo.id());
        fixture.open();

        robot.clickOn("#tools").clickOn("#trash");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#trash-files").tryQuery().isPresent());
        TableView<?> table = robot.lookup("#trash-files").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertThat(robot.lookup("#trash-summary").queryAs(Label.class).getText()).isEqualTo("Có 1 tệp trong thùng rác");
        Button putBack = robot.lookup("#trash-put-back").queryAs(Button.class);
        assertThat(putBack.getText()).isEqualTo("Đặt lại");
        assertThat(putBack.isDisabled()).isTrue();

        robot.clickOn(robot.lookup(".table-row-cell").nth(0).<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(putBack.isDisabled()).isFalse();
        fixture.screenshot(robot.lookup("#trash-dialog").query(), Path.of("target", "screenshots", "trash-vi.png"));

        robot.clickOn(putBack);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().isEmpty());

        assertThat(services.evidence().ofOrder(spatulas.id())).extracting(Evidence::fileName)
                .contains(photo.fileName());
        assertThat(services.verify().verify(ProgressListener.NONE).problems()).isEmpty();
        assertThat(robot.lookup("#trash-summary").queryAs(Label.class).getText()).isEqualTo("Thùng rác trống.");
        assertThat(ScreenText.under(robot, ".status-bar"))
                .anySatisfy(text -> assertThat(text).contains("Đã đặt “" + photo.fileName() + "” lại vào đơn hàng"));
    }
}
