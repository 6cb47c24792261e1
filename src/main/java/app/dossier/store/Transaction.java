package app.dossier.store;

import app.dossier.domain.DossierException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;

/** One database transaction. Closing it without a commit rolls it back. */
public final class Transaction implements AutoCloseable {
    private final Connection connection;
    private final ReentrantLock lock;
    private boolean finished;

    Transaction(Connection connection, ReentrantLock lock) {
        this.connection = connection;
        this.lock = lock;
    }

    public Connection connection() {
        return connection;
    }

    public void commit() {
        try {
            connection.commit();
            finished = true;
        } catch (SQLException e) {
            throw new DossierException("Saving to the database failed: " + e.getMessage(), e);
        }
    }

    public boolean committed() {
        return finished;
    }

    @Override
    public void close() {
        try {
            if (!finished) {
                connection.rollback();
            }
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new DossierException("Undoing a change in the database failed: " + e.getMessage(), e);
        } finally {
            finished = true;
            lock.unlock();
        }
    }
}
