package app.dossier.imports;

import app.dossier.domain.Factory;
import app.dossier.domain.Order;
import java.util.Optional;

/** What planning an import reads of Dossier; planning changes nothing. */
public interface KnownRecords {
    /** The order with this order number, if any. */
    Optional<Order> order(String orderNumber);

    /** The factory with this name or Latin name (the oldest when several have it), if any. */
    Optional<Factory> factoryNamed(String name);

    /** The factory with this id, which exists. */
    Factory factory(long id);

    /** Whether the order's goods were received (it has a receiving record). */
    boolean received(long orderId);

    /** Whether a dispute about the order is open (neither resolved nor closed). */
    boolean disputeOpen(long orderId);
}
