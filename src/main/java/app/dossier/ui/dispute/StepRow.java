package app.dossier.ui.dispute;

import app.dossier.domain.DisputeStatus;
import java.util.List;

/**
 * One step of a dispute as its timeline shows it: its number (from 1, as the command line counts
 * them), the status reached, when, the note, and the files kept with it.
 */
public record StepRow(int number, DisputeStatus status, String statusText, String when, String note,
        List<EvidenceRow> files) {
    public StepRow {
        files = List.copyOf(files);
    }
}
