package app.dossier.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether an order is the one someone is looking for at the warehouse: what they typed appears in its
 * number, its factory's name (Chinese or Latin), its product or the day it was ordered.
 */
public final class OrderSearch {
    private OrderSearch() {
    }

    /** True for an empty search; {@code factory} may be null. */
    public static boolean matches(Order order, Factory factory, String typed) {
        String wanted = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return true;
        }
        List<String> parts = new ArrayList<>(List.of(order.product(), DateInput.format(order.orderedOn())));
        if (order.orderNumber() != null) {
            parts.add(order.orderNumber());
        }
        if (factory != null) {
            parts.add(factory.name());
            if (factory.latinName() != null) {
                parts.add(factory.latinName());
            }
        }
        return String.join(" ", parts).toLowerCase(Locale.ROOT).contains(wanted);
    }
}
