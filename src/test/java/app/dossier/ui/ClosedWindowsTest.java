package app.dossier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.ui.shell.MainWindow;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A window closed, or replaced on its stage by another data folder's, is let go with all it showed: its
 * views, their photos and lists. (The tests of the window all run on one stage, and 200 of them ran
 * out of 2 GB while every closed window stayed reachable from that stage's listeners.)
 */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class ClosedWindowsTest {
    @TempDir
    Path temp;

    @Test
    void windowsOpenedOneAfterTheOtherOnTheSameStageAreLetGo() throws Exception {
        List<WeakReference<MainWindow>> closed = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            WindowFixture fixture = new WindowFixture(temp.resolve("data-" + i), true).open();
            long order = fixture.workspace().services().orders().find("2837461920384756123").id();
            javafx.application.Platform.runLater(() -> fixture.window().showOrder(order));
            fixture.settle();
            closed.add(new WeakReference<>(fixture.window()));
            fixture.close();
        }
        // the last one still sits on the stage, until a next one takes its place
        WindowFixture last = new WindowFixture(temp.resolve("data-last"), false).open();
        try {
            for (int i = 0; i < 20 && closed.stream().anyMatch(w -> w.get() != null); i++) {
                System.gc();
                Thread.sleep(100);
            }
            assertThat(closed).allSatisfy(w -> assertThat(w.get()).as("a closed window still held").isNull());
        } finally {
            last.close();
        }
    }
}
