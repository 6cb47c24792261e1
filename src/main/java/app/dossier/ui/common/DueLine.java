package app.dossier.ui.common;

import app.dossier.domain.guidance.Deadline;
import app.dossier.domain.guidance.Urgency;

/**
 * One deadline of the "due soon / overdue" list, in the window's language.
 *
 * @param what          what is due, in a few words ("Inspect the goods (48-hour limit)")
 * @param message       what to do, in a sentence
 * @param when          the due time ("26 Nov 2026 16:05")
 * @param urgencyWords  "Overdue", "Due soon"
 */
public record DueLine(long orderId, String orderLabel, Deadline.Kind kind, String what, String message, String when,
        Urgency urgency, String urgencyWords) {

    public boolean overdue() {
        return urgency == Urgency.OVERDUE;
    }
}
