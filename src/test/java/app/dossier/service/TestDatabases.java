package app.dossier.service;

import app.dossier.store.DatabaseAddress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The store the service tests run on: the data folder's own SQLite file, or, when the build is given
 * {@code -Ddossier.test.database=postgresql://…} (src/test/postgresql/start.sh starts a server), a new
 * PostgreSQL database on that server for each data folder, remembered in the folder as {@code --database}
 * remembers one, so that the folder opened again finds its records.
 */
public final class TestDatabases {
    /** The server's address, or null to run on SQLite. */
    private static final DatabaseAddress SERVER = serverAddress();
    private static final AtomicInteger MADE = new AtomicInteger();

    private TestDatabases() {
    }

    private static DatabaseAddress serverAddress() {
        String given = System.getProperty("dossier.test.database", "");
        return given.isBlank() ? null : DatabaseAddress.parse(given);
    }

    public static boolean onPostgres() {
        return SERVER != null;
    }

    /** Skips a test of what only the SQLite store does (its files, a backup of them), saying why. */
    public static void assumeSqlite(String why) {
        org.junit.jupiter.api.Assumptions.assumeFalse(onPostgres(), why);
    }

    /**
     * Loses the database of a closed data folder, as if its disk had failed: SQLite's file and its log
     * deleted, or every table on the server dropped. The next opening makes an empty one.
     */
    static void lose(DataLocation location) throws IOException, SQLException {
        if (location.onPostgres()) {
            try (Connection c = connect(location.database()); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA public CASCADE");
                s.execute("CREATE SCHEMA public");
            }
            return;
        }
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(Path.of(location.databaseFile() + suffix));
        }
    }

    static Connection connect(DatabaseAddress address) throws SQLException {
        return DriverManager.getConnection(address.jdbcUrl(), address.user(), address.password());
    }

    /**
     * Where the records of the data folder {@code data} are in these tests: null for its
     * {@code dossier.db}; on PostgreSQL the database it remembers, or a new empty one it is given.
     */
    static DatabaseAddress of(Path data) {
        if (SERVER == null) {
            return null;
        }
        DataLocation remembered = DataLocation.peek(data, null);
        return remembered.onPostgres() ? remembered.database() : giveNew(data, null);
    }

    private static final java.util.concurrent.atomic.AtomicInteger LOGINS = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * The end of the names of a test's logins, "4711_3" for "hương_kho_4711_3": logins belong to the
     * whole server, so each test of this run (in any class) and of any other run on it takes new ones.
     */
    public static String newLoginSuffix() {
        return ProcessHandle.current().pid() + "_" + LOGINS.incrementAndGet();
    }

    /**
     * A new empty database on the test server, remembered by no data folder (one to move records into);
     * null when the tests run on SQLite alone.
     */
    public static DatabaseAddress newEmpty() {
        return SERVER == null ? null : create(null);
    }

    /** Skips a test that needs a PostgreSQL server when none was given, saying why. */
    public static void assumePostgres(String why) {
        org.junit.jupiter.api.Assumptions.assumeTrue(onPostgres(), why);
    }

    /** Gives the data folder a new database, a copy of {@code template}'s (null: an empty one). */
    static DatabaseAddress giveNew(Path data, DatabaseAddress template) {
        DatabaseAddress made = create(template);
        DataLocation.resolve(data, null, made.toString());
        return made;
    }

    /** A new database on the server, a copy of {@code template}'s (null: an empty one). */
    private static DatabaseAddress create(DatabaseAddress template) {
        DatabaseAddress made = SERVER.withDatabase("dossier_" + ProcessHandle.current().pid() + "_" + MADE.incrementAndGet());
        try (Connection c = connect(SERVER); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + made.database()
                    + (template == null ? "" : " TEMPLATE " + template.database() + " STRATEGY FILE_COPY"));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot make a test database on " + SERVER + ": " + e.getMessage(), e);
        }
        return made;
    }
}
