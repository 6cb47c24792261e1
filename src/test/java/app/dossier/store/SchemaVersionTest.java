package app.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dossier.domain.DossierException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a database skips Flyway only when it is up to date, so the newest migration must be known. */
class SchemaVersionTest {
    @TempDir
    Path temp;

    @Test
    void theSchemaVersionIsTheNewestMigration() throws Exception {
        assertThat(Database.SCHEMA_VERSION).isEqualTo(newest("src/main/resources/db/migration"));
        assertThat(PostgresDatabase.SCHEMA_VERSION).as("PostgreSQL's").isEqualTo(newest("src/main/resources/db/postgresql"));
    }

    private static int newest(String folder) throws Exception {
        try (Stream<Path> files = Files.list(Path.of(folder))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
        }
    }

    @Test
    void aDatabaseWhoseHistoryShowsAFailedMigrationIsLeftToFlywayWhichSaysSo() throws Exception {
        Path file = temp.resolve("dossier.db");
        Database.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("UPDATE flyway_schema_history SET success = 0 WHERE version = '" + Database.SCHEMA_VERSION + "'");
        }
        assertThatThrownBy(() -> Database.open(file).close()).isInstanceOf(DossierException.class)
                .hasMessageContaining("could not be brought up to date");
    }

    @Test
    void anUpToDateDatabaseOpensWithItsHistoryUntouched() throws Exception {
        Path file = temp.resolve("dossier.db");
        Database.open(file).close();
        Database.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*), sum(success) FROM flyway_schema_history")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(Database.SCHEMA_VERSION);
            assertThat(rs.getInt(2)).isEqualTo(Database.SCHEMA_VERSION);
        }
    }
}
