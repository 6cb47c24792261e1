package app.dossier.store;

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
        DisputeTable disputes) implements AutoCloseable {

    public static Store open(java.nio.file.Path databaseFile) {
        return new Store(Database.open(databaseFile), new FactoryTable(), new OrderTable(), new EvidenceTable(),
                new PaymentTable(), new ReceivingTable(), new DisputeTable());
    }

    /** The tables over a database opened for reading only (see {@link Database#openReadOnly}). */
    public static Store openReadOnly(java.nio.file.Path databaseFile) {
        return new Store(Database.openReadOnly(databaseFile), new FactoryTable(), new OrderTable(), new EvidenceTable(),
                new PaymentTable(), new ReceivingTable(), new DisputeTable());
    }

    @Override
    public void close() {
        database.close();
    }
}
