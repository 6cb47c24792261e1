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
        try (SqliteTransaction tx = (SqliteTransaction) database.begin()) {
            SearchIndex.fillIfBehind(tx.connection());
            tx.commit();
        } catch (java.sql.SQLException | RuntimeException e) {
            database.close();
            throw new DossierException("The search index of " + databaseFile + " could not be built: "
                    + e.getMessage(), e);
        }
        return over(database);
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
        return new Store(database, new FactoryTable(), new OrderTable(), new EvidenceTable(), new PaymentTable(),
                new ReceivingTable(), new DisputeTable(), new ChatTable(), new SearchIndex(), new BusinessProfileTable(),
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
