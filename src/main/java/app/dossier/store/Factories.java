package app.dossier.store;

import app.dossier.domain.Factory;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The factories. Every call takes the caller's {@link Session}; a refusal is a {@link StoreException}. */
public interface Factories {
    /** Inserts the factory; an id of 0 lets the store choose one. Returns it with its id. */
    Factory insert(Session session, Factory factory);

    void update(Session session, Factory factory);

    /** By name (any case), then id. */
    List<Factory> all(Session session);

    Optional<Factory> byId(Session session, long id);

    /** The factories with these ids (those still there), in any order. */
    default List<Factory> byIds(Session session, java.util.Collection<Long> ids) {
        return ids.stream().distinct().map(id -> byId(session, id)).flatMap(Optional::stream).toList();
    }

    /** Factories whose Chinese or Latin name is exactly this, ignoring case, oldest first. */
    List<Factory> byName(Session session, String name);

    /** Deletes the factory's row and its search entry; what it holds must be gone first. */
    void delete(Session session, long id);

    /** Archives the factory at {@code at}, or with null brings it back. */
    void setArchived(Session session, long id, Instant at);

    /** When each archived factory was archived, by id; the others are not in it. */
    Map<Long, Instant> archived(Session session);
}
