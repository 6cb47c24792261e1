package app.dossier.store;

import app.dossier.domain.DossierException;
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
                        + " receiving_defect, receiving_defect_evidence, dispute, dispute_event, chat, chat_page, chat_message,"
                        + " search_entry, business_profile, history_entry");
            }
        });
    }

    /** A copy of a PostgreSQL database is made with the server's own tools (pg_dump), not from here yet. */
    @Override
    public long backupTo(Path target) {
        throw new DossierException(Refusal.NOT_YET_ON_POSTGRESQL.with());
    }
}
