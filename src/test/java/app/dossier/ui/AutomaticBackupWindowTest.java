package app.dossier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.ui.common.CurrentThreadTaskRunner;
import java.nio.file.Path;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** When the window opens, the automatic backup runs if due and the status line says where it went. */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class AutomaticBackupWindowTest {
    @TempDir
    Path temp;

    private WindowFixture fixture;

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void theStatusLineSaysWhereTheBackupWent(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true).open();
        WaitForAsyncUtils.asyncFx(() -> fixture.window().backUpIfDue(new CurrentThreadTaskRunner())).get();

        Path backup = fixture.workspace().services().backups().automaticBackups().get(0);
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).contains(backup.toString());

        WaitForAsyncUtils.asyncFx(() -> fixture.window().backUpIfDue(new CurrentThreadTaskRunner())).get();
        assertThat(fixture.workspace().services().backups().automaticBackups()).as("not due again so soon").hasSize(1);
    }
}
