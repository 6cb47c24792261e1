package app.dossier.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's settings survive a restart, and saving them leaves nothing else in the data folder. */
class SettingsServiceTest {
    @TempDir
    Path data;

    @Test
    void aSettingSurvivesARestartAndNothingElseIsLeftBesideIt() throws IOException {
        Path file = data.resolve("ui.properties");
        SettingsService settings = new SettingsService(file);
        settings.put("language", "vi");
        settings.put("section", "Nhận hàng");
        settings.put("section", "Tranh chấp");

        SettingsService afterRestart = new SettingsService(file);

        assertThat(afterRestart.get("language")).contains("vi");
        assertThat(afterRestart.get("section")).contains("Tranh chấp");
        try (Stream<Path> entries = Files.list(data)) {
            assertThat(entries.map(p -> p.getFileName().toString())).containsExactly("ui.properties");
        }
    }

    @Test
    void aFolderOpenedForReadingKeepsChangesForTheSessionOnly() {
        Path file = data.resolve("ui.properties");
        SettingsService session = new SettingsService(file, false);
        session.put("language", "vi");

        assertThat(session.get("language")).contains("vi");
        assertThat(file).doesNotExist();
    }
}
