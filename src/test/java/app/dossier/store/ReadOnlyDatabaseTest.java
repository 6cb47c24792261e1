package app.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dossier.domain.DossierException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database opened beside another process: read-only, and its online backup. */
class ReadOnlyDatabaseTest {
    @TempDir
    Path temp;

    private static int factories(Storage db) {
        return Raw.sql(db, c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM factory")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    @Test
    void aReadOnlyDatabaseReadsButRefusesEveryChange() throws Exception {
        Path file = temp.resolve("dossier.db");
        try (Store writer = Store.open(file)) {
            Raw.sql(writer.database(), c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("INSERT INTO factory (name, folder) VALUES ('佳美', '佳美')");
                }
            });
            byte[] before = Files.readAllBytes(file);
            try (Store reader = Store.openReadOnly(file)) {
                assertThat(factories(reader.database())).isEqualTo(1);
                assertThatThrownBy(() -> reader.database().begin()).isInstanceOf(DossierException.class)
                        .hasMessageContaining("reading only");
                assertThatThrownBy(() -> Raw.sql(reader.database(), c -> {
                    try (Statement s = c.createStatement()) {
                        return s.executeUpdate("DELETE FROM factory");
                    }
                })).isInstanceOf(DossierException.class);
            }
            assertThat(factories(writer.database())).isEqualTo(1);
            assertThat(Files.readAllBytes(file)).isEqualTo(before);
        }
    }

    @Test
    void thereIsNothingToReadWhereNoDatabaseIs() {
        assertThatThrownBy(() -> Store.openReadOnly(temp.resolve("dossier.db")))
                .hasMessageContaining("There is no database");
        assertThat(temp.resolve("dossier.db")).doesNotExist();
    }

    @Test
    void theOnlineBackupHoldsEveryCommittedRecord() {
        try (Store store = Store.open(temp.resolve("dossier.db"))) {
            long begunBefore = store.database().changesBegun();
            try (Transaction tx = store.database().begin()) {
                tx.session().connection().createStatement().executeUpdate("INSERT INTO factory (name, folder) VALUES ('a', 'a')");
                tx.commit();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            long changes = store.database().backupTo(temp.resolve("copy of 'it'.db"));
            assertThat(changes).isEqualTo(store.database().changesBegun()).isEqualTo(begunBefore + 1);
            try (Store copy = Store.openReadOnly(temp.resolve("copy of 'it'.db"))) {
                assertThat(factories(copy.database())).isEqualTo(1);
            }
        }
    }
}
