package app.dossier.store;

import app.dossier.domain.DossierException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/** A transaction on the one connection of a {@link OneConnectionStorage}, holding its lock until it ends. */
final class OneConnectionTransaction implements Transaction {
    private final Connection connection;
    private final Session session;
    private final ReentrantLock lock;
    private boolean finished;

    private final Runnable beforeCommit;

    OneConnectionTransaction(Connection connection, ReentrantLock lock, boolean onServer,
            java.util.function.Consumer<Session> beforeCommit) {
        this.connection = connection;
        this.session = new Session(connection, onServer, true);
        this.lock = lock;
        this.beforeCommit = () -> beforeCommit.accept(session);
    }

    @Override
    public Session session() {
        return session;
    }

    Connection connection() {
        return connection;
    }

    @Override
    public <T> T inPart(Supplier<T> part) {
        Savepoint savepoint;
        try {
            savepoint = connection.setSavepoint();
        } catch (SQLException e) {
            throw Sql.failed(e);
        }
        T result;
        try {
            result = part.get();
        } catch (RuntimeException e) {
            try {
                connection.rollback(savepoint);
            } catch (SQLException undo) {
                e.addSuppressed(undo);
            }
            throw e;
        }
        try {
            connection.releaseSavepoint(savepoint);
        } catch (SQLException e) {
            throw Sql.failed(e);
        }
        return result;
    }

    @Override
    public void commit() {
        beforeCommit.run();
        try {
            connection.commit();
            finished = true;
        } catch (SQLException e) {
            throw new DossierException("Saving to the database failed: " + e.getMessage(), e);
        }
    }

    @Override
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
