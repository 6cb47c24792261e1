package app.dossier.ui.dispute;

import app.dossier.domain.Evidence;

/** One file of the order's case file: its caption, its file name and when it was taken, in the user's words. */
public record EvidenceRow(Evidence evidence, String caption, String fileName, String captured) {
}
