package app.dossier.imports;

import app.dossier.domain.AgreedSpecs;
import app.dossier.domain.Channel;
import app.dossier.domain.DateInput;
import app.dossier.domain.Money;
import app.dossier.domain.MoneyParser;
import app.dossier.domain.Order;
import app.dossier.domain.OrderKind;
import app.dossier.domain.TextLimit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An order of a 1688 export as a Dossier {@link Order} draft (no id, no folder yet): channel
 * PLATFORM, kind STANDARD, ordered on the day the order was placed.
 *
 * <p>Product, quantity and unit price:
 * <ul>
 *   <li>one item: its title, quantity, unit and price;</li>
 *   <li>several items in one unit (several colours of one product, say): the distinct titles joined
 *       with "; ", the quantities added up, and the price they share; when prices differ, the
 *       items' total divided by the quantity, rounded half up to the fen (the notes then give the
 *       exact total);</li>
 *   <li>items in different units (sets and cartons): each title with its quantity and unit, one
 *       {@value #MIXED_UNITS} at the items' total.</li>
 * </ul>
 * Freight and price changes are not part of the unit price; the notes give them, with the status,
 * the amount paid and each item when there are several.
 */
public final class OrderDrafts {
    /** The unit of an order whose items are counted in different units. */
    public static final String MIXED_UNITS = "lot";
    /** The unit of an order from an export without the 单位 column: 件, 1688's own default. */
    public static final String UNIT_NOT_GIVEN = "件";

    private OrderDrafts() {
    }

    /** @param factoryId the factory's id, or 0 when the factory is still to be created */
    public static Order fromExport(Imported1688Order imported, long factoryId) {
        List<Imported1688Order.Item> items = imported.items();
        Money itemsTotal = imported.itemsTotal();
        List<String> notes = new ArrayList<>();
        notes.add(summary(imported));
        if (items.size() > 1) {
            notes.add("Items: " + String.join("; ", items.stream().map(i -> itemLine(imported, i)).toList()) + ".");
        }
        String product;
        long quantity;
        String unit;
        Money unitPrice;
        if (unitsAgree(items)) {
            product = String.join("; ", items.stream().map(Imported1688Order.Item::title).distinct().toList());
            long units = items.stream().mapToLong(Imported1688Order.Item::quantity).sum();
            quantity = units;
            unit = items.get(0).unit();
            unitPrice = sharedPrice(items).orElseGet(() -> average(itemsTotal, units));
            if (!unitPrice.times(quantity).equals(itemsTotal)) {
                notes.add("Unit price is the average, rounded; the items come to " + MoneyParser.format(itemsTotal)
                        + ".");
            }
        } else {
            product = String.join("; ", items.stream()
                    .map(i -> i.title() + " × " + i.quantity() + (i.unit() == null ? "" : " " + i.unit())).toList());
            quantity = 1;
            unit = MIXED_UNITS;
            unitPrice = itemsTotal;
        }
        if (unit == null) {
            unit = UNIT_NOT_GIVEN;
            notes.add("The export gives no unit; " + UNIT_NOT_GIVEN + " (pieces) is assumed.");
        }
        if (imported.buyerMessage() != null) {
            notes.add("Buyer's message: " + imported.buyerMessage());
        }
        if (imported.shipping() != null) {
            notes.add("Shipping: " + imported.shipping());
        }
        // kept as Dossier keeps typed text (NFC, trimmed, within its limits), so a second import finds
        // nothing changed; a cell is made to fit rather than refusing the order
        return new Order(0, factoryId, imported.orderNumber(), Channel.PLATFORM, OrderKind.STANDARD,
                TextLimit.PRODUCT.fitted(product), AgreedSpecs.NONE, quantity, TextLimit.UNIT.fitted(unit), unitPrice,
                imported.createdAt().toLocalDate(), null, null, TextLimit.ORDER_NOTES.fitted(String.join("\n", notes)),
                null);
    }

    private static String summary(Imported1688Order o) {
        StringBuilder line = new StringBuilder("1688 order");
        if (o.status() != null) {
            line.append(", ").append(o.status());
        }
        line.append(". Placed ").append(DateInput.format(o.createdAt()));
        if (o.paidAt() != null) {
            line.append(", paid ").append(DateInput.format(o.paidAt()));
        }
        line.append(": ").append(MoneyParser.format(o.paidTotal()))
                .append(" (items ").append(MoneyParser.format(o.itemsTotal()))
                .append(", freight ").append(MoneyParser.format(o.freight()))
                .append(", price change ").append(MoneyParser.format(o.adjustment())).append(").");
        return line.toString();
    }

    private static String itemLine(Imported1688Order order, Imported1688Order.Item item) {
        boolean oneTitle = order.items().stream().map(Imported1688Order.Item::title).distinct().count() == 1;
        String name = item.model() == null ? item.title()
                : oneTitle ? item.model() : item.title() + " (" + item.model() + ")";
        return name + " × " + item.quantity() + (item.unit() == null ? "" : " " + item.unit())
                + " at " + MoneyParser.format(item.unitPrice());
    }

    private static boolean unitsAgree(List<Imported1688Order.Item> items) {
        return items.stream().map(Imported1688Order.Item::unit).distinct().count() == 1;
    }

    private static Optional<Money> sharedPrice(List<Imported1688Order.Item> items) {
        List<Money> prices = items.stream().map(Imported1688Order.Item::unitPrice).distinct().toList();
        return prices.size() == 1 ? Optional.of(prices.get(0)) : Optional.empty();
    }

    private static Money average(Money total, long quantity) {
        return new Money(total.amount().divide(BigDecimal.valueOf(quantity), 2, RoundingMode.HALF_UP), Money.CNY);
    }
}
