package app.dossier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.service.ProgressListener;
import app.dossier.service.Workspace;
import app.dossier.tree.CaseFileTree;
import app.dossier.ui.shell.Section;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/** The window's frame: first screen, sample loading, navigation. */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
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

    @Test
    void aChangeCutOffLastTimeIsPutBackAndTheUserIsToldSo(FxRobot robot) throws Exception {
        Path receiving;
        try (Workspace before = new Workspace(temp)) {
            before.services().sample().load(ProgressListener.NONE);
            try (var files = Files.walk(before.location().caseFilesRoot())) {
                receiving = files.filter(f -> f.getFileName().toString().equals("o1-pallet.jpg")).findFirst()
                        .orElseThrow().getParent();
            }
        }
        // what a copy into the case file leaves when the computer goes off halfway
        Path unfinished = receiving.resolve(CaseFileTree.PART_PREFIX + "IMG_2041.jpg" + CaseFileTree.PART_SUFFIX);
        Files.write(unfinished, new byte[4096]);

        fixture = new WindowFixture(temp, false).open();

        DialogPane notice = robot.lookup("#recovery-notice").queryAs(DialogPane.class);
        assertThat(notice.getHeaderText()).isEqualTo("Dossier was closed in the middle of a change");
        assertThat(notice.getContentText()).contains("Everything that had been saved is kept.")
                .contains("Removed the unfinished copy").contains("IMG_2041.jpg");
        assertThat(robot.lookup("#status").queryAs(Label.class).getText())
                .isEqualTo("Put back 1 unfinished change(s) from the last session; everything saved is kept.");
        assertThat(unfinished).doesNotExist();
        assertThat(fixture.workspace().services().verify().verify(ProgressListener.NONE).consistent()).isTrue();
        fixture.screenshot(notice, Path.of("target/screenshots/recovery-notice.png"));
        robot.clickOn(robot.from(notice).lookup(".button").queryButton());
        assertThat(robot.lookup("#recovery-notice").tryQuery()).isEmpty();
        assertThat(notice.getButtonTypes()).containsExactly(ButtonType.OK);
    }

    @Test
    void nothingToPutBackMeansNoNotice(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true).open();
        assertThat(robot.lookup("#recovery-notice").tryQuery()).isEmpty();
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).startsWith("Ready.");
    }
}
