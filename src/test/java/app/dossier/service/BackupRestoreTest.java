package app.dossier.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dossier.domain.DossierException;
import app.dossier.domain.Factory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A backup holds everything, restores byte for byte, and is refused when damaged or when it would overwrite. */
class BackupRestoreTest {
    @TempDir
    Path temp;

    private Workspace workspace;

    @BeforeEach
    void sampleBusiness() {
        workspace = Workspace.withSample(temp.resolve("original"));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private DataLocation elsewhere(String name) {
        Path data = temp.resolve(name);
        return new DataLocation(data, data.resolve(DataLocation.DEFAULT_CASE_FILES));
    }

    private Path backup() {
        return workspace.services().backups().backup(temp.resolve("out/backup.zip"), ProgressListener.NONE).file();
    }

    private RestoreReport restore(Path backup, DataLocation target, boolean replace) {
        return workspace.composition().restore(backup, target, replace, ProgressListener.NONE);
    }

    @Test
    void backupThenRestoreGivesByteIdenticalFilesAndTheSameRecords() throws Exception {
        Path emptyFolder = Files.createDirectories(workspace.root().resolve("义乌市佳美日用品有限公司/Hàng mẫu cũ"));
        Snapshot before = Snapshot.of(workspace);
        var ordersBefore = workspace.services().orders().list(null);

        Path backup = backup();
        DataLocation target = elsewhere("restored");
        RestoreReport report = restore(backup, target, false);

        assertThat(Snapshot.tree(target.caseFilesRoot())).isEqualTo(before.tree());
        assertThat(Snapshot.rows(target.databaseFile())).isEqualTo(before.rows());
        assertThat(target.caseFilesRoot().resolve(workspace.root().relativize(emptyFolder))).isEmptyDirectory();
        assertThat(report.verify().consistent()).as(report.verify().problems().toString()).isTrue();
        assertThat(report.replacedDatabase()).isNull();
        assertThat(report.replacedCaseFiles()).isNull();
        assertThat(report.backupInfo()).containsEntry("Dossier-Data-Folder", workspace.location().dataFolder().toString())
                .containsKeys("Dossier-Backed-Up-At", "Dossier-Host", "Bagging-Date", "Payload-Oxum");
        try (Services restored = workspace.composition().open(target)) {
            assertThat(restored.orders().list(null)).isEqualTo(ordersBefore);
        }
    }

    @Test
    void theBackupIsAValidBagListingEveryFileWithItsChecksum() throws Exception {
        Path backup = backup();
        BagReport check = ExportService.checkBag(backup, ProgressListener.NONE);
        assertThat(check.valid()).as(check.problems().toString()).isTrue();
        int treeFiles = (int) Snapshot.tree(workspace.root()).values().stream().filter(v -> !v.equals("folder")).count();
        assertThat(check.payloadFiles()).isEqualTo(treeFiles + 1);
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            assertThat(zip.getEntry("backup/bagit.txt")).isNotNull();
            assertThat(zip.getEntry("backup/data/dossier.db")).isNotNull();
            String manifest = new String(zip.getInputStream(zip.getEntry("backup/manifest-sha256.txt")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(manifest).contains("  data/Case files/义乌市佳美日用品有限公司/factory.json\n");
        }
        try (Stream<Path> left = Files.list(backup.getParent())) {
            assertThat(left).containsExactly(backup);
        }
    }

    @Test
    void aDamagedBackupIsRefusedNamingTheFileAndNothingIsRestored() throws Exception {
        Path backup = backup();
        String photo = "data/Case files/义乌市佳美日用品有限公司/2026-09-02 2837461920384756123/Receiving and QC/o1-pallet.jpg";
        Path tampered = rewrite(backup, temp.resolve("tampered.zip"), (name, bytes) -> {
            if (name.equals("backup/" + photo)) {
                bytes[bytes.length / 2] ^= 1;
            }
            return bytes;
        });
        DataLocation target = elsewhere("restored");

        assertThatThrownBy(() -> restore(tampered, target, false))
                .isInstanceOf(DossierException.class)
                .hasMessageContaining(photo)
                .hasMessageContaining("Nothing was restored");
        assertThat(target.databaseFile()).doesNotExist();
        assertThat(target.caseFilesRoot()).doesNotExist();
        try (Stream<Path> left = Files.list(target.dataFolder())) {
            assertThat(left.map(p -> p.getFileName().toString())).containsOnly(DataFolderLock.FILE);
        }
    }

    @Test
    void aBackupWithAFileLeftOutIsRefused() throws Exception {
        Path backup = backup();
        String missing = "data/Case files/义乌市佳美日用品有限公司/factory.json";
        Path cut = rewrite(backup, temp.resolve("cut.zip"), (name, bytes) -> name.equals("backup/" + missing) ? null : bytes);
        assertThatThrownBy(() -> restore(cut, elsewhere("restored"), false))
                .hasMessageContaining("MISSING " + missing);
    }

    @Test
    void entriesThatWouldLandOutsideTheFolderAreRefused() throws Exception {
        Path backup = backup();
        for (String evil : List.of("../evil.txt", "backup/data/Case files/../../../evil.txt", "/tmp/evil.txt")) {
            Path bad = rewrite(backup, temp.resolve("bad.zip"), (name, bytes) -> bytes, evil);
            assertThatThrownBy(() -> restore(bad, elsewhere("restored"), false))
                    .as(evil)
                    .hasMessageContaining("UNSAFE " + evil)
                    .hasMessageContaining("nothing was restored");
            Files.delete(bad);
        }
        assertThat(temp.resolve("evil.txt")).doesNotExist();
        assertThat(Path.of("/tmp/evil.txt")).doesNotExist();
    }

    @Test
    void restoringOverRecordsIsRefusedAndWithForceWhatWasThereIsKept() throws Exception {
        Path backup = backup();
        DataLocation target = elsewhere("restored");
        restore(backup, target, false);
        try (Services restored = workspace.composition().open(target)) {
            restored.factories().add(new Factory(0, "Xưởng mới", null, null, null, null, null, null));
        }
        Map<String, String> treeBefore = Snapshot.tree(target.caseFilesRoot());
        List<String> rowsBefore = Snapshot.rows(target.databaseFile());

        assertThatThrownBy(() -> restore(backup, target, false))
                .isInstanceOf(DossierException.class)
                .hasMessageContaining("already holds")
                .hasMessageContaining("--force");
        assertThat(Snapshot.tree(target.caseFilesRoot())).isEqualTo(treeBefore);

        RestoreReport forced = restore(backup, target, true);
        assertThat(forced.replacedDatabase()).exists();
        assertThat(Snapshot.rows(forced.replacedDatabase())).isEqualTo(rowsBefore);
        assertThat(Snapshot.tree(forced.replacedCaseFiles())).isEqualTo(treeBefore);
        assertThat(Snapshot.tree(target.caseFilesRoot())).isEqualTo(Snapshot.tree(workspace.root()));
        assertThat(forced.verify().consistent()).isTrue();
    }

    @Test
    void aDataFolderThisProcessHasOpenIsNotReplacedUnderIt() {
        Path backup = backup();
        assertThatThrownBy(() -> restore(backup, workspace.location(), true))
                .hasMessageContaining("is open")
                .hasMessageContaining("Nothing was restored");
        assertThat(workspace.services().orders().list(null)).hasSize(5);
    }

    @Test
    void restoreIntoOtherCaseFilesRemembersThem() throws Exception {
        Path backup = backup();
        Path data = temp.resolve("new-pc");
        DataLocation target = new DataLocation(data, temp.resolve("Google Drive/Hồ sơ"));
        restore(backup, target, false);
        DataLocation later = DataLocation.resolve(data, null);
        assertThat(later.caseFilesRoot()).isEqualTo(target.caseFilesRoot());
        assertThat(Snapshot.tree(later.caseFilesRoot())).isEqualTo(Snapshot.tree(workspace.root()));
    }

    @Test
    void aStoppedBackupLeavesNothingBehind() throws Exception {
        Path out = temp.resolve("out/stopped.zip");
        ProgressListener stopAtOnce = new ProgressListener() {
            @Override
            public void progress(long done, long total, String message) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> workspace.services().backups().backup(out, stopAtOnce))
                .hasMessageContaining("stopped");
        try (Stream<Path> left = Files.list(out.getParent())) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aChangeMadeWhileTheFilesAreCopiedIsInTheBackupWithItsFiles() throws Exception {
        List<String> changed = new ArrayList<>();
        ProgressListener changeOnce = new ProgressListener() {
            @Override
            public void progress(long done, long total, String message) {
                if (changed.isEmpty() && message.endsWith(".jpg")) {
                    changed.add(message);
                    workspace.services().factories().add(new Factory(0, "Xưởng thêm giữa chừng", null, null, null, null,
                            null, null));
                }
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
        Path backup = workspace.services().backups().backup(temp.resolve("out/busy.zip"), changeOnce).file();
        assertThat(changed).hasSize(1);

        DataLocation target = elsewhere("restored");
        RestoreReport report = restore(backup, target, false);
        assertThat(report.verify().consistent()).as(report.verify().problems().toString()).isTrue();
        assertThat(Snapshot.tree(target.caseFilesRoot())).isEqualTo(Snapshot.tree(workspace.root()))
                .containsKey("Xưởng thêm giữa chừng/factory.json");
    }

    @Test
    void somethingThatIsNotABackupIsRefused() throws Exception {
        Path notABackup = Files.writeString(temp.resolve("notes.zip"), "not a zip");
        assertThatThrownBy(() -> restore(notABackup, elsewhere("restored"), false))
                .isInstanceOf(DossierException.class)
                .hasMessageContaining("notes.zip");
    }

    /** Copies a zip, letting {@code change} alter (or, returning null, drop) each entry; adds empty {@code extra} entries. */
    static Path rewrite(Path from, Path to, BiFunction<String, byte[], byte[]> change, String... extra) throws IOException {
        try (ZipFile in = new ZipFile(from.toFile());
             OutputStream file = Files.newOutputStream(to);
             ZipOutputStream out = new ZipOutputStream(file)) {
            for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                byte[] bytes;
                try (InputStream data = in.getInputStream(entry)) {
                    bytes = data.readAllBytes();
                }
                byte[] changed = entry.isDirectory() ? bytes : change.apply(entry.getName(), bytes);
                if (changed != null) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    out.write(changed);
                    out.closeEntry();
                }
            }
            for (String name : extra) {
                out.putNextEntry(new ZipEntry(name));
                out.write("evil".getBytes());
                out.closeEntry();
            }
        }
        return to;
    }
}
