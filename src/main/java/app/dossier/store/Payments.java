package app.dossier.store;

import app.dossier.domain.Payment;
import java.util.List;
import java.util.Map;

/** Payments to factories. Every call takes the caller's {@link Session}; a refusal is a {@link StoreException}. */
public interface Payments {
    /** Inserts the payment; an id of 0 lets the store choose one. Returns it with its id. */
    Payment insert(Session session, Payment payment);

    /** The payment with this id, if there is one. */
    java.util.Optional<Payment> byId(Session session, long id);

    /** Rewrites every field of the payment with {@code payment.id()} but its order. */
    void update(Session session, Payment payment);

    /** Removes the payment's row; the evidence its proof points at is left as it is. */
    void delete(Session session, long id);

    /** The order's payments by the day paid. */
    List<Payment> ofOrder(Session session, long orderId);

    /** How many payments each order has. */
    Map<Long, Integer> countsByOrder(Session session);

    List<Payment> all(Session session);
}
