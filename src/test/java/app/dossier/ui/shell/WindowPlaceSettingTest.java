package app.dossier.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.service.Workspace;
import app.dossier.ui.common.CurrentThreadTaskRunner;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's place is kept per screen size in the data folder's settings, and read back after a restart. */
class WindowPlaceSettingTest {
    @TempDir
    Path temp;

    @Test
    void eachScreenSizeKeepsItsOwnPlaceAcrossARestart() {
        WindowFit.Place laptop = new WindowFit.Place(new WindowFit.Area(0, 0, 1366, 728), true);
        WindowFit.Place monitor = new WindowFit.Place(new WindowFit.Area(1500, 80, 1400, 900), false);
        try (Workspace workspace = new Workspace(temp)) {
            ShellViewModel model = new ShellViewModel(workspace.services(), new CurrentThreadTaskRunner());
            assertThat(model.lastScreen()).as("never opened").isNull();
            assertThat(model.windowPlace("1366x768")).isEmpty();
            model.rememberWindow("1920x1080", monitor);
            model.rememberWindow("1366x768", laptop);
        }
        try (Workspace workspace = new Workspace(temp)) {
            ShellViewModel model = new ShellViewModel(workspace.services(), new CurrentThreadTaskRunner());
            assertThat(model.lastScreen()).isEqualTo("1366x768");
            assertThat(model.windowPlace("1366x768")).contains(laptop);
            assertThat(model.windowPlace("1920x1080")).contains(monitor);
            assertThat(model.windowPlace("1280x720")).isEmpty();
        }
    }

    @Test
    void aPlaceThatCannotBeReadIsNoPlace() {
        try (Workspace workspace = new Workspace(temp)) {
            workspace.services().settings().put("window.place.1366x768", "giữa màn hình");
            workspace.services().settings().put("window.place.1280x720", "0 0 120 80 false");
            ShellViewModel model = new ShellViewModel(workspace.services(), new CurrentThreadTaskRunner());

            assertThat(model.windowPlace("1366x768")).isEmpty();
            assertThat(model.windowPlace("1280x720")).as("too small to use").isEmpty();
        }
    }
}
