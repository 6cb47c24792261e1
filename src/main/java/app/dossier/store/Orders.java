package app.dossier.store;

import app.dossier.domain.Order;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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

    /** The orders with these ids (those still there), in any order. */
    default List<Order> byIds(Session session, java.util.Collection<Long> ids) {
        return ids.stream().distinct().map(id -> byId(session, id)).flatMap(Optional::stream).toList();
    }

    Optional<Order> byNumber(Session session, String number);

    /** Deletes the order's row and its search entry; what it holds must be gone first. */
    void delete(Session session, long id);

    /** Archives the order at {@code at}, or with null brings it back. */
    void setArchived(Session session, long id, Instant at);

    /** When each archived order was archived, by id; the others are not in it. */
    Map<Long, Instant> archived(Session session);
}
