package app.dossier.store;

import java.sql.Connection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One turn at the records: a read, or a change inside its transaction. The services hand it to the
 * repositories and never look inside, so that what stands behind it (one SQLite connection, or a
 * connection to a server others write to as well) can change without them.
 */
public final class Session {
    private final Connection connection;
    private final boolean onServer;
    private final boolean inChange;
    private final Set<Long> touched = new LinkedHashSet<>();

    Session(Connection connection) {
        this(connection, false, false);
    }

    Session(Connection connection, boolean onServer, boolean inChange) {
        this.connection = connection;
        this.onServer = onServer;
        this.inChange = inChange;
    }

    Connection connection() {
        return connection;
    }

    /** Inside a change, on a server other Dossiers change too: where {@link ChangeLocks} are taken. */
    boolean inChangeOnServer() {
        return onServer && inChange;
    }

    /** Notes an order this change locked, so the other Dossiers hear of it once the change is saved. */
    void touched(long orderId) {
        touched.add(orderId);
    }

    /** The orders this change locked, in the order it locked them. */
    Set<Long> touched() {
        return touched;
    }
}
