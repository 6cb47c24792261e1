package app.dossier.store;

import app.dossier.domain.DossierException;
import app.dossier.domain.Person;
import app.dossier.domain.Role;
import app.dossier.domain.Refusal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
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
    /** The newest migration in {@code db/postgresql} ({@code V2__…}). */
    static final int SCHEMA_VERSION = 2;

    /**
     * The server refused the login: a wrong password (28P01), a login it does not know or may not let
     * in (28000), or none given when it asks for one (08004, said by the driver).
     */
    private static final java.util.Set<String> SIGN_IN_REFUSED = java.util.Set.of("28P01", "28000", "08004");

    private final DatabaseAddress address;

    private PostgresDatabase(DatabaseAddress address, Connection connection, boolean readOnly) {
        super(connection, readOnly);
        this.address = address;
    }

    /** Opens the database for changes, making its tables when they are not there. */
    public static PostgresDatabase open(DatabaseAddress address) {
        PGSimpleDataSource dataSource = dataSource(address);
        PostgresDatabase database = connect(dataSource, address, false);
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
            return new PostgresDatabase(address, connection, readOnly);
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
        Sql.run(tx.session(), c -> {
            try (var statement = c.createStatement()) {
                statement.execute("TRUNCATE factory, purchase_order, evidence, payment, receiving_record,"
                        + " receiving_defect, receiving_defect_evidence, dispute, dispute_event, chat, chat_message,"
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

    /** A copy of a PostgreSQL database is made with the server's own tools (pg_dump), not from here yet. */
    @Override
    public long backupTo(Path target) {
        throw new DossierException(Refusal.NOT_YET_ON_POSTGRESQL.with());
    }
}
