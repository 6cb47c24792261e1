package app.dossier.service;

import app.dossier.domain.CaseFile;
import app.dossier.domain.DossierException;
import app.dossier.domain.Factory;
import app.dossier.domain.Order;
import app.dossier.domain.Refusal;
import app.dossier.store.ChangeLocks;
import app.dossier.store.Chats;
import app.dossier.store.Disputes;
import app.dossier.store.EvidenceFiles;
import app.dossier.store.Factories;
import app.dossier.store.Orders;
import app.dossier.store.Payments;
import app.dossier.store.ReceivingRecords;
import app.dossier.store.Session;
import app.dossier.tree.FactoryFile;

/** Reads an order's whole case file (every record case.json holds), and an order or factory that must be there. */
public final class CaseRecords {
    private final Factories factories;
    private final Orders orders;
    private final EvidenceFiles evidence;
    private final Payments payments;
    private final ReceivingRecords receiving;
    private final Disputes disputes;
    private final Chats chats;

    public CaseRecords(Factories factories, Orders orders, EvidenceFiles evidence, Payments payments,
            ReceivingRecords receiving, Disputes disputes, Chats chats) {
        this.factories = factories;
        this.orders = orders;
        this.evidence = evidence;
        this.payments = payments;
        this.receiving = receiving;
        this.disputes = disputes;
        this.chats = chats;
    }

    /** The order; inside a change on a server others write to, locked until the change ends. */
    Order order(Session db, long orderId) {
        ChangeLocks.order(db, orderId);
        return orders.byId(db, orderId)
                .orElseThrow(() -> new DossierException(Refusal.ORDER_ID_NOT_FOUND.with(orderId)));
    }

    /** The factory; inside a change on a server others write to, locked until the change ends. */
    Factory factory(Session db, long factoryId) {
        ChangeLocks.factory(db, factoryId);
        return factories.byId(db, factoryId)
                .orElseThrow(() -> new DossierException(Refusal.FACTORY_ID_NOT_FOUND.with(factoryId)));
    }

    /** The factory's factory.json as the records stand: its record, and when it was archived. */
    FactoryFile factoryFile(Session db, Factory factory) {
        return FactoryFile.of(factory, factories.archived(db).get(factory.id()));
    }

    CaseFile caseOf(Session db, long orderId) {
        Order order = order(db, orderId);
        return CaseFile.of(
                factory(db, order.factoryId()),
                order,
                evidence.ofOrder(db, orderId),
                payments.ofOrder(db, orderId),
                receiving.ofOrder(db, orderId).orElse(null),
                disputes.ofOrder(db, orderId))
                .withConversations(chats.ofOrder(db, orderId))
                .withArchivedAt(orders.archived(db).get(orderId));
    }
}
