package app.dossier.store;

import java.sql.Connection;

/**
 * One turn at the records: a read, or a change inside its transaction. The services hand it to the
 * repositories and never look inside, so that what stands behind it (today one SQLite connection)
 * can change without them.
 */
public final class Session {
    private final Connection connection;

    Session(Connection connection) {
        this.connection = connection;
    }

    Connection connection() {
        return connection;
    }
}
