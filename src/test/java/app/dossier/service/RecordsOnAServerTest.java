package app.dossier.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dossier.domain.DossierException;
import app.dossier.domain.Factory;
import app.dossier.domain.Order;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What phase 1 of a team on PostgreSQL promises beyond the other services' tests (which run on both
 * stores): records added after a rebuild get ids of their own, and a backup, not yet possible there,
 * says what to use instead and writes nothing.
 */
class RecordsOnAServerTest {
    @TempDir
    Path temp;

    @Test
    void recordsAddedAfterARebuildGetNewIdsNextToTheRebuiltOnes() throws Exception {
        try (Workspace w = new Workspace(temp)) {
            Factory jiamei = w.factory("义乌市佳美日用品有限公司");
            Order spatulas = w.order(jiamei, "2837461920384756123", LocalDate.of(2026, 9, 2), 200, "18.50");
            w.closeServices();
            w.composition().rebuild(w.location(), ProgressListener.NONE);
            w.reopenAfterRebuild();

            Factory khang = w.factory("Công ty Khang An");
            Order next = w.order(khang, "KA-2026-07", LocalDate.of(2026, 7, 1), 50, "3.00");

            assertThat(khang.id()).isGreaterThan(jiamei.id());
            assertThat(next.id()).isGreaterThan(spatulas.id());
            assertThat(w.services().orders().find("2837461920384756123").id()).isEqualTo(spatulas.id());
            assertThat(w.services().verify().verify(ProgressListener.NONE).consistent()).isTrue();
        }
    }

    @Test
    void aBackupOnPostgresqlIsRefusedNamingTheServersToolsAndWritesNothing() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(TestDatabases.onPostgres(), "on SQLite a backup is made");
        try (Workspace w = new Workspace(temp)) {
            w.factory("Công ty Khang An");
            Path zip = temp.resolve("out/backup.zip");

            assertThatThrownBy(() -> w.services().backups().backup(zip, ProgressListener.NONE))
                    .isInstanceOf(DossierException.class).hasMessageContaining("cannot yet back up or restore")
                    .hasMessageContaining("pg_dump");
            assertThat(zip.getParent()).doesNotExist();
            assertThat(w.services().backups().backupIfDue(Workspace.CLOCK.instant(), ProgressListener.NONE))
                    .as("no automatic backup is due on PostgreSQL").isEmpty();
        }
    }
}
