package app.dossier.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Hears the changes other Dossiers save on the same server (PostgreSQL's LISTEN), on a connection
 * and a thread of its own, and passes on the orders each one changed (empty: something other than
 * an order). This Dossier's own changes are not passed on. When the connection drops it connects
 * again, and then says that anything may have changed.
 */
public final class ChangesOnServer implements AutoCloseable {
    /** How long one wait for news lasts before the thread looks whether it is to stop. */
    private static final int WAIT_MS = 500;

    private final DataSource dataSource;
    private final int ownPid;
    private final Consumer<Set<Long>> heard;
    private final Thread thread;
    private volatile boolean closed;
    private volatile Connection connection;

    private ChangesOnServer(DataSource dataSource, int ownPid, Consumer<Set<Long>> heard) {
        this.dataSource = dataSource;
        this.ownPid = ownPid;
        this.heard = heard;
        this.thread = new Thread(this::listen, "changes-on-server");
        this.thread.setDaemon(true);
    }

    static ChangesOnServer start(DataSource dataSource, int ownPid, Consumer<Set<Long>> heard) {
        ChangesOnServer listener = new ChangesOnServer(dataSource, ownPid, heard);
        listener.connect();
        listener.thread.start();
        return listener;
    }

    private boolean connect() {
        try {
            Connection c = dataSource.getConnection();
            c.setAutoCommit(true);
            try (var statement = c.createStatement()) {
                statement.execute("LISTEN " + PostgresDatabase.CHANGES);
            }
            connection = c;
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private void listen() {
        while (!closed) {
            Connection c = connection;
            if (c == null) {
                pause();
                if (!closed && connect()) {
                    heard.accept(Set.of());
                }
                continue;
            }
            try {
                PGNotification[] news = c.unwrap(PGConnection.class).getNotifications(WAIT_MS);
                Set<Long> orders = new LinkedHashSet<>();
                boolean any = false;
                for (PGNotification one : news == null ? new PGNotification[0] : news) {
                    if (one.getPID() == ownPid) {
                        continue;
                    }
                    any = true;
                    for (String id : one.getParameter().split(",")) {
                        if (!id.isBlank()) {
                            orders.add(Long.parseLong(id.strip()));
                        }
                    }
                }
                if (any) {
                    heard.accept(orders);
                }
            } catch (SQLException | RuntimeException e) {
                if (!closed) {
                    closeQuietly(c);
                    connection = null;
                }
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // the connection is gone already
        }
    }

    @Override
    public void close() {
        closed = true;
        Connection c = connection;
        try {
            thread.join(2 * WAIT_MS + 500L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (c != null) {
            closeQuietly(c);
        }
    }
}
