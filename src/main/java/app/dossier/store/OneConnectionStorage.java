package app.dossier.store;

import app.dossier.domain.DossierException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A database used through one connection by the whole app, SQLite's file or a PostgreSQL server:
 * a lock makes every read and every transaction take turns, so a transaction never sees another's
 * half-done work. Reads run in autocommit; a change turns it off until it ends.
 */
abstract class OneConnectionStorage implements Storage, AutoCloseable {
    private final Connection connection;
    private final Session session;
    private final ReentrantLock lock = new ReentrantLock();
    private final boolean readOnly;
    private long changesBegun;

    OneConnectionStorage(Connection connection, boolean readOnly) {
        this.connection = connection;
        this.session = new Session(connection);
        this.readOnly = readOnly;
    }

    @Override
    public <T> T read(Reading<T> work) {
        lock.lock();
        try {
            return work.run(session);
        } catch (StoreException e) {
            throw new DossierException("Reading the database failed: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Starts a transaction; the caller must {@link Transaction#commit()} it or it is rolled back
     * on {@link Transaction#close()}. The database stays locked to this thread until then.
     */
    @Override
    public Transaction begin() {
        if (readOnly) {
            throw new DossierException("This data folder is open for reading only, so nothing can be changed from here.");
        }
        lock.lock();
        changesBegun++;
        OneConnectionTransaction tx;
        try {
            connection.setAutoCommit(false);
            tx = new OneConnectionTransaction(connection, lock, onServer(), this::beforeCommit);
        } catch (SQLException e) {
            lock.unlock();
            throw cannotBegin(e);
        }
        try {
            begun(tx.session());
            return tx;
        } catch (RuntimeException e) {
            tx.close();
            throw e;
        }
    }

    /** Whether other Dossiers change the same records at the same time (a server's), so changes take locks. */
    boolean onServer() {
        return false;
    }

    /** Run as a change begins, inside its transaction. */
    void begun(Session change) {
    }

    /** Run inside a change's transaction just before it commits. */
    void beforeCommit(Session change) {
    }

    /** Why a change could not start, in words. */
    abstract DossierException cannotBegin(SQLException e);

    /** {@link #changesBegun()} as it is, for a backup taken under {@link #whileNoChange}. */
    final long changesBegunNow() {
        return changesBegun;
    }

    final Connection connection() {
        return connection;
    }

    /** The session reads run in (autocommit, outside any change). */
    final Session session() {
        return session;
    }

    /**
     * How many changes have been started on this database since it was opened (committed or not).
     * The same number before and after reading something means no change ran in between.
     */
    @Override
    public long changesBegun() {
        lock.lock();
        try {
            return changesBegun;
        } finally {
            lock.unlock();
        }
    }

    /** Runs {@code work} with the database locked, so no change starts until it returns. */
    @Override
    public <T> T whileNoChange(Callable<T> work) throws Exception {
        lock.lock();
        try {
            return work.call();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            throw new DossierException("Closing the database failed: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }
}
