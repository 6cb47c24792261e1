package app.dossier.store;

import app.dossier.domain.Dispute;
import java.util.List;
import java.util.Optional;

/**
 * Disputes opened on orders, with their resolution and their steps. Every call takes the caller's
 * {@link Session}; a refusal is a {@link StoreException}.
 */
public interface Disputes {
    /** Inserts the dispute and its steps; an id of 0 lets the store choose one. Returns it with its id. */
    Dispute insert(Session session, Dispute dispute);

    /** Saves everything about the dispute, its steps included. */
    void update(Session session, Dispute dispute);

    List<Dispute> ofOrder(Session session, long orderId);

    List<Dispute> all(Session session);

    Optional<Dispute> byId(Session session, long id);
}
