package app.dossier.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * A change cut off at any step (the process dies: nothing is undone in place) is put right at the
 * next start: the tree and the database are exactly as before the change, and verify is clean.
 */
@Tag("slow")
class RecoveryTest {
    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> aCrashBeforeAnyStepIsPutRightAtTheNextStart() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        int run = 0;
        for (AtomicityTest.Operation operation : AtomicityTest.OPERATIONS) {
            List<String> steps;
            try (Workspace workspace = AtomicityTest.fixture(Files.createDirectories(temp.resolve("dry-" + run++)))
                    .workspace()) {
                AtomicityTest.Fixture f = new AtomicityTest.Fixture(workspace,
                        workspace.services().factories().list().get(0),
                        workspace.services().orders().list(null).get(0).order());
                workspace.faults().failAt(-1);
                operation.run().accept(f);
                steps = workspace.faults().seen();
            }
            for (int i = 0; i < steps.size(); i++) {
                int crashAt = i;
                Path folder = temp.resolve("crash-" + run++);
                tests.add(DynamicTest.dynamicTest(operation.name() + ", killed before “" + steps.get(i) + "”",
                        () -> crashingAt(operation, folder, crashAt)));
            }
        }
        return tests.stream();
    }

    /**
     * A user whose first act after the crash is a rebuild: the tree is read as the crash left it, and
     * the next start must still leave every case.json in line with the database, losing nothing.
     */
    @TestFactory
    Stream<DynamicTest> aRebuildRightAfterACrashThenTheNextStartLeaveItConsistent() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        int run = 0;
        for (AtomicityTest.Operation operation : AtomicityTest.OPERATIONS) {
            List<String> steps;
            try (Workspace workspace = AtomicityTest.fixture(Files.createDirectories(temp.resolve("rdry-" + run++)))
                    .workspace()) {
                AtomicityTest.Fixture f = new AtomicityTest.Fixture(workspace,
                        workspace.services().factories().list().get(0),
                        workspace.services().orders().list(null).get(0).order());
                workspace.faults().failAt(-1);
                operation.run().accept(f);
                steps = workspace.faults().seen();
            }
            for (int i = 0; i < steps.size(); i++) {
                int crashAt = i;
                Path folder = temp.resolve("rcrash-" + run++);
                tests.add(DynamicTest.dynamicTest(operation.name() + ", killed before “" + steps.get(i)
                        + "”, then rebuilt", () -> rebuiltAfterCrashAt(operation, folder, crashAt)));
            }
        }
        return tests.stream();
    }

    private static void rebuiltAfterCrashAt(AtomicityTest.Operation operation, Path folder, int step) throws Exception {
        AtomicityTest.Fixture f = AtomicityTest.fixture(Files.createDirectories(folder));
        try (Workspace workspace = f.workspace()) {
            int rowsBefore = Snapshot.of(workspace).rows().size();
            workspace.faults().crashAt(step);
            assertThatThrownBy(() -> operation.run().accept(f)).isInstanceOf(InjectedFaults.SimulatedCrash.class);
            try {
                workspace.closeServices();
            } catch (RuntimeException e) {
                // the connection is closed either way
            }

            workspace.composition().rebuild(workspace.location(), ProgressListener.NONE);
            workspace.restartAfterCrash();

            assertThat(workspace.services().verify().verify(ProgressListener.NONE).problems()).isEmpty();
            // a removal whose case.json was written before the crash is rebuilt as done: one row fewer, never more gone
            int removed = AtomicityTest.REMOVING.getOrDefault(operation.name(), 0);
            assertThat(Snapshot.of(workspace).rows().size()).isGreaterThanOrEqualTo(rowsBefore - removed);
        }
    }

    private static void crashingAt(AtomicityTest.Operation operation, Path folder, int step) throws Exception {
        AtomicityTest.Fixture f = AtomicityTest.fixture(Files.createDirectories(folder));
        try (Workspace workspace = f.workspace()) {
            Snapshot before = Snapshot.of(workspace);
            workspace.faults().crashAt(step);
            assertThatThrownBy(() -> operation.run().accept(f)).isInstanceOf(InjectedFaults.SimulatedCrash.class);

            workspace.restartAfterCrash();

            Snapshot after = Snapshot.of(workspace);
            assertThat(after.rows()).isEqualTo(before.rows());
            assertThat(after.tree()).isEqualTo(before.tree());
            assertThat(workspace.services().verify().verify(ProgressListener.NONE).problems()).isEmpty();
            assertThat(workspace.location().dataFolder().resolve("pending")).satisfiesAnyOf(
                    p -> assertThat(p).doesNotExist(), p -> assertThat(p).isEmptyDirectory());
        }
    }

    @Test
    void aRebuildCutOffBeforeItsSwapIsFinishedAtTheNextStart() throws Exception {
        try (Workspace workspace = AtomicityTest.fixture(temp).workspace()) {
            List<String> rows = Snapshot.rows(workspace.location().databaseFile());
            workspace.closeServices();
            Path data = workspace.location().dataFolder();
            // a complete rebuilt database waiting to be swapped in, and no current one: the crash
            // came between moving the old one aside and moving the new one in
            Files.move(workspace.location().databaseFile(), data.resolve("dossier.db.rebuilt"));
            Files.writeString(data.resolve("dossier.db.rebuilding"), "half a database");

            workspace.restartAfterCrash();

            assertThat(Snapshot.rows(workspace.location().databaseFile())).isEqualTo(rows);
            assertThat(data.resolve("dossier.db.rebuilding")).doesNotExist();
            assertThat(data.resolve("dossier.db.rebuilt")).doesNotExist();
        }
    }
}
