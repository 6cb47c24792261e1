package app.dossier.service;

import app.dossier.domain.InvalidInputException;
import app.dossier.domain.Refusal;
import java.nio.file.Path;

/**
 * When the app backs the data folder up by itself: every {@code everyDays} days (0: never), keeping
 * the newest {@code keep} automatic backups, in {@code folder} (null: {@code <data>/Backups}).
 */
public record BackupSettings(int everyDays, int keep, Path folder) {
    public static final int DEFAULT_EVERY_DAYS = 7;
    public static final int DEFAULT_KEEP = 5;

    public BackupSettings {
        if (everyDays < 0) {
            throw new InvalidInputException(Refusal.BACKUP_EVERY_NEGATIVE.with(everyDays));
        }
        if (keep < 1) {
            throw new InvalidInputException(Refusal.BACKUP_KEEP_TOO_FEW.with(keep));
        }
        folder = folder == null ? null : folder.toAbsolutePath().normalize();
    }

    public static BackupSettings defaults() {
        return new BackupSettings(DEFAULT_EVERY_DAYS, DEFAULT_KEEP, null);
    }

    public boolean automatic() {
        return everyDays > 0;
    }
}
