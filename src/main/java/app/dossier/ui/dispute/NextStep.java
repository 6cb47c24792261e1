package app.dossier.ui.dispute;

import app.dossier.domain.DisputeStatus;

/** A step that may follow where the dispute stands, with the words on its button ("Sent to the factory…"). */
public record NextStep(DisputeStatus status, String label) {
}
