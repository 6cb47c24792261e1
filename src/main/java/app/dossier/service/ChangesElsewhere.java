package app.dossier.service;

import app.dossier.store.Storage;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Changes other people save to the same records from their own PCs (a team on a server): the
 * window hears of them within a second or two and shows them. On one PC nobody else writes, and
 * nothing is ever heard.
 */
public final class ChangesElsewhere {
    private final Storage storage;

    public ChangesElsewhere(Storage storage) {
        this.storage = storage;
    }

    /**
     * Calls {@code heard}, on a thread of its own, with the ids of the orders each change saved
     * elsewhere touched (empty: a factory, the business profile, or anything after the connection
     * came back), until the returned handle is closed.
     */
    public AutoCloseable listen(Consumer<Set<Long>> heard) {
        return storage.listen(heard);
    }
}
