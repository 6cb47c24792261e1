package app.dossier.service;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * A backup written: the zip, how many files and bytes it holds (the database counted as one), when
 * it was taken, and the old automatic backups removed to keep the number the settings ask for.
 */
public record BackupReport(Path file, int files, long bytes, Instant takenAt, List<Path> removed) {
    BackupReport withRemoved(List<Path> removedBackups) {
        return new BackupReport(file, files, bytes, takenAt, List.copyOf(removedBackups));
    }
}
