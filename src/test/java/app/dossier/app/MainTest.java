package app.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which arguments open the window and which run a command. */
class MainTest {
    @TempDir
    Path temp;

    @Test
    void noArgumentsOrOnlyDataOptionsOpenTheWindow() {
        assertThat(Main.windowLocation(new String[] {"--data", temp.toString()}).dataFolder()).isEqualTo(temp);
        assertThat(Main.windowLocation(new String[] {"--data=" + temp, "--case-files", temp.resolve("x").toString()})
                .caseFilesRoot()).isEqualTo(temp.resolve("x"));
    }

    @Test
    void aCommandRunsTheCommandLine() {
        assertThat(Main.windowLocation(new String[] {"verify", "--data", temp.toString()})).isNull();
        assertThat(Main.windowLocation(new String[] {"--data"})).isNull();
        assertThat(Main.windowLocation(new String[] {"--help"})).isNull();
    }
}
