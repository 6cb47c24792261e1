package app.dossier.store;

import app.dossier.domain.ReceivingRecord;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Receiving records: one per order, replaced when the warehouse corrects it. Every call takes the
 * caller's {@link Session}; a refusal is a {@link StoreException}.
 */
public interface ReceivingRecords {
    /** Inserts the record, or replaces the order's existing one keeping its id. */
    ReceivingRecord save(Session session, ReceivingRecord record);

    /** Deletes the order's record with its defects and their links to files; the files' own rows stay. */
    void delete(Session session, long orderId);

    Optional<ReceivingRecord> ofOrder(Session session, long orderId);

    /** The orders that have a receiving record. */
    Set<Long> ordersReceived(Session session);

    List<ReceivingRecord> all(Session session);
}
