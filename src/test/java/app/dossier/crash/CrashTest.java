package app.dossier.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dossier killed with SIGKILL in the middle of its work loses nothing it reported saved, and the next
 * start leaves the data folder consistent. A handful of kills here, one per kind of change; the
 * {@code crash} Maven profile runs 200 ({@code mvn -B verify -Pcrash}, or {@code -Dcrash.kills=N}).
 */
@Tag("slow")
class CrashTest {
    @TempDir
    Path temp;

    @Test
    void killedAtRandomPointsItLosesNothingReportedSavedAndRecoversToConsistent() throws Exception {
        int kills = Integer.getInteger("crash.kills", CrashHarness.CYCLE.length);
        long seed = Long.getLong("crash.seed", 2026L);
        CrashHarness.Totals totals = CrashHarness.run(temp, kills, seed, System.out);

        assertThat(totals.kills()).isEqualTo(kills);
        assertThat(totals.findings()).as(totals.summary()).isEmpty();
        assertThat(totals.lost()).isZero();
        assertThat(totals.inconsistent()).isZero();
        assertThat(totals.savedLines()).as("the workload saved records between the kills").isPositive();
    }
}
