package app.dossier.service;

import app.dossier.domain.Dispute;
import app.dossier.domain.DossierException;
import app.dossier.domain.Factory;
import app.dossier.domain.Order;
import app.dossier.domain.Refusal;
import app.dossier.imports.KnownRecords;
import app.dossier.store.Disputes;
import app.dossier.store.Factories;
import app.dossier.store.Orders;
import app.dossier.store.ReceivingRecords;
import app.dossier.store.Session;
import app.dossier.store.StoreException;
import java.util.Optional;
import java.util.function.Supplier;

/** What planning an import reads of Dossier's records: orders by number, factories by name, receiving and disputes. */
public final class KnownInStore {
    private final Orders orders;
    private final Factories factories;
    private final ReceivingRecords receiving;
    private final Disputes disputes;

    public KnownInStore(Orders orders, Factories factories, ReceivingRecords receiving, Disputes disputes) {
        this.orders = orders;
        this.factories = factories;
        this.receiving = receiving;
        this.disputes = disputes;
    }

    /** The records as {@code db} sees them (inside a change, as that change sees them). */
    KnownRecords at(Session db) {
        return new KnownRecords() {
            @Override
            public Optional<Order> order(String orderNumber) {
                return reading(() -> orders.byNumber(db, orderNumber));
            }

            /** The oldest factory when several have the name. */
            @Override
            public Optional<Factory> factoryNamed(String name) {
                return reading(() -> factories.byName(db, name).stream().findFirst());
            }

            @Override
            public Factory factory(long id) {
                return reading(() -> factories.byId(db, id)).orElseThrow(
                        () -> new DossierException(Refusal.FACTORY_ID_NOT_FOUND.with(id)));
            }

            @Override
            public boolean received(long orderId) {
                return reading(() -> receiving.ofOrder(db, orderId).isPresent());
            }

            @Override
            public boolean disputeOpen(long orderId) {
                return reading(() -> disputes.ofOrder(db, orderId).stream().anyMatch(Dispute::open));
            }
        };
    }

    private static <T> T reading(Supplier<T> read) {
        try {
            return read.get();
        } catch (StoreException e) {
            throw new DossierException(Refusal.DATABASE_READ_FAILED.with(e.getMessage()), e);
        }
    }
}
