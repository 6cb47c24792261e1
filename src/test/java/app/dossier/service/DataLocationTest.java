package app.dossier.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dossier.domain.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An empty folder name is refused, for any caller, rather than read as the current folder; a PostgreSQL
 * database given once is remembered for the data folder, without its password.
 */
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
        assertThat(Files.exists(temp.resolve("settings.properties"))).isFalse();
    }

    @Test
    void aPostgresqlDatabaseGivenOnceIsRememberedWithoutItsPassword() throws Exception {
        DataLocation given = DataLocation.resolve(temp, null, "postgresql://kho:mật-khẩu@192.168.1.20:5433/dossier");
        assertThat(given.database()).isEqualTo(
                new app.dossier.store.DatabaseAddress("192.168.1.20", 5433, "dossier", "kho", "mật-khẩu"));
        assertThat(Files.readString(temp.resolve("settings.properties")))
                .contains("database=postgresql\\://kho@192.168.1.20\\:5433/dossier").doesNotContain("kh\\u1EA9u");

        DataLocation later = DataLocation.resolve(temp, null);
        assertThat(later.database().toString()).isEqualTo("postgresql://kho@192.168.1.20:5433/dossier");
        assertThat(later.database().password()).as("from ~/.pgpass").isNull();
        assertThat(DataLocation.peek(temp, null).onPostgres()).isTrue();

        assertThat(DataLocation.resolve(temp, null, "sqlite").onPostgres()).isFalse();
        assertThat(DataLocation.resolve(temp, null).databaseFile())
                .as("back in the data folder's own file").isEqualTo(temp.resolve("dossier.db"));
    }

    @Test
    void somethingElseGivenAsTheDatabaseIsRefusedAndNothingIsRemembered() {
        assertThatThrownBy(() -> DataLocation.resolve(temp, null, "mysql://root@localhost/dossier"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("\"mysql://root@localhost/dossier\" is not the address of a PostgreSQL database.");
        assertThatThrownBy(() -> DataLocation.resolve(temp, null, "postgresql://localhost"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(Files.exists(temp.resolve("settings.properties"))).isFalse();
    }
}
