package app.dossier.store;

import app.dossier.domain.Order;
import java.util.List;
import java.util.Optional;

/** The orders. Every call takes the caller's {@link Session}; a refusal is a {@link StoreException}. */
public interface Orders {
    /** Inserts the order; an id of 0 lets the store choose one. Returns it with its id. */
    Order insert(Session session, Order order);

    void update(Session session, Order order);

    /** Newest first. */
    List<Order> all(Session session);

    /** The factory's orders, newest first. */
    List<Order> ofFactory(Session session, long factoryId);

    Optional<Order> byId(Session session, long id);

    Optional<Order> byNumber(Session session, String number);
}
