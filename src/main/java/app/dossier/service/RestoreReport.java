package app.dossier.service;

import java.nio.file.Path;
import java.util.Map;

/**
 * What a restore put back: how many files and bytes (the database counted as one), what the
 * backup says about itself (when and from where), what it replaced and where that was kept
 * (null when nothing was there), and what verify says of the restored folder.
 */
public record RestoreReport(DataLocation location, int files, long bytes, Map<String, String> backupInfo,
        Path replacedDatabase, Path replacedCaseFiles, VerifyReport verify) {
}
