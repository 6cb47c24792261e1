package app.dossier.ui;

import static app.dossier.service.ReadOnlyMedia.OWNER_MAY_WRITE;
import static app.dossier.service.ReadOnlyMedia.contents;
import static app.dossier.service.ReadOnlyMedia.makeReadOnly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.dossier.service.ProgressListener;
import app.dossier.service.Workspace;
import app.dossier.ui.common.CurrentThreadTaskRunner;
import app.dossier.ui.shell.Section;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
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
 * A data folder on read-only media (an archive disc, a read-only share) opens in the window for
 * reading: the records are there to browse, the window says it is read-only for as long as it is
 * open, a change is refused in plain words, no automatic backup is attempted, and not a byte, name
 * or time in the folder changes.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class ReadOnlyWindowTest {
    @TempDir
    Path temp;

    private WindowFixture fixture;
    private Path data;

    @AfterEach
    void close() throws Exception {
        if (fixture != null) {
            fixture.close();
        }
        if (data != null) {
            makeReadOnly(data, false);
        }
    }

    @Test
    void anArchiveOnADiscIsBrowsedAndNothingThereChanges(FxRobot robot) throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Workspace workspace = new Workspace(temp);
        workspace.services().sample().load(ProgressListener.NONE);
        workspace.closeServices();
        data = workspace.location().dataFolder();
        makeReadOnly(data, true);
        Map<String, String> before = contents(data);
        workspace.reopenReadOnly(OWNER_MAY_WRITE);

        fixture = new WindowFixture(workspace).open();

        assertThat(fixture.stage().getTitle()).endsWith("(read-only)");
        assertThat(robot.lookup("#read-only").queryAs(Label.class).getText())
                .isEqualTo("Read-only: nothing here can be changed");
        fixture.show(Section.FACTORIES);
        robot.clickOn("义乌市佳美日用品有限公司");
        assertThat(ScreenText.under(robot, "#factory-orders")).contains("2837461920384756123");

        robot.clickOn("#factory-new");
        robot.clickOn("#factory-name").write("Xưởng Mới");
        robot.clickOn("#factory-save");
        assertThat(robot.lookup("#factory-error").queryAs(Label.class).getText())
                .contains("is read-only", "nothing can be changed there");

        WaitForAsyncUtils.asyncFx(() -> fixture.window().backUpIfDue(new CurrentThreadTaskRunner())).get();
        fixture.screenshot(Path.of("target", "screenshots", "read-only-window.png"));

        // The trash can be looked in, but nothing can be put back or deleted.
        robot.clickOn("#tools").clickOn("#trash");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#trash-files").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#trash-put-back").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#trash-empty").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(ScreenText.under(robot, "#trash-dialog"))
                .contains("This data folder is read-only: nothing can be put back or deleted here.");
        robot.interact(() -> ((javafx.stage.Stage) robot.lookup("#trash-dialog").query().getScene().getWindow()).close());

        assertThat(contents(data)).isEqualTo(before);
        assertThat(robot.lookup("#read-only").queryAs(Label.class).isVisible()).isTrue();
    }
}
