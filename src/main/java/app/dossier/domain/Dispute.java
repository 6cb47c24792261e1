package app.dossier.domain;

import java.time.LocalDate;

/** A claim against an order. Kept minimal until the dispute workflow fills it in. */
public record Dispute(long id, long orderId, LocalDate openedOn, DisputeStatus status, String summary) {
    public Dispute withId(long newId) {
        return new Dispute(newId, orderId, openedOn, status, summary);
    }
}
