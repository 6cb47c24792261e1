package app.dossier.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.Factory;
import app.dossier.domain.Order;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a team on PostgreSQL is promised beyond the other services' tests (which run on both stores):
 * records added after a rebuild get ids of their own, and automatic backups are made there too, in the
 * same format as on SQLite (MovingBetweenStoresTest restores them).
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
    void aBackupOnPostgresqlIsMadeAutomaticallyAsOnSqlite() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(TestDatabases.onPostgres(), "AutomaticBackupTest covers SQLite");
        try (Workspace w = new Workspace(temp)) {
            w.factory("Công ty Khang An");

            var made = w.services().backups().backupIfDue(Workspace.CLOCK.instant(), ProgressListener.NONE);

            assertThat(made).as("an automatic backup is due on PostgreSQL too").isPresent();
            try (app.dossier.tree.Bag bag = app.dossier.tree.Bag.open(made.get().file())) {
                assertThat(bag.files()).contains("data/dossier.db");
                assertThat(bag.info()).containsEntry("Dossier-Records-From", w.location().database().toString());
            }
        }
    }
}
