package app.dossier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.Factory;
import app.dossier.service.Services;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Tools › Back up now, Restore from a backup… and Quit: a backup made from the window, a factory
 * added afterwards, the backup restored after a question, and the window open again on the records
 * as they were; a file that is no backup restores nothing and says so; Ctrl+Q closes the window.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class BackupRestoreWindowTest {
    private static final Path SHOTS = Path.of("target/screenshots");

    @TempDir
    Path temp;

    private WindowFixture fixture;

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void aBackupMadeNowIsRestoredAndTheWindowReopensOnIt(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true).open().size(1280, 720);
        robot.clickOn("#tools").clickOn("#backup-now");
        WaitForAsyncUtils.waitForFxEvents();
        Path backup = fixture.workspace().services().backups().automaticBackups().get(0);
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).isEqualTo("Backed up to " + backup + ".");
        fixture.workspace().factory("Xưởng gia dụng Phúc An 福安家居");
        assertThat(fixture.workspace().services().factories().list()).hasSize(4);

        fixture.desktop().willChoose(List.of(backup));
        robot.clickOn("#tools").clickOn("#restore");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane question = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(question.getContentText()).startsWith("Restore the records from " + backup.getFileName() + "?")
                .contains("They are not deleted: they are kept beside it, renamed with today's date.");
        fixture.screenshot(question, SHOTS.resolve("restore-confirm.png"));
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane done = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(done.getContentText()).startsWith("Restored the database and ")
                .contains(" from the backup taken 2026-11-26 10:00. Verify: all consistent.");
        fixture.screenshot(done.getScene().getRoot(), SHOTS.resolve("restore-done.png"));
        robot.clickOn("OK");
        Services reopened = fixture.window().shell().context().services();
        assertThat(reopened.factories().list()).extracting(Factory::name)
                .hasSize(3).doesNotContain("Xưởng gia dụng Phúc An 福安家居");
        try (Stream<Path> files = Files.list(fixture.workspace().location().dataFolder())) {
            assertThat(files.map(f -> f.getFileName().toString())).as("the records that were there, kept")
                    .anyMatch(name -> name.startsWith("dossier.db.replaced-"));
        }
        fixture.show(app.dossier.ui.shell.Section.FACTORIES);
        assertThat(robot.lookup("#factory-list").queryAs(javafx.scene.control.ListView.class).getItems()).hasSize(3);
        reopened.close();
    }

    @Test
    void aFileThatIsNoBackupRestoresNothingAndSaysWhyInVietnamese(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true);
        fixture.workspace().services().settings().put("window.language", "vi");
        fixture.open();
        Path notABackup = fixture.workspace().textFile("ghi-chú-đơn-hàng.zip", "Không phải bản sao lưu");

        fixture.desktop().willChoose(List.of(notABackup));
        robot.clickOn("#tools").clickOn("#restore");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText())
                .startsWith("Khôi phục dữ liệu từ ghi-chú-đơn-hàng.zip?");
        robot.clickOn("Đồng ý");
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane refused = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(refused.getContentText()).startsWith("Không khôi phục được gì: " + notABackup)
                .contains("không phải thư mục hay tệp zip đọc được");
        fixture.screenshot(refused, SHOTS.resolve("restore-refused-vi.png"));
        robot.clickOn("Đồng ý");
        Services reopened = fixture.window().shell().context().services();
        assertThat(reopened.orders().list(null)).as("the records as they were").hasSize(5);
        reopened.close();
    }

    @Test
    void ctrlQClosesTheWindowAndRemembersWhereItWas(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true).open().size(1280, 720);

        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Q)
                .release(javafx.scene.input.KeyCode.Q, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fixture.stage().isShowing()).isFalse();
        // the headless screen is 1920×1200: the place is remembered under that size
        assertThat(Files.readString(fixture.workspace().location().dataFolder().resolve("ui.properties")))
                .contains("window.screen=1920x1200").contains("window.place.1920x1200=");
    }
}
