package app.dossier.store;

import app.dossier.domain.DossierException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The one SQLite file of a data folder: WAL journal, foreign keys on, schema brought up to date
 * by the versioned migrations in {@code db/migration} when it is opened.
 *
 * <p>One connection serves the whole app ({@link OneConnectionStorage}).
 */
public final class Database extends OneConnectionStorage {
    /** The newest migration in {@code db/migration} ({@code V9__…}); a test keeps the two the same. */
    static final int SCHEMA_VERSION = 9;

    private final Path file;

    private Database(Path file, Connection connection, boolean readOnly) {
        super(connection, readOnly);
        this.file = file;
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
        return connect(dataSource, file, false);
    }

    /**
     * Opens an existing database for reading only, while another process may be changing it: no
     * migrations, nothing created, and SQLite itself refuses any write through this connection.
     */
    public static Database openReadOnly(Path file) {
        return openReadOnly(file, false);
    }

    /**
     * As {@link #openReadOnly(Path)}; {@code onReadOnlyMedia} for a database that nobody can change
     * (a read-only mount, an archive disc, a folder without write permission). SQLite then opens it
     * as immutable: it creates no {@code -shm} or {@code -wal} file beside it (it could not, there)
     * and takes no locks.
     */
    public static Database openReadOnly(Path file, boolean onReadOnlyMedia) {
        if (!Files.isRegularFile(file)) {
            throw new DossierException("There is no database at " + file + " yet.");
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        // A change takes the write lock when it begins, so that it waits (up to the timeout above) for
        // another program holding it; a transaction that reads first and writes later is refused at once.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl(onReadOnlyMedia
                ? "jdbc:sqlite:" + file.toAbsolutePath().toUri().toASCIIString().replaceFirst("^file:///", "file:/")
                        + "?immutable=1"
                : "jdbc:sqlite:" + file.toAbsolutePath());
        return connect(dataSource, file, true);
    }

    /**
     * Folds the write-ahead log of a database that nobody has open into its main file (a checkpoint),
     * so that the file alone holds every committed change; the log is then removed. A process killed
     * while it had the database open leaves its newest commits in the log. Does nothing when there is
     * no log; a database that cannot be opened is left as it is. Returns whether the log is gone.
     */
    public static boolean foldLog(Path file) {
        Path log = Path.of(file + "-wal");
        if (!Files.exists(log)) {
            return true;
        }
        if (!Files.isRegularFile(file)) {
            return false;
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(10_000);
        // A change takes the write lock when it begins, so that it waits (up to the timeout above) for
        // another program holding it; a transaction that reads first and writes later is refused at once.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            return false;
        }
        return !Files.exists(log);
    }

    private static SQLiteConfig config() {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // FULL: a transaction reported saved survives a power cut, not only a crash of the app.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(10_000);
        // A change takes the write lock when it begins, so that it waits (up to the timeout above) for
        // another program holding it; a transaction that reads first and writes later is refused at once.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        return config;
    }

    private static void migrate(SQLiteDataSource dataSource, Path file) {
        if (upToDate(dataSource)) {
            return;
        }
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

    /**
     * True when every migration up to {@link #SCHEMA_VERSION} is recorded as applied and none failed.
     * Flyway then has nothing to do, and loading it would be most of the start of a command (about a
     * second of a cold JVM); in any other case it runs, and says what is wrong.
     */
    private static boolean upToDate(SQLiteDataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return SchemaHistory.upToDate(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                    + " AND name = 'flyway_schema_history'", SCHEMA_VERSION);
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Opens a database to read it without changing a byte of the data folder (a dry run). SQLite
     * opened even for reading creates {@code -wal} and {@code -shm} files beside a WAL database, so:
     * <ul>
     * <li>no database file: an empty database of the current schema, in memory;</li>
     * <li>{@code othersWriting} (another process holds the data folder): read-only through that
     * process's log, whose files are already there;</li>
     * <li>otherwise the file is read as immutable, which creates and locks nothing, and nobody can
     * start writing meanwhile (the caller holds the data folder's lock for reading). A log left
     * beside it by a process that was killed, or a schema older than this Dossier's, would need the
     * file changed first, and is refused with what to do.</li>
     * </ul>
     */
    public static Database openUntouched(Path file, boolean othersWriting) {
        if (!Files.isRegularFile(file)) {
            return emptyInMemory(file);
        }
        if (othersWriting) {
            return openReadOnly(file);
        }
        if (Files.exists(Path.of(file + "-wal"))) {
            throw new DossierException("The database " + file + " still holds changes from a Dossier that was stopped"
                    + " before it closed; a dry run cannot read them without changing it. Run any other command"
                    + " on this data folder once (for example verify), then try again.");
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath().toUri().toASCIIString() + "?immutable=1");
        if (!upToDate(dataSource)) {
            throw new DossierException("The database " + file + " was made by an older Dossier and must be brought up"
                    + " to date before it can be read; a dry run changes nothing. Run any other command on this data"
                    + " folder once (for example verify), then try again.");
        }
        return connect(dataSource, file, true);
    }

    /** The one connection a database is used through, in autocommit until a change begins. */
    private static Database connect(SQLiteDataSource dataSource, Path file, boolean readOnly) {
        try {
            Connection connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            return new Database(file, connection, readOnly);
        } catch (SQLException e) {
            throw new DossierException("Cannot open the database " + file + (readOnly ? " for reading: " : ": ")
                    + e.getMessage(), e);
        }
    }

    /** A database of the current schema with nothing in it, in memory only, refusing every change. */
    private static Database emptyInMemory(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        // Shared by name so that the migrations, run through connections of their own, fill the one kept.
        dataSource.setUrl("jdbc:sqlite:file:dossier-" + java.util.UUID.randomUUID() + "?mode=memory&cache=shared");
        try {
            Connection kept = dataSource.getConnection();
            try {
                migrate(dataSource, file);
                kept.setAutoCommit(true);
                return new Database(file, kept, true);
            } catch (RuntimeException e) {
                kept.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new DossierException("Cannot make an empty database in memory: " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    @Override
    DossierException cannotBegin(SQLException e) {
        if (Sql.failed(e).kind() == StoreException.Kind.BUSY) {
            return new DossierException("The database is in use by another program (perhaps a second Dossier,"
                    + " or a program that opened dossier.db), so nothing was changed. Close it and try again.", e);
        }
        return new DossierException("Cannot start a change in the database: " + e.getMessage(), e);
    }

    /**
     * Copies the whole database into {@code target} (which must not exist) with SQLite's online
     * backup. It runs while no change can start, so no change is half in the copy. Returns
     * {@link #changesBegun()} as it was when the copy was taken.
     */
    @Override
    public long backupTo(Path target) {
        try {
            return whileNoChange(() -> {
                try (Statement statement = connection().createStatement()) {
                    // sqlite-jdbc's own statement; the path is quoted, and cannot hold the quote itself
                    String path = target.toAbsolutePath().toString();
                    if (path.indexOf('"') >= 0) {
                        throw new DossierException("A backup cannot be written to a path with a double quote: " + path);
                    }
                    statement.executeUpdate("backup to \"" + path + "\"");
                    return changesBegunNow();
                } catch (SQLException e) {
                    if (app.dossier.domain.DiskFull.isCauseOf(e)) {
                        throw new DossierException("The disk is full: the database could not be copied to "
                                + target.getParent() + ". Free some space, or choose another place, and try again.", e);
                    }
                    throw new DossierException("Copying the database failed: " + e.getMessage(), e);
                }
            });
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new DossierException("Copying the database failed: " + e.getMessage(), e);
        }
    }
}
