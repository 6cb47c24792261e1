package app.dossier.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dossier.domain.DossierException;
import app.dossier.domain.Factory;
import app.dossier.store.DatabaseAddress;
import app.dossier.store.RecordDigest;
import app.dossier.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder's records moved from SQLite to PostgreSQL and back come back the same, row for row;
 * a backup made on either store restores onto either; a move that fails or is stopped leaves the
 * folder on its store and the other without records. Needs a PostgreSQL server
 * ({@code -Ddossier.test.database=…}, src/test/postgresql/start.sh); skipped without one.
 */
class MovingBetweenStoresTest {
    @TempDir
    Path temp;

    private Workspace workspace;

    /**
     * The sample business (Vietnamese and Chinese, payments, receiving with photos, chats, disputes,
     * the history of every change) and an order of our own, brought onto SQLite: the folder to move.
     */
    @BeforeEach
    void sampleOnSqlite() {
        TestDatabases.assumePostgres("moving between the stores needs a PostgreSQL server: -Ddossier.test.database=…");
        workspace = Workspace.withSample(temp.resolve("shop"));
        Factory factory = workspace.factory("Xưởng Đơn Hàng Bình Dương");
        workspace.order(factory, "BD-2026-11", LocalDate.of(2026, 11, 2), 120, "9.80");
        workspace.closeServices();
        workspace.composition().moveToSqlite(workspace.location(), ProgressListener.NONE);
    }

    private DataLocation onSqlite() {
        return DataLocation.peek(workspace.location().dataFolder(), null);
    }

    private static RecordDigest digest(DataLocation location) {
        try (Store store = location.onPostgres() ? Store.openReadOnly(location.database())
                : Store.openReadOnly(location.databaseFile())) {
            return store.database().read(RecordDigest::of);
        }
    }

    private static RecordDigest digest(DatabaseAddress database) {
        try (Store store = Store.openReadOnly(database)) {
            return store.database().read(RecordDigest::of);
        }
    }

    @Test
    void recordsMovedToPostgresqlAndBackAreTheSameRowForRow() throws Exception {
        DataLocation start = onSqlite();
        assertThat(start.onPostgres()).isFalse();
        RecordDigest before = digest(start);
        List<String> rows = Snapshot.rows(start.databaseFile());
        List<?> orders;
        String head;
        try (Services services = workspace.composition().open(start)) {
            orders = services.orders().list(null);
            head = services.history().of(services.orders().find("BD-2026-11").id()).head().orElseThrow();
        }
        assertThat(before.rows("payment")).isPositive();
        assertThat(before.rows("receiving_record")).isPositive();
        assertThat(before.rows("chat_message")).isPositive();
        assertThat(before.rows("history_entry")).isPositive();

        DatabaseAddress server = TestDatabases.newEmpty();
        MoveReport moved = workspace.composition().moveToPostgres(start, server.toString(), ProgressListener.NONE);

        DataLocation there = DataLocation.peek(start.dataFolder(), null);
        assertThat(there.database()).as("the folder remembers the server").isEqualTo(server);
        assertThat(moved.orders()).isEqualTo(before.rows("purchase_order"));
        assertThat(moved.verify().problems()).isEmpty();
        assertThat(digest(server)).isEqualTo(before);
        assertThat(moved.keptDatabase()).hasFileName("dossier.db.moved-20261126-100000").exists();
        assertThat(start.databaseFile()).doesNotExist();
        try (Services services = workspace.composition().open(there)) {
            assertThat(services.orders().list(null)).isEqualTo(orders);
            assertThat(services.search().search("don hang")).extracting(SearchHit::title)
                    .contains("Xưởng Đơn Hàng Bình Dương");
            assertThat(services.search().search("硅胶")).extracting(SearchHit::title)
                    .anyMatch(title -> title.contains("硅胶铲5件套"));
            assertThat(services.history().of(services.orders().find("BD-2026-11").id()).head()).contains(head);
            assertThat(services.verify().verify(ProgressListener.NONE).problems()).isEmpty();
        }

        MoveReport back = workspace.composition().moveToSqlite(there, ProgressListener.NONE);

        DataLocation home = DataLocation.peek(start.dataFolder(), null);
        assertThat(home.onPostgres()).isFalse();
        assertThat(back.verify().problems()).isEmpty();
        assertThat(back.keptDatabase()).as("no dossier.db was in the way").isNull();
        assertThat(digest(home)).isEqualTo(before);
        assertThat(Snapshot.rows(home.databaseFile())).isEqualTo(rows);
        try (Services services = workspace.composition().open(home)) {
            assertThat(services.orders().list(null)).isEqualTo(orders);
            assertThat(services.search().search("don hang")).isNotEmpty();
        }
        assertThat(digest(server)).as("the server keeps what was moved out of it").isEqualTo(before);
    }

    @Test
    void aMoveStoppedOrFailingMidwayLeavesTheFolderOnSqliteAndTheServerEmpty() throws Exception {
        DataLocation start = onSqlite();
        List<String> rows = Snapshot.rows(start.databaseFile());
        Map<String, String> tree = Snapshot.tree(workspace.root());
        DatabaseAddress server = TestDatabases.newEmpty();

        ProgressListener failing = new ProgressListener() {
            @Override
            public void progress(long done, long total, String table) {
                if (table.equals("payment")) {
                    throw new DossierException("the network went away");
                }
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
        assertThatThrownBy(() -> workspace.composition().moveToPostgres(start, server.toString(), failing))
                .hasMessageContaining("the network went away");
        ProgressListener stopping = new ProgressListener() {
            @Override
            public void progress(long done, long total, String table) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> workspace.composition().moveToPostgres(start, server.toString(), stopping))
                .hasMessageContaining("Moving was stopped. Nothing was moved");

        assertThat(DataLocation.peek(start.dataFolder(), null).onPostgres()).isFalse();
        assertThat(Snapshot.rows(start.databaseFile())).isEqualTo(rows);
        assertThat(Snapshot.tree(workspace.root())).isEqualTo(tree);
        assertThat(digest(server).isEmpty()).as("the server holds no record").isTrue();
        try (Services services = workspace.composition().open(start)) {
            assertThat(services.verify().verify(ProgressListener.NONE).problems()).isEmpty();
        }
    }

    @Test
    void aDatabaseHoldingRecordsIsRefusedNamingThemAndNothingMoves() throws Exception {
        DataLocation start = onSqlite();
        DatabaseAddress server = TestDatabases.newEmpty();
        workspace.composition().moveToPostgres(start, server.toString(), ProgressListener.NONE);
        try (Services services = workspace.composition().open(DataLocation.peek(start.dataFolder(), null))) {
            long largest = services.factories().list().stream().mapToLong(Factory::id).max().orElseThrow();
            Factory added = services.factories().add(new Factory(0, "Công ty Khang An", null, null, null, null, null,
                    null));
            assertThat(added.id()).as("a record added on the server gets an id of its own").isGreaterThan(largest);
        }
        RecordDigest onServer = digest(server);
        Path other = temp.resolve("other");
        try (Services services = workspace.composition().open(new DataLocation(other, other.resolve("Case files")))) {
            services.factories().add(new Factory(0, "广州市锦绣服装有限公司", null, null, null, null, null, null));
        }
        DataLocation second = DataLocation.peek(other, null);

        assertThatThrownBy(() -> workspace.composition().moveToPostgres(second, server.toString(), ProgressListener.NONE))
                .isInstanceOf(DossierException.class)
                .hasMessageContaining("Nothing was moved: " + server + " already holds records (factory 5");
        assertThatThrownBy(() -> workspace.composition().moveToSqlite(second, ProgressListener.NONE))
                .hasMessageContaining("already in its own");

        assertThat(digest(server)).isEqualTo(onServer);
        assertThat(DataLocation.peek(other, null).onPostgres()).isFalse();
        assertThat(Files.exists(second.databaseFile())).isTrue();
    }

    @Test
    void aBackupMadeOnPostgresqlRestoresOntoSqliteAndBackOntoAServer() throws Exception {
        DataLocation start = onSqlite();
        RecordDigest before = digest(start);
        Map<String, String> tree = Snapshot.caseFiles(workspace.root());
        workspace.composition().moveToPostgres(start, TestDatabases.newEmpty().toString(), ProgressListener.NONE);
        Path backup;
        try (Services services = workspace.composition().open(DataLocation.peek(start.dataFolder(), null))) {
            backup = services.backups().backup(temp.resolve("out/backup.zip"), ProgressListener.NONE).file();
        }

        Path plain = temp.resolve("restored");
        DataLocation onSqlite = new DataLocation(plain, plain.resolve("Case files"));
        RestoreReport restored = workspace.composition().restore(backup, onSqlite, false, ProgressListener.NONE);
        assertThat(restored.verify().problems()).isEmpty();
        assertThat(digest(onSqlite)).isEqualTo(before);
        assertThat(Snapshot.caseFiles(onSqlite.caseFilesRoot())).isEqualTo(tree);

        Path shared = temp.resolve("on-server");
        DatabaseAddress server = TestDatabases.newEmpty();
        DataLocation onServer = new DataLocation(shared, shared.resolve("Case files"), server);
        Path sqliteBackup;
        try (Services services = workspace.composition().open(onSqlite)) {
            sqliteBackup = services.backups().backup(temp.resolve("out/from-sqlite.zip"), ProgressListener.NONE).file();
        }
        RestoreReport ontoServer = workspace.composition().restore(sqliteBackup, onServer, false, ProgressListener.NONE);
        assertThat(ontoServer.verify().problems()).isEmpty();
        assertThat(digest(server)).isEqualTo(before);
        assertThat(DataLocation.peek(shared, null).database()).as("the folder remembers the server").isEqualTo(server);
        try (Services services = workspace.composition().open(onServer)) {
            assertThat(services.search().search("bo xeng")).isNotEmpty();
        }
    }

    @Test
    void aRestoreOntoAServerHoldingRecordsNeedsReplaceAndKeepsThemAsAFile() throws Exception {
        DataLocation start = onSqlite();
        RecordDigest before = digest(start);
        Path backup;
        try (Services services = workspace.composition().open(start)) {
            backup = services.backups().backup(temp.resolve("out/backup.zip"), ProgressListener.NONE).file();
        }
        Path shared = temp.resolve("on-server");
        DatabaseAddress server = TestDatabases.newEmpty();
        DataLocation onServer = new DataLocation(shared, shared.resolve("Case files"), server);
        try (Services services = workspace.composition().open(onServer)) {
            services.factories().add(new Factory(0, "深圳市恒达包装制品有限公司", null, null, null, null, null, null));
        }
        RecordDigest theirs = digest(server);

        assertThatThrownBy(() -> workspace.composition().restore(backup, onServer, false, ProgressListener.NONE))
                .hasMessageContaining("Nothing was restored: " + server);
        assertThat(digest(server)).isEqualTo(theirs);

        RestoreReport replaced = workspace.composition().restore(backup, onServer, true, ProgressListener.NONE);

        assertThat(digest(server)).isEqualTo(before);
        assertThat(replaced.verify().problems()).isEmpty();
        assertThat(replaced.replacedDatabase()).hasFileName("dossier.db.replaced-20261126-100000");
        try (Store kept = Store.openReadOnly(replaced.replacedDatabase())) {
            assertThat(kept.database().read(RecordDigest::of)).as("the server's records, kept").isEqualTo(theirs);
        }
    }
}
