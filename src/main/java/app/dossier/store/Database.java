package app.dossier.store;

import app.dossier.domain.DossierException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The one SQLite file of a data folder: WAL journal, foreign keys on, schema brought up to date
 * by the versioned migrations in {@code db/migration} when it is opened.
 *
 * <p>One connection serves the whole app; a lock makes every read and every transaction
 * take turns, so a transaction never sees another's half-done work.
 */
public final class Database implements AutoCloseable {
    private final Path file;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    public static Database open(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (Exception e) {
            throw new DossierException("Cannot create the folder for " + file + ": " + e.getMessage(), e);
        }
        SQLiteDataSource dataSource = new SQLiteDataSource(config());
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        migrate(dataSource, file);
        try {
            Connection connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            return new Database(file, connection);
        } catch (SQLException e) {
            throw new DossierException("Cannot open the database " + file + ": " + e.getMessage(), e);
        }
    }

    private static SQLiteConfig config() {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // FULL: a transaction reported saved survives a power cut, not only a crash of the app.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(10_000);
        return config;
    }

    private static void migrate(SQLiteDataSource dataSource, Path file) {
        try {
            Flyway.configure(Database.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .loggers("slf4j")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new DossierException("The database " + file + " could not be brought up to date: "
                    + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    /** Runs read-only work; it sees only committed records. */
    public <T> T read(SqlWork<T> work) {
        lock.lock();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new DossierException("Reading the database failed: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Starts a transaction; the caller must {@link Transaction#commit()} it or it is rolled back
     * on {@link Transaction#close()}. The database stays locked to this thread until then.
     */
    public Transaction begin() {
        lock.lock();
        try {
            connection.setAutoCommit(false);
            return new Transaction(connection, lock);
        } catch (SQLException e) {
            lock.unlock();
            throw new DossierException("Cannot start a change in the database: " + e.getMessage(), e);
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

    /** Work against the connection; SQL errors are turned into messages by the caller. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
