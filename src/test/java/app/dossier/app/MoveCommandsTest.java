package app.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.service.TestDatabases;
import app.dossier.store.DatabaseAddress;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dossier move-to-postgresql} and {@code move-to-sqlite} as a script sees them: what they print,
 * progress on the error stream, the commands after them finding the records where they went, and a
 * database already holding records refused in words. Needs a PostgreSQL server
 * ({@code -Ddossier.test.database=…}); skipped without one.
 */
class MoveCommandsTest {
    @TempDir
    Path temp;

    @Test
    void aDataFolderMovesToPostgresqlAndBackOnTheCommandLine() throws Exception {
        TestDatabases.assumePostgres("moving between the stores needs a PostgreSQL server: -Ddossier.test.database=…");
        Path data = temp.resolve("data");
        Composition folders = new Composition();
        CommandRun.oneOrder(data, folders, "2837461920384756123", "¥18.50", "2026-09-02");
        CommandRun paid = CommandRun.on(data, folders, "pay", "2837461920384756123", "--amount", "1110",
                "--paid-on", "2026-09-03", "--covers", "deposit",
                "--proof", CommandRun.photo(temp.resolve("desktop"), "chuyển khoản đặt cọc.jpg", 3));
        assertThat(paid.code()).as(paid.err()).isZero();
        DatabaseAddress server = TestDatabases.newEmpty();

        CommandRun moved = CommandRun.on(data, folders, "move-to-postgresql", server.toString());

        assertThat(moved.code()).as(moved.err()).isZero();
        assertThat(moved.out()).contains("Moved 1 factories, 1 orders, 1 files and 1 payments into " + server)
                .contains("The data folder " + data.toAbsolutePath() + " now keeps its records in " + server)
                .contains("Verify: all consistent").contains("kept, unused, as " + data.resolve("dossier.db.moved-"));
        assertThat(moved.err()).contains("Copied purchase_order: 2 of ").contains("Copied payment: ")
                .contains("Verifying the case files against the moved records");
        CommandRun orders = CommandRun.on(data, folders, "orders");
        assertThat(orders.out()).contains("2837461920384756123");
        assertThat(CommandRun.on(data, folders, "search", "硅胶").out()).contains("2837461920384756123");
        CommandRun again = CommandRun.on(data, folders, "move-to-postgresql", server.toString());
        assertThat(again.code()).isNotZero();
        assertThat(again.err()).contains("already on PostgreSQL, in " + server);

        CommandRun back = CommandRun.on(data, folders, "move-to-sqlite");

        assertThat(back.code()).as(back.err()).isZero();
        assertThat(back.out()).contains("now keeps its records in " + data.toAbsolutePath().resolve("dossier.db"))
                .contains("Verify: all consistent").contains("still in " + server + " too");
        assertThat(CommandRun.on(data, folders, "orders").out()).isEqualTo(orders.out());

        Path other = temp.resolve("other");
        CommandRun.on(other, folders, "add-factory", "Công ty Khang An");
        CommandRun refused = CommandRun.on(other, folders, "move-to-postgresql", server.toString());
        assertThat(refused.code()).isNotZero();
        assertThat(refused.err()).contains("Nothing was moved: " + server + " already holds records (factory 1,");
        assertThat(CommandRun.on(other, folders, "factories").out()).contains("Công ty Khang An");
    }
}
