package app.dossier.domain;

/** Where a dispute stands. */
public enum DisputeStatus {
    DRAFT,
    SENT,
    FACTORY_REPLIED,
    RESOLVED,
    ESCALATED,
    CLOSED
}
