package app.dossier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Switching the window's language in Settings changes every word at once and is remembered. */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class LanguageTest {
    @TempDir
    Path temp;

    private WindowFixture fixture;

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void choosingVietnameseInSettingsTranslatesTheWindowAndIsRemembered(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true);
        fixture.workspace().services().settings().put("window.language", "en");
        fixture.open();
        assertThat(robot.lookup("#nav-factories").queryAs(ToggleButton.class).getText()).isEqualTo("Factories");

        robot.clickOn("#tools").clickOn("#settings");
        @SuppressWarnings("unchecked")
        ComboBox<Locale> language = robot.lookup("#language").queryAs(ComboBox.class);
        robot.interact(() -> language.setValue(Locale.forLanguageTag("vi")));
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#nav-factories").queryAs(ToggleButton.class).getText()).isEqualTo("Xưởng");
        assertThat(robot.lookup("#nav-orders").queryAs(ToggleButton.class).getText()).isEqualTo("Đơn hàng");
        assertThat(robot.lookup("#search").queryAs(TextField.class).getPromptText()).startsWith("Tìm số đơn");
        assertThat(fixture.workspace().services().settings().get("window.language")).contains("vi");

        robot.clickOn("#tools").clickOn("#settings");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane settings = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(((Button) settings.lookupButton(ButtonType.OK)).getText()).isEqualTo("Đồng ý");
        assertThat(((Button) settings.lookupButton(ButtonType.CANCEL)).getText()).as("not JavaFX's English Cancel")
                .isEqualTo("Hủy");
        fixture.screenshot(settings, Path.of(System.getProperty("java.io.tmpdir"), "dossier-shots", "settings-vi.png"));
        robot.clickOn("Hủy");
    }
}
