package app.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;
import static app.dossier.service.ReadOnlyMedia.OWNER_MAY_WRITE;
import static app.dossier.service.ReadOnlyMedia.contents;
import static app.dossier.service.ReadOnlyMedia.makeReadOnly;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.dossier.service.Checkpoint;
import app.dossier.service.DataLocation;
import app.dossier.service.Workspace;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A data folder on read-only media (an archive disc, a read-only share) is listed, searched,
 * shown, verified, checked, printed to a packet and exported, says once that it is read-only, and
 * is left exactly as it was: every name, byte and modification time, and no lock, -shm or -wal file.
 *
 * <p>The folder is made read-only as a disc would be: every folder 0555, every file 0444. Tests may
 * run as root, whom permission bits do not stop, so whether a path can be written is read from
 * those bits (the answer {@code access(2)} gives any other user) through the composition's seam; the
 * app itself asks the operating system ({@code Files.isWritable}), which also says no on a read-only
 * mount, for root too. What this proves, run as root: Dossier takes the read-only path and writes
 * nothing there although it could. Run as another user, the operating system refuses every write
 * as well, and the test also proves that the commands need none.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("slow")
class ReadOnlyDataFolderTest {
    private static final String ORDER = "2837461920384756123";

    private Path temp;
    private Path data;
    private Map<String, String> before;

    private CommandRun dossier(String... args) {
        return CommandRun.on(data, new Composition(Checkpoint.NONE, Workspace.CLOCK, OWNER_MAY_WRITE), args);
    }

    @BeforeAll
    void sampleOnADisc(@TempDir Path folder) throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        temp = folder;
        data = temp.resolve("Archive 2026 lưu trữ");
        assertThat(dossier("sample").code()).isZero();
        assertThat(dossier("verify").code()).isZero();
        makeReadOnly(data, true);
        before = contents(data);
        assertThat(before).doesNotContainKey("dossier.db-shm").doesNotContainKey("dossier.db-wal");
    }

    @AfterAll
    void writableAgain() throws IOException {
        if (data != null) {
            makeReadOnly(data, false);
        }
    }

    static List<List<String>> readingCommands() {
        return List.of(List.of("orders"), List.of("factories"), List.of("show", ORDER), List.of("search", "pallet"),
                List.of("verify"), List.of("check"), List.of("packet", ORDER, "--out", "OUT/packet.pdf"),
                List.of("export", ORDER, "--zip", "--out", "OUT/order.zip"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readingCommands")
    void aCommandThatOnlyReadsWorksSaysSoOnceAndChangesNothing(List<String> words) throws Exception {
        Path out = Files.createTempDirectory(temp, "out");
        String[] args = words.stream().map(w -> w.replace("OUT", out.toString())).toArray(String[]::new);

        CommandRun run = dossier(args);

        // check answers 1 when it finds something to do, as on any data folder
        assertThat(run.code()).as(run.err()).isEqualTo(words.get(0).equals("check") ? 1 : 0);
        assertThat(run.out() + run.err().replaceAll(".*is read-only.*", "")).as("what it read").isNotBlank();
        assertThat(run.err().lines().filter(l -> l.contains("is read-only")))
                .containsExactly("The data folder " + data + " is read-only: opened for reading only, nothing there"
                        + " will be changed.");
        assertThat(contents(data)).isEqualTo(before);
    }

    @Test
    void theListsShowTheRecords() {
        assertThat(dossier("orders").out()).contains(ORDER);
        assertThat(dossier("show", ORDER).out()).contains("o1-pallet.jpg");
        assertThat(dossier("verify").err()).contains("All consistent");
    }

    @Test
    void aChangeIsRefusedInPlainWordsAndNothingIsWritten() throws Exception {
        CommandRun run = dossier("add-factory", "Xưởng Mới");

        assertThat(run.code()).isNotZero();
        assertThat(run.err()).contains("is read-only", "nothing can be changed there", "still work")
                .doesNotContain("Exception");
        assertThat(contents(data)).isEqualTo(before);
    }

    @Test
    void aChangeThroughTheServicesIsRefusedAndNothingIsWritten() throws Exception {
        Composition composition = new Composition(Checkpoint.NONE, Workspace.CLOCK, OWNER_MAY_WRITE);
        try (app.dossier.service.Services services = composition.openReadOnly(DataLocation.peek(data, null))) {
            assertThat(services.readOnly()).isTrue();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> services.factories().add(
                            new app.dossier.domain.Factory(0, "Xưởng Mới", null, null, null, null, null, null)))
                    .isInstanceOf(app.dossier.domain.DossierException.class)
                    .hasMessageContaining("is read-only").hasMessageContaining("Copy it to a disk");
            services.settings().put("window.language", "vi");
            assertThat(services.settings().get("window.language")).as("kept for this session").contains("vi");
            assertThat(services.backups().backupIfDue(java.time.Instant.now(),
                    app.dossier.service.ProgressListener.NONE)).as("no automatic backup").isEmpty();
        }
        assertThat(contents(data)).isEqualTo(before);
    }

    @Test
    void theOperatingSystemsAnswerIsWhatTheAppAsks() {
        DataLocation location = DataLocation.peek(data, null);
        assertThat(new Composition(Checkpoint.NONE, Workspace.CLOCK, OWNER_MAY_WRITE).canChange(location)).isFalse();
        // as any user but root, the app's own check sees the permission bits too
        assumeTrue(!"root".equals(System.getProperty("user.name")), "not root");
        assertThat(new Composition().canChange(location)).isFalse();
    }
}
