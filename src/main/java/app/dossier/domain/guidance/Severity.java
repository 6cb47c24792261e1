package app.dossier.domain.guidance;

/** How much a finding matters, least first. */
public enum Severity {
    /** Worth doing; nothing is lost if it waits. */
    ADVICE,
    /** A gap that weakens a claim; fix it while there is still time. */
    WARNING,
    /** A limit has passed or a first-order risk is open: act today. */
    URGENT
}
