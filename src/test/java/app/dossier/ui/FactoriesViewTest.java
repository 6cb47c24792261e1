package app.dossier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.Factory;
import app.dossier.service.ProgressListener;
import app.dossier.ui.shell.Section;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The factories section as a user works it: add a factory, rename one, read its orders and record. */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class FactoriesViewTest {
    @TempDir
    Path temp;

    private WindowFixture fixture;

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void createAFactoryFromTheStartScreen(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, false).open();
        fixture.show(Section.START);
        robot.clickOn("Add your first factory");
        assertThat(robot.lookup("#factory-title").queryAs(Label.class).getText()).isEqualTo("New factory");

        robot.clickOn("#factory-new");
        fixture.screenshot(Path.of("target/screenshots/factory-new.png"));
        robot.clickOn("#factory-name").write("义乌市佳美日用品有限公司");
        robot.clickOn("#factory-latin-name").write("Yiwu Jiamei Housewares");
        robot.clickOn("#factory-save");

        assertThat(ScreenText.under(robot, "#factory-list"))
                .contains("义乌市佳美日用品有限公司", "Yiwu Jiamei Housewares");
        assertThat(robot.lookup("#factory-title").queryAs(Label.class).getText()).isEqualTo("义乌市佳美日用品有限公司");
        assertThat(robot.lookup("#status").queryAs(Label.class).getText())
                .isEqualTo("Saved the new factory “义乌市佳美日用品有限公司” and made its folder.");
        Factory saved = fixture.workspace().services().factories().find("Yiwu Jiamei");
        assertThat(saved.name()).isEqualTo("义乌市佳美日用品有限公司");
        assertThat(Files.isDirectory(fixture.workspace().root().resolve(saved.folder()))).isTrue();
        assertThat(ScreenText.under(robot, "#factory-orders")).contains("No orders from this factory yet.");
    }

    @Test
    void renameAFactoryAndSaveWithCtrlS(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true).open();
        Factory before = fixture.workspace().services().factories().find("Yiwu Jiamei");
        fixture.show(Section.FACTORIES);
        robot.clickOn("义乌市佳美日用品有限公司");
        TextField name = robot.lookup("#factory-name").queryAs(TextField.class);
        robot.clickOn(name);
        robot.interact(name::selectAll);
        robot.write("义乌佳美家居有限公司");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        assertThat(robot.lookup("#status").queryAs(Label.class).getText())
                .isEqualTo("Saved “义乌佳美家居有限公司”. Its folder is now “义乌佳美家居有限公司”.");
        // said beside Save as well, where the eye is, and the typing goes on in the field saved from
        Label note = robot.lookup("#factory-saved").queryAs(Label.class);
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText()).isEqualTo("Saved “义乌佳美家居有限公司”. Its folder is now “义乌佳美家居有限公司”.");
        javafx.geometry.Bounds saveAt = robot.lookup("#factory-save").query().localToScene(
                robot.lookup("#factory-save").query().getBoundsInLocal());
        javafx.geometry.Bounds noteAt = note.localToScene(note.getBoundsInLocal());
        assertThat(noteAt.getMinX()).isGreaterThan(saveAt.getMaxX());
        assertThat(Math.abs(noteAt.getCenterY() - saveAt.getCenterY())).isLessThan(saveAt.getHeight());
        assertThat(note.getScene().getFocusOwner().getId()).isEqualTo("factory-name");
        fixture.screenshot(robot.lookup("#factory-save").query().getParent().getParent(),
                Path.of("target/screenshots/factory-saved-note.png"));
        assertThat(ScreenText.under(robot, "#factory-list")).contains("义乌佳美家居有限公司")
                .doesNotContain("义乌市佳美日用品有限公司");
        assertThat(fixture.workspace().root().resolve(before.folder())).doesNotExist();
        assertThat(fixture.workspace().root().resolve("义乌佳美家居有限公司")).isDirectory();
        assertThat(fixture.workspace().services().verify().verify(ProgressListener.NONE).consistent()).isTrue();
        assertThat(ScreenText.under(robot, "#factory-orders")).contains("2837461920384756123");
    }

    @Test
    void theFactoryShowsTheShortOrderAndItsRecord(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true).open();
        fixture.show(Section.FACTORIES);
        robot.clickOn("#factory-filter").write("jiamei");
        robot.clickOn("Yiwu Jiamei Housewares");

        assertThat(ScreenText.under(robot, "#factory-orders")).contains("2837461920384756123", "2026-09-02",
                "200 sets", "¥3,700.00", "2840019375561028394", "500 pcs");
        assertThat(ScreenText.joined(robot, "#factory-record"))
                .contains("Orders placed | 2")
                .contains("Orders received | 2")
                .contains("Units short | 20 of 700 expected (2.9%)")
                .contains("Defective in samples | 4 of 82 checked (4.9%)")
                .contains("Disputes | 1 (1 open)");
        assertThat(ScreenText.joined(robot, "#factory-disputes"))
                .contains("2026-11-26 · Draft · order 2837461920384756123");
        fixture.screenshot(Path.of("target/screenshots/factories.png"));

        robot.clickOn("2837461920384756123");
        assertThat(robot.lookup("#nav-orders").queryAs(ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void theShopLinkOpensInTheBrowserAndADisputeOpensInItsSection(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true).open();
        fixture.show(Section.FACTORIES);
        robot.clickOn("义乌市佳美日用品有限公司");

        robot.clickOn("#factory-open-shop");
        assertThat(fixture.desktop().browsed).containsExactly("https://jiamei-housewares.1688.com");

        robot.clickOn("2026-11-26 · Draft · order 2837461920384756123");
        assertThat(robot.lookup("#nav-disputes").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#dispute-title").queryAs(Label.class).getText())
                .isEqualTo("Dispute on order 2837461920384756123");
    }

    @Test
    void inVietnamese(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true);
        fixture.workspace().services().settings().put("window.language", "vi");
        fixture.open();
        fixture.show(Section.FACTORIES);
        robot.clickOn("义乌市佳美日用品有限公司");

        assertThat(ScreenText.joined(robot, "#factory-record"))
                .contains("Hàng giao thiếu | 20 trên 700 dự kiến (2,9%)");
        assertThat(ScreenText.under(robot, "#factories-view")).contains("Tên tiếng Trung", "Thêm xưởng", "Lưu");
        fixture.screenshot(Path.of("target/screenshots/factories-vi.png"));
    }
}
