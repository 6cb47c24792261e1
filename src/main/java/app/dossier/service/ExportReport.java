package app.dossier.service;

import java.nio.file.Path;

/**
 * An order's case file exported as a BagIt bag: where, how many files and bytes of payload, and
 * how many of those are files in the order's folder that Dossier has no record of (exported as
 * they are, since they are the user's).
 */
public record ExportReport(Path bag, int files, long bytes, int unrecordedFiles) {
}
