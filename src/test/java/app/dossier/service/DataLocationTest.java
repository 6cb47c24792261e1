package app.dossier.service;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dossier.domain.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An empty folder name is refused, for any caller, rather than read as the current folder. */
class DataLocationTest {
    @TempDir
    Path temp;

    @Test
    void anEmptyDataFolderOrCaseFilesFolderIsRefused() {
        assertThatThrownBy(() -> DataLocation.resolve(Path.of(""), null))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("The data folder's name is empty.");
        assertThatThrownBy(() -> DataLocation.peek(Path.of(" "), null))
                .hasMessageStartingWith("The data folder's name is empty.");
        assertThatThrownBy(() -> DataLocation.resolve(temp, Path.of("")))
                .hasMessageStartingWith("The case-files folder's name is empty.");
        // nothing remembered for the folder either
        org.assertj.core.api.Assertions.assertThat(Files.exists(temp.resolve("settings.properties"))).isFalse();
    }
}
