package app.dossier.store;

import app.dossier.domain.DossierException;
import java.sql.SQLException;

/**
 * The database and its tables, handed to the services as one piece.
 * The tables hold no state; every call takes the connection of the caller's transaction.
 */
public record Store(
        Database database,
        FactoryTable factories,
        OrderTable orders,
        EvidenceTable evidence,
        PaymentTable payments,
        ReceivingTable receiving,
        DisputeTable disputes,
        ChatTable chats,
        SearchIndex search) implements AutoCloseable {

    /** Opens the database, bringing its schema and its search index up to date. */
    public static Store open(java.nio.file.Path databaseFile) {
        Store store = new Store(Database.open(databaseFile), new FactoryTable(), new OrderTable(), new EvidenceTable(),
                new PaymentTable(), new ReceivingTable(), new DisputeTable(), new ChatTable(), new SearchIndex());
        try (Transaction tx = store.database().begin()) {
            store.search().fillIfBehind(tx.connection(), store);
            tx.commit();
        } catch (SQLException | RuntimeException e) {
            store.close();
            throw new DossierException("The search index of " + databaseFile + " could not be built: "
                    + e.getMessage(), e);
        }
        return store;
    }

    /** The tables over a database opened for reading only (see {@link Database#openReadOnly}). */
    public static Store openReadOnly(java.nio.file.Path databaseFile) {
        return openReadOnly(databaseFile, false);
    }

    /** As {@link #openReadOnly(java.nio.file.Path)}, for a database on media nobody can write (see {@link Database#openReadOnly(java.nio.file.Path, boolean)}). */
    public static Store openReadOnly(java.nio.file.Path databaseFile, boolean onReadOnlyMedia) {
        return new Store(Database.openReadOnly(databaseFile, onReadOnlyMedia), new FactoryTable(), new OrderTable(), new EvidenceTable(),
                new PaymentTable(), new ReceivingTable(), new DisputeTable(), new ChatTable(), new SearchIndex());
    }

    /** The tables over a database read without changing a byte (see {@link Database#openUntouched}). */
    public static Store openUntouched(java.nio.file.Path databaseFile, boolean othersWriting) {
        return new Store(Database.openUntouched(databaseFile, othersWriting), new FactoryTable(), new OrderTable(),
                new EvidenceTable(), new PaymentTable(), new ReceivingTable(), new DisputeTable(), new ChatTable(),
                new SearchIndex());
    }

    @Override
    public void close() {
        database.close();
    }
}
