package app.dossier.ui.dispute;

import java.nio.file.Path;

/**
 * A file in the step dialog: one already kept with the step (its evidence id) or one chosen to add
 * (its path on disk); its name as the list shows it.
 */
public record StepFile(String name, Long evidenceId, Path source) {
    static StepFile kept(EvidenceRow row) {
        return new StepFile(row.fileName(), row.evidence().id(), null);
    }

    static StepFile chosen(Path source) {
        return new StepFile(String.valueOf(source.getFileName()), null, source);
    }
}
