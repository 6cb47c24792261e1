package app.dossier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.ui.shell.Section;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/** The window's frame: first screen, sample loading, navigation. */
@ExtendWith(ApplicationExtension.class)
class ShellTest {
    @TempDir
    Path temp;

    private WindowFixture fixture;

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void anEmptyDataFolderOffersTheSampleAndLoadsIt(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, false).open();
        fixture.show(Section.START);
        assertThat(robot.lookup("#sample-offer").query().isVisible()).isTrue();

        robot.clickOn("#load-sample");

        assertThat(fixture.workspace().services().orders().list(null)).hasSize(5);
        assertThat(robot.lookup("#sample-offer").query().isVisible()).isFalse();
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).contains("5");
        fixture.screenshot(Path.of("target/screenshots/start.png"));
    }

    @Test
    void theNavigationShowsEachSection(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true).open();
        for (String section : new String[] {"factories", "orders", "receiving", "disputes", "start"}) {
            robot.clickOn("#nav-" + section);
            assertThat(robot.lookup("#nav-" + section).queryAs(ToggleButton.class).isSelected()).isTrue();
            fixture.settle();
        }
    }
}
