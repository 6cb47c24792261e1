package app.dossier.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dossier.domain.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app backs up by itself every few days and keeps only the newest few backups. */
class AutomaticBackupTest {
    private static final Instant MONDAY = Instant.parse("2026-11-30T02:15:00Z");

    @TempDir
    Path temp;

    private Workspace workspace;
    private BackupService backups;

    @BeforeEach
    void workspace() {
        workspace = new Workspace(temp);
        workspace.factory("义乌市佳美日用品有限公司");
        backups = workspace.services().backups();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private List<String> names() {
        return backups.automaticBackups().stream().map(p -> p.getFileName().toString()).toList();
    }

    @Test
    void byDefaultEverySevenDaysKeepingFiveInTheDataFolder() {
        assertThat(backups.settings()).isEqualTo(new BackupSettings(7, 5, null));
        assertThat(backups.folder()).isEqualTo(workspace.location().dataFolder().resolve("Backups"));
    }

    @Test
    void theFirstStartBacksUpThenNotAgainUntilTheIntervalHasPassed() {
        Optional<BackupReport> first = backups.backupIfDue(MONDAY, ProgressListener.NONE);
        // named by the local time of the user's zone (the workspace's is Asia/Ho_Chi_Minh, UTC+7)
        assertThat(first).hasValueSatisfying(r -> assertThat(r.file())
                .isEqualTo(workspace.location().dataFolder().resolve("Backups/dossier-20261130-091500.zip")));
        assertThat(ExportService.checkBag(first.get().file(), ProgressListener.NONE).valid()).isTrue();

        assertThat(backups.backupIfDue(MONDAY.plus(Duration.ofHours(1)), ProgressListener.NONE)).isEmpty();
        assertThat(backups.backupIfDue(MONDAY.plus(Duration.ofDays(7)).minusSeconds(1), ProgressListener.NONE)).isEmpty();
        assertThat(backups.backupIfDue(MONDAY.plus(Duration.ofDays(7)), ProgressListener.NONE)).isPresent();
        assertThat(names()).containsExactly("dossier-20261207-091500.zip", "dossier-20261130-091500.zip");
    }

    @Test
    void onlyTheNewestBackupsAreKept() {
        backups.saveSettings(new BackupSettings(1, 3, null));
        for (int day = 0; day < 6; day++) {
            assertThat(backups.backupIfDue(MONDAY.plus(Duration.ofDays(day)), ProgressListener.NONE)).isPresent();
        }
        assertThat(names()).containsExactly("dossier-20261205-091500.zip", "dossier-20261204-091500.zip",
                "dossier-20261203-091500.zip");
    }

    @Test
    void keepingOneNeverRemovesTheNewest() {
        backups.saveSettings(new BackupSettings(1, 1, null));
        backups.backupIfDue(MONDAY, ProgressListener.NONE);
        BackupReport second = backups.backupIfDue(MONDAY.plus(Duration.ofDays(1)), ProgressListener.NONE).orElseThrow();
        assertThat(second.removed()).extracting(p -> p.getFileName().toString())
                .containsExactly("dossier-20261130-091500.zip");
        assertThat(names()).containsExactly("dossier-20261201-091500.zip");
    }

    @Test
    void otherFilesInTheBackupsFolderAreLeftAlone() throws Exception {
        backups.saveSettings(new BackupSettings(1, 1, null));
        Path mine = Files.createDirectories(backups.folder()).resolve("before moving house.zip");
        Files.writeString(mine, "kept by hand");
        backups.backupIfDue(MONDAY, ProgressListener.NONE);
        backups.backupIfDue(MONDAY.plus(Duration.ofDays(1)), ProgressListener.NONE);
        assertThat(mine).hasContent("kept by hand");
    }

    @Test
    void zeroDaysTurnsItOffAndTheSettingsAreKept() {
        backups.saveSettings(new BackupSettings(0, 5, temp.resolve("USB")));
        assertThat(backups.backupIfDue(MONDAY, ProgressListener.NONE)).isEmpty();
        workspace.reopen();
        assertThat(workspace.services().backups().settings()).isEqualTo(new BackupSettings(0, 5, temp.resolve("USB")));
        assertThat(workspace.services().backups().folder()).isEqualTo(temp.resolve("USB"));
    }

    @Test
    void settingsThatMakeNoSenseAreRefused() {
        assertThatThrownBy(() -> new BackupSettings(7, 0, null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("At least 1");
        assertThatThrownBy(() -> new BackupSettings(-1, 5, null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aClockSetBackDoesNotStopBackups() {
        backups.backupIfDue(MONDAY, ProgressListener.NONE);
        assertThat(backups.backupIfDue(MONDAY.minus(Duration.ofDays(30)), ProgressListener.NONE)).isPresent();
    }
}
