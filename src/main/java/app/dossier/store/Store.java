package app.dossier.store;

import app.dossier.domain.DossierException;

/**
 * The database and its repositories, handed to the composition root as one piece. The repositories
 * hold no state; every call takes the {@link Session} of the caller's read or transaction.
 */
public record Store(
        Storage database,
        Factories factories,
        Orders orders,
        EvidenceFiles evidence,
        Payments payments,
        ReceivingRecords receiving,
        Disputes disputes,
        Chats chats,
        Search search,
        BusinessProfiles profile,
        Histories histories,
        AutoCloseable closing) implements AutoCloseable {

    /** Opens the database, bringing its schema and its search index up to date. */
    public static Store open(java.nio.file.Path databaseFile) {
        Database database = Database.open(databaseFile);
        fillSearchIndex(database, databaseFile);
        return over(database);
    }

    /**
     * Opens a PostgreSQL database, bringing its schema and its search index up to date, with the same
     * tables over it: where their SQL is SQLite's own, the schema gives PostgreSQL what it needs
     * (docs/decisions/0031-postgresql-as-a-second-store.md).
     */
    public static Store open(DatabaseAddress address) {
        PostgresDatabase database = PostgresDatabase.open(address);
        fillSearchIndex(database, address);
        return over(database, SearchIndex.onPostgres());
    }

    /** Builds the search index when it is behind the records; closes the database when that fails. */
    private static void fillSearchIndex(OneConnectionStorage database, Object name) {
        try (OneConnectionTransaction tx = (OneConnectionTransaction) database.begin()) {
            SearchIndex.fillIfBehind(tx.connection());
            tx.commit();
        } catch (java.sql.SQLException | RuntimeException e) {
            database.close();
            throw new DossierException("The search index of " + name + " could not be built: " + e.getMessage(), e);
        }
    }

    /** The tables over a PostgreSQL database opened for reading only. */
    public static Store openReadOnly(DatabaseAddress address) {
        return over(PostgresDatabase.openReadOnly(address), SearchIndex.onPostgres());
    }

    /** The tables over a database opened for reading only (see {@link Database#openReadOnly}). */
    public static Store openReadOnly(java.nio.file.Path databaseFile) {
        return openReadOnly(databaseFile, false);
    }

    /** As {@link #openReadOnly(java.nio.file.Path)}, for a database on media nobody can write (see {@link Database#openReadOnly(java.nio.file.Path, boolean)}). */
    public static Store openReadOnly(java.nio.file.Path databaseFile, boolean onReadOnlyMedia) {
        return over(Database.openReadOnly(databaseFile, onReadOnlyMedia));
    }

    /** The tables over a database read without changing a byte (see {@link Database#openUntouched}). */
    public static Store openUntouched(java.nio.file.Path databaseFile, boolean othersWriting) {
        return over(Database.openUntouched(databaseFile, othersWriting));
    }

    private static Store over(Database database) {
        return over(database, new SearchIndex());
    }

    private static Store over(OneConnectionStorage database, SearchIndex search) {
        return new Store(database, new FactoryTable(), new OrderTable(), new EvidenceTable(), new PaymentTable(),
                new ReceivingTable(), new DisputeTable(), new ChatTable(), search, new BusinessProfileTable(),
                new HistoryTable(), database);
    }

    @Override
    public void close() {
        try {
            closing.close();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new DossierException("Closing the database failed: " + e.getMessage(), e);
        }
    }
}
