package app.dossier.store;

import app.dossier.domain.Factory;
import java.util.List;
import java.util.Optional;

/** The factories. Every call takes the caller's {@link Session}; a refusal is a {@link StoreException}. */
public interface Factories {
    /** Inserts the factory; an id of 0 lets the store choose one. Returns it with its id. */
    Factory insert(Session session, Factory factory);

    void update(Session session, Factory factory);

    /** By name (any case), then id. */
    List<Factory> all(Session session);

    Optional<Factory> byId(Session session, long id);

    /** Factories whose Chinese or Latin name is exactly this, ignoring case, oldest first. */
    List<Factory> byName(Session session, String name);
}
