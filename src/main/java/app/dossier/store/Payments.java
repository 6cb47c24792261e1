package app.dossier.store;

import app.dossier.domain.Payment;
import java.util.List;
import java.util.Map;

/** Payments to factories. Every call takes the caller's {@link Session}; a refusal is a {@link StoreException}. */
public interface Payments {
    /** Inserts the payment; an id of 0 lets the store choose one. Returns it with its id. */
    Payment insert(Session session, Payment payment);

    /** The order's payments by the day paid. */
    List<Payment> ofOrder(Session session, long orderId);

    /** How many payments each order has. */
    Map<Long, Integer> countsByOrder(Session session);

    List<Payment> all(Session session);
}
