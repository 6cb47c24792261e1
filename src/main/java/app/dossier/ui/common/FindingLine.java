package app.dossier.ui.common;

import app.dossier.domain.guidance.Finding;
import app.dossier.domain.guidance.Severity;
import app.dossier.domain.guidance.Urgency;

/**
 * One finding as the window shows it, in the window's language.
 *
 * @param severityWords "Urgent", "To fix", "Advice"
 * @param text          what is wrong and what to do
 * @param when          the due time and where it stands ("26 Nov 2026 16:05 · due soon"); empty without one
 * @param urgency       null without a due time
 */
public record FindingLine(long orderId, String orderLabel, Finding.Kind kind, Severity severity, String severityWords, String text,
        String when, Urgency urgency) {
}
