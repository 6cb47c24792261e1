package app.dossier.store;

import app.dossier.domain.DossierException;
import app.dossier.domain.Person;
import app.dossier.domain.Role;
import app.dossier.domain.Refusal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.security.SecureRandom;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The records in a PostgreSQL database, schema brought up to date by the migrations in
 * {@code db/postgresql} when it is opened. Phase 1 of a team on PostgreSQL
 * (docs/team.md): one connection serves the whole app, as SQLite's does, and the data folder's lock
 * keeps to one writer; several writers at once come with locks per order.
 */
public final class PostgresDatabase extends OneConnectionStorage {
    /** The newest migration in {@code db/postgresql} ({@code V4__…}). */
    static final int SCHEMA_VERSION = 4;

    /**
     * The server refused the login: a wrong password (28P01), a login it does not know or may not let
     * in (28000), or none given when it asks for one (08004, said by the driver).
     */
    private static final java.util.Set<String> SIGN_IN_REFUSED = java.util.Set.of("28P01", "28000", "08004");

    /** The channel a saved change is announced on, with the ids of the orders it changed. */
    public static final String CHANGES = "dossier_changes";

    private final DatabaseAddress address;
    private final PGSimpleDataSource dataSource;
    private final int writer;

    private PostgresDatabase(DatabaseAddress address, PGSimpleDataSource dataSource, Connection connection,
            boolean readOnly) {
        super(connection, readOnly);
        this.address = address;
        this.dataSource = dataSource;
        this.writer = readOnly ? 0 : new SecureRandom().nextInt(Integer.MAX_VALUE - 1) + 1;
    }

    /** Opens the database for changes, making its tables when they are not there. */
    public static PostgresDatabase open(DatabaseAddress address) {
        PGSimpleDataSource dataSource = dataSource(address);
        PostgresDatabase database = connect(dataSource, address, false);
        database.holdWriterLock();
        if (SchemaHistory.upToDate(database.connection(), "SELECT count(*) FROM information_schema.tables"
                + " WHERE table_schema = current_schema() AND table_name = 'flyway_schema_history'", SCHEMA_VERSION)) {
            return database;
        }
        try {
            Flyway.configure(PostgresDatabase.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/postgresql")
                    .loggers("slf4j")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            database.close();
            throw new DossierException("The database " + address + " could not be brought up to date: "
                    + e.getMessage(), e);
        }
        return database;
    }

    /** Opens the database for reading only: the server refuses any write through this connection. */
    public static PostgresDatabase openReadOnly(DatabaseAddress address) {
        return connect(dataSource(address), address, true);
    }

    private static PGSimpleDataSource dataSource(DatabaseAddress address) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(address.jdbcUrl());
        if (address.user() != null) {
            dataSource.setUser(address.user());
        }
        if (address.password() != null) {
            dataSource.setPassword(address.password());
        }
        return dataSource;
    }

    private static PostgresDatabase connect(PGSimpleDataSource dataSource, DatabaseAddress address, boolean readOnly) {
        try {
            Connection connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            connection.setReadOnly(readOnly);
            return new PostgresDatabase(address, dataSource, connection, readOnly);
        } catch (SQLException e) {
            if (SIGN_IN_REFUSED.contains(String.valueOf(e.getSQLState()))) {
                // a password wrong or not given (not in pgpass): the window asks the person to sign in
                throw new DossierException(Refusal.SIGN_IN_REFUSED.with(address.user() == null ? "" : address.user(),
                        address), e);
            }
            throw new DossierException("Cannot open the database " + address + (readOnly ? " for reading: " : ": ")
                    + e.getMessage(), e);
        }
    }

    public DatabaseAddress address() {
        return address;
    }

    /** This Dossier's lock for as long as it runs: while it is held, its notes of changes are not another's to undo. */
    private void holdWriterLock() {
        try (var statement = connection().prepareStatement("SELECT pg_advisory_lock(?, ?)")) {
            statement.setInt(1, ChangeLocks.WRITER);
            statement.setInt(2, writer);
            statement.executeQuery().close();
        } catch (SQLException e) {
            close();
            throw new DossierException("Cannot open the database " + address + ": " + e.getMessage(), e);
        }
    }

    @Override
    boolean onServer() {
        return true;
    }

    /** Every change holds the whole record shared: a rebuild or a recovery waits until none runs. */
    @Override
    void begun(Session change) {
        ChangeLocks.run(change, "SELECT pg_advisory_xact_lock_shared(?, 0)", ChangeLocks.EVERYTHING);
    }

    /** Tells the other Dossiers, once the change commits, which orders it changed (none: something else). */
    @Override
    void beforeCommit(Session change) {
        String orders = change.touched().stream().map(String::valueOf).collect(Collectors.joining(","));
        Sql.run(change, c -> {
            try (var statement = c.prepareStatement("SELECT pg_notify(?, ?)")) {
                statement.setString(1, CHANGES);
                statement.setString(2, orders);
                statement.executeQuery().close();
            }
        });
    }

    @Override
    public String writer() {
        return writer == 0 ? "" : Integer.toString(writer);
    }

    /**
     * Whether the Dossier that noted changes as {@code writer} has gone: its lock is free (the server
     * lets go of a session's locks when its Dossier closes, crashes or loses the network).
     */
    @Override
    public boolean writerGone(String name) {
        int other;
        try {
            other = Integer.parseInt(name);
        } catch (NumberFormatException e) {
            return true;
        }
        if (other == writer) {
            return false;
        }
        return read(session -> {
            boolean[] gone = new boolean[1];
            Sql.run(session, c -> {
                try (var statement = c.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
                    statement.setInt(1, ChangeLocks.WRITER);
                    statement.setInt(2, other);
                    try (var rows = statement.executeQuery()) {
                        rows.next();
                        gone[0] = rows.getBoolean(1);
                    }
                }
                if (gone[0]) {
                    try (var statement = c.prepareStatement("SELECT pg_advisory_unlock(?, ?)")) {
                        statement.setInt(1, ChangeLocks.WRITER);
                        statement.setInt(2, other);
                        statement.executeQuery().close();
                    }
                }
            });
            return gone[0];
        });
    }

    /** Whether another Dossier has these records open for changes now. */
    @Override
    public boolean othersWriting() {
        return read(session -> {
            boolean[] others = new boolean[1];
            Sql.run(session, c -> {
                try (var statement = c.prepareStatement("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                        + " AND classid = ? AND objsubid = 2 AND granted AND pid <> pg_backend_pid()")) {
                    statement.setInt(1, ChangeLocks.WRITER);
                    try (var rows = statement.executeQuery()) {
                        rows.next();
                        others[0] = rows.getLong(1) > 0;
                    }
                }
            });
            return others[0];
        });
    }

    /** Runs {@code work} while no change runs, in this Dossier or in any other on the server. */
    @Override
    public <T> T alone(Callable<T> work) throws Exception {
        return whileNoChange(() -> {
            ChangeLocks.run(session(), "SELECT pg_advisory_lock(?, 0)", ChangeLocks.EVERYTHING);
            try {
                return work.call();
            } finally {
                ChangeLocks.run(session(), "SELECT pg_advisory_unlock(?, 0)", ChangeLocks.EVERYTHING);
            }
        });
    }

    /** A second connection that hears of the changes other Dossiers save (see {@link ChangesOnServer}). */
    @Override
    public ChangesOnServer listen(java.util.function.Consumer<java.util.Set<Long>> heard) {
        return ChangesOnServer.start(dataSource, backendPid(), heard);
    }

    private int backendPid() {
        return read(session -> {
            int[] pid = new int[1];
            Sql.run(session, c -> {
                try (var statement = c.createStatement(); var rows = statement.executeQuery("SELECT pg_backend_pid()")) {
                    rows.next();
                    pid[0] = rows.getInt(1);
                }
            });
            return pid[0];
        });
    }

    @Override
    DossierException cannotBegin(SQLException e) {
        return new DossierException("Cannot start a change in the database " + address + ": " + e.getMessage(), e);
    }

    /**
     * Empties every table of records (TRUNCATE, which the history's append-only triggers do not
     * stop) inside {@code tx}: rolled back with it when the rebuild fails.
     */
    @Override
    public void removeEveryRecord(Transaction tx) {
        ChangeLocks.everything(tx.session());
        Sql.run(tx.session(), c -> {
            try (var statement = c.createStatement()) {
                statement.execute("TRUNCATE factory, purchase_order, evidence, payment, receiving_record,"
                        + " receiving_defect, receiving_defect_evidence, dispute, dispute_event, chat, chat_page, chat_message,"
                        + " search_entry, business_profile, history_entry");
            }
        });
    }

    /**
     * The login this database was opened with and its role: the desk when it owns the records' tables
     * (it made them) or is a superuser or a member of {@code dossier_desk}; else the warehouse when a
     * member of {@code dossier_warehouse}; else a viewer (docs/decisions/0032-people-and-roles-on-postgresql.md).
     */
    @Override
    public Person signedIn() {
        return read(session -> Sql.call(session, c -> {
            try (var statement = c.prepareStatement("SELECT current_user,"
                    + " (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)"
                    + " OR pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = 'purchase_order'::regclass), 'USAGE'),"
                    + " array(SELECT rolname::text FROM pg_roles WHERE rolname IN (?, ?) AND pg_has_role(current_user, oid, 'USAGE'))")) {
                statement.setString(1, Role.DESK.group());
                statement.setString(2, Role.WAREHOUSE.group());
                try (var rows = statement.executeQuery()) {
                    rows.next();
                    java.util.List<Object> memberOf = java.util.List.of((Object[]) rows.getArray(3).getArray());
                    Role role = rows.getBoolean(2) || memberOf.contains(Role.DESK.group()) ? Role.DESK
                            : memberOf.contains(Role.WAREHOUSE.group()) ? Role.WAREHOUSE : Role.VIEWER;
                    return new Person(rows.getString(1), role);
                }
            }
        }));
    }

    /**
     * Copies every record into a new SQLite database at {@code target} ({@link RecordCopy}, found equal
     * before it is kept), while no change runs here: a backup made on the server is the same file a
     * backup made on SQLite holds, so it restores onto either. Returns {@link #changesBegun()} as it was
     * when the copy was taken.
     */
    @Override
    public long backupTo(Path target) {
        try {
            return whileNoChange(() -> {
                try (Store copy = Store.open(target); Transaction tx = copy.database().begin()) {
                    RecordCopy.copy(this, tx, RecordCopy.Progress.NONE);
                    tx.commit();
                }
                Database.foldLog(target);
                return changesBegunNow();
            });
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new DossierException("Copying the database failed: " + e.getMessage(), e);
        }
    }
}
