package app.dossier.service;

/**
 * One thing the search box found. {@code factoryId}, {@code orderId} and {@code evidenceId}
 * say where to go; those that do not apply are 0.
 */
public record SearchHit(Kind kind, String title, String detail, long factoryId, long orderId, long evidenceId) {
    public enum Kind {
        FACTORY,
        ORDER,
        EVIDENCE,
        /** A message of a chat kept in the order's Chat and agreements. */
        CHAT
    }
}
