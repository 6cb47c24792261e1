package app.dossier.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.app.Composition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild swaps the new database in for the old one. When the last Dossier on the folder was
 * killed, the old database's newest commits are still in its write-ahead log ({@code dossier.db-wal});
 * that log must never end up beside the new database, where SQLite would replay it onto a file it
 * does not belong to, and the replaced copy must keep those commits.
 */
class RebuildSwapTest {
    @TempDir
    Path temp;

    /** A data folder as a killed process leaves it: the last change committed only in the write-ahead log. */
    private Path crashImage() throws Exception {
        Path image = Files.createDirectories(temp.resolve("image"));
        AtomicityTest.Fixture f = AtomicityTest.fixture(temp.resolve("live"));
        try (Workspace w = f.workspace()) {
            w.factory("Xưởng cuối cùng");
            Path data = w.location().dataFolder();
            assertThat(data.resolve("dossier.db-wal")).as("the change is in the log").exists();
            Files.copy(data.resolve("dossier.db"), image.resolve("dossier.db"));
            Files.copy(data.resolve("dossier.db-wal"), image.resolve("dossier.db-wal"));
            copyTree(w.root(), image.resolve(DataLocation.DEFAULT_CASE_FILES));
        }
        return image;
    }

    @Test
    void theReplacedDatabaseKeepsTheCommitsThatWereOnlyInItsLog() throws Exception {
        Path data = crashImage();
        List<String> rows = rowsOf(data.resolve("dossier.db"));
        assertThat(rows).anyMatch(r -> r.contains("Xưởng cuối cùng"));

        RebuildReport report = new Composition().rebuild(DataLocation.resolve(data, null), ProgressListener.NONE);

        Path replaced = report.replacedDatabase();
        assertThat(Path.of(replaced + "-wal")).doesNotExist();
        assertThat(rowsOf(replaced)).as("the old database, whole in one file").isEqualTo(rows);
        assertThat(rowsOf(data.resolve("dossier.db"))).anyMatch(r -> r.contains("Xưởng cuối cùng"));
        assertThat(integrity(data.resolve("dossier.db"))).isEqualTo("ok");
    }

    @Test
    void aSwapCutOffAfterTheOldFileMovedButNotItsLogStillOpensTheNewDatabase() throws Exception {
        Path data = crashImage();
        // a rebuilt database, made from the tree elsewhere, waiting to be swapped in
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        copyTree(data.resolve(DataLocation.DEFAULT_CASE_FILES), elsewhere.resolve(DataLocation.DEFAULT_CASE_FILES));
        // …from a tree that differs from what the old log describes (its last factory gone), so that a log
        // replayed onto the new file would show
        CaseFiles.deleteTree(elsewhere.resolve(DataLocation.DEFAULT_CASE_FILES).resolve("Xưởng cuối cùng"));
        new Composition().rebuild(DataLocation.resolve(elsewhere, null), ProgressListener.NONE);
        List<String> rebuiltRows = Snapshot.rows(elsewhere.resolve("dossier.db"));
        Files.copy(elsewhere.resolve("dossier.db"), data.resolve("dossier.db.rebuilt"));
        // the cut: the old file moved aside, its log not yet
        Files.move(data.resolve("dossier.db"), data.resolve("dossier.db.replaced-20261126-100000"));

        CaseFiles.deleteTree(data.resolve(DataLocation.DEFAULT_CASE_FILES).resolve("Xưởng cuối cùng"));
        try (Services services = new Composition().open(DataLocation.resolve(data, null))) {
            assertThat(services.verify().verify(ProgressListener.NONE).problems()).isEmpty();
        }

        assertThat(integrity(data.resolve("dossier.db"))).isEqualTo("ok");
        assertThat(Snapshot.rows(data.resolve("dossier.db"))).isEqualTo(rebuiltRows);
        assertThat(data.resolve("dossier.db.rebuilt")).doesNotExist();
    }

    private static List<String> rowsOf(Path db) throws Exception {
        Path copy = Files.createTempDirectory("rows").resolve("copy.db");
        Files.copy(db, copy);
        if (Files.exists(Path.of(db + "-wal"))) {
            Files.copy(Path.of(db + "-wal"), Path.of(copy + "-wal"));
        }
        return Snapshot.rows(copy);
    }

    private static String integrity(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
