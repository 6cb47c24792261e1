package app.dossier.ui;

import static app.dossier.service.ReadOnlyMedia.OWNER_MAY_WRITE;
import static app.dossier.service.ReadOnlyMedia.makeReadOnly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.dossier.domain.BusinessProfile;
import app.dossier.service.Workspace;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** "Your business" in Settings: typed with Vietnamese diacritics, saved with the dialog, there when it opens again. */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class BusinessProfileWindowTest {
    private static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    Path temp;

    private WindowFixture fixture;
    private Path readOnlyData;

    @AfterEach
    void close() throws Exception {
        if (fixture != null) {
            fixture.close();
        }
        if (readOnlyData != null) {
            makeReadOnly(readOnlyData, false);
        }
    }

    private void openSettings(FxRobot robot) {
        robot.clickOn("#tools").clickOn("#settings");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class).getText();
    }

    /** The dialog fits a 1280×720 screen: it is no taller than the screen and nothing in it is cut. */
    private static void fitsTheScreen(DialogPane pane) {
        Window dialog = pane.getScene().getWindow();
        assertThat(dialog.getHeight()).as("dialog height").isLessThanOrEqualTo(720);
        assertThat(dialog.getWidth()).as("dialog width").isLessThanOrEqualTo(1280);
        assertThat(pane.getHeight()).isGreaterThanOrEqualTo(pane.prefHeight(pane.getWidth()) - 1);
    }

    @Test
    void aProfileTypedWithDiacriticsIsSavedAndThereWhenSettingsOpenAgain(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, false).open();
        robot.interact(() -> fixture.stage().setHeight(720));
        fixture.settle();

        openSettings(robot);
        robot.clickOn("#profile-name").write("Nguyễn Thị Mai");
        robot.clickOn("#profile-company").write("Công ty TNHH Mai Home");
        robot.clickOn("#profile-contact").write("0903 123 456 · mai@maihome.vn");
        robot.clickOn("#profile-member").write("maihome_vn");
        robot.clickOn("#profile-wechat").write("梅家居");
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        fitsTheScreen(pane);
        fixture.screenshot(pane, SHOTS.resolve("settings-business-profile.png"));
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();

        BusinessProfile mai = new BusinessProfile("Nguyễn Thị Mai", "Công ty TNHH Mai Home",
                "0903 123 456 · mai@maihome.vn", "maihome_vn", "梅家居");
        assertThat(fixture.workspace().services().profile().profile()).isEqualTo(mai);
        assertThat(robot.lookup(".dialog-pane").tryQuery()).as("the dialog closed").isEmpty();

        openSettings(robot);
        assertThat(text(robot, "#profile-name")).isEqualTo("Nguyễn Thị Mai");
        assertThat(text(robot, "#profile-company")).isEqualTo("Công ty TNHH Mai Home");
        assertThat(text(robot, "#profile-contact")).isEqualTo("0903 123 456 · mai@maihome.vn");
        assertThat(text(robot, "#profile-member")).isEqualTo("maihome_vn");
        assertThat(text(robot, "#profile-wechat")).isEqualTo("梅家居");
        robot.clickOn("Cancel");
    }

    @Test
    void aFieldTooLongIsRefusedUnderItInVietnameseAndTheDialogKeepsWhatWasTyped(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, false);
        fixture.workspace().services().settings().put("window.language", "vi");
        fixture.open();
        robot.interact(() -> fixture.stage().setHeight(720));
        fixture.settle();

        openSettings(robot);
        robot.clickOn("#profile-name").write("Nguyễn Thị Mai");
        String tooLong = "w".repeat(101);
        robot.interact(() -> robot.lookup("#profile-wechat").queryAs(TextField.class).setText(tooLong));
        robot.clickOn("Đồng ý");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#profile-wechat-error").queryAs(Label.class).getText())
                .isEqualTo("WeChat ID của bạn chỉ được dài tối đa 100 ký tự; ở đây có 101. Hãy rút ngắn lại.");
        assertThat(text(robot, "#profile-name")).isEqualTo("Nguyễn Thị Mai");
        assertThat(text(robot, "#profile-wechat")).isEqualTo(tooLong);
        assertThat(fixture.workspace().services().profile().profile().isEmpty()).isTrue();
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        fixture.screenshot(pane, SHOTS.resolve("settings-business-profile-vi-refused.png"));
        fitsTheScreen(pane);

        robot.interact(() -> robot.lookup("#profile-wechat").queryAs(TextField.class).setText("梅家居"));
        robot.clickOn("Đồng ý");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.workspace().services().profile().profile())
                .isEqualTo(new BusinessProfile("Nguyễn Thị Mai", null, null, null, "梅家居"));
    }

    @Test
    void onAReadOnlyDataFolderTheFieldsAreShownAndCannotBeChanged(FxRobot robot) throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Workspace workspace = new Workspace(temp);
        workspace.services().profile().save(new BusinessProfile("Nguyễn Thị Mai", null, null, null, null));
        workspace.closeServices();
        readOnlyData = workspace.location().dataFolder();
        makeReadOnly(readOnlyData, true);
        workspace.reopenReadOnly(OWNER_MAY_WRITE);
        fixture = new WindowFixture(workspace).open();

        openSettings(robot);
        TextField name = robot.lookup("#profile-name").queryAs(TextField.class);
        assertThat(name.getText()).isEqualTo("Nguyễn Thị Mai");
        assertThat(name.isDisabled()).isTrue();
        assertThat(robot.lookup("#profile-wechat").queryAs(TextField.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#business-profile-section").query().lookupAll(".label").stream()
                .map(l -> ((Label) l).getText()))
                .contains("This data folder is read-only, so your business details cannot be changed here.");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".dialog-pane").tryQuery()).as("OK closes the dialog, nothing to save").isEmpty();
    }
}
