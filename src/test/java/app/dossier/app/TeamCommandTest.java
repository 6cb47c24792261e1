package app.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.service.Checkpoint;
import app.dossier.service.DataLocation;
import app.dossier.service.TestDatabases;
import app.dossier.service.Workspace;
import app.dossier.store.DatabaseAddress;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dossier team}: people with a login each on PostgreSQL, added from the command line; the login
 * comes from the address, and a warehouse login's payment is refused in plain words.
 */
@Tag("slow")
class TeamCommandTest {
    private static final String ORDER = "2837461920384756123";

    @TempDir
    Path temp;

    private CommandRun dossier(Path data, String... args) {
        return CommandRun.on(data, new Composition(Checkpoint.NONE, Workspace.CLOCK), args);
    }

    @Test
    void onThisPcsOwnDatabaseNobodySignsIn() {
        org.junit.jupiter.api.Assumptions.assumeFalse(TestDatabases.onPostgres(), "on SQLite");
        CommandRun team = dossier(temp.resolve("D"), "team");
        assertThat(team.code()).isNotZero();
        assertThat(team.err()).contains("People sign in only when the records are on a PostgreSQL server");
    }

    @Test
    void theDeskAddsTheWarehouseWhoseLoginCannotRecordAPayment() {
        org.junit.jupiter.api.Assumptions.assumeTrue(TestDatabases.onPostgres(), "logins are PostgreSQL's");
        new Workspace(temp).close(); // a data folder with a database of its own on the test server
        Path data = temp.resolve("data");
        CommandRun.oneOrder(data, new Composition(Checkpoint.NONE, Workspace.CLOCK), ORDER, "¥18.50", "2026-09-02");
        String kho = "thu_kho_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 100_000;

        CommandRun added = dossier(data, "team", "add-person", kho, "--role", "warehouse");
        assertThat(added.code()).as(added.err()).isZero();
        assertThat(added.out()).contains("Added " + kho + " (warehouse).");
        CommandRun team = dossier(data, "team");
        assertThat(team.out()).contains("Signed in as postgres (desk).", kho + "\twarehouse");

        DatabaseAddress desk = DataLocation.peek(data, null).database();
        String asKho = desk.signedInAs(kho, null).toString();
        CommandRun pay = dossier(data, "pay", ORDER, "--amount", "¥3,700.00", "--paid-on", "2026-09-02",
                "--database", asKho);
        assertThat(pay.code()).isNotZero();
        assertThat(pay.err()).contains("Your login " + kho + " (warehouse) can record receiving and its photos only");
        CommandRun receive = dossier(data, "receive", ORDER, "--arrived-at", "2026-10-03 09:40", "--units-received",
                "180", "--inspected-by", "Trần Văn Hùng", "--packaging", "some-damage");
        assertThat(receive.code()).as(receive.err()).isZero();
        assertThat(dossier(data, "history", ORDER).out()).contains(kho);
    }
}
