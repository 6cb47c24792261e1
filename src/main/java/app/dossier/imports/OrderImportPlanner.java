package app.dossier.imports;

import app.dossier.domain.DateInput;
import app.dossier.domain.Factory;
import app.dossier.domain.FieldChange;
import app.dossier.domain.ImportAction;
import app.dossier.domain.ImportPlan;
import app.dossier.domain.MoneyParser;
import app.dossier.domain.Order;
import app.dossier.domain.PlannedOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Plans the import of a 1688 export without changing anything, so a preview can show what will be
 * created, updated or skipped and why. It only reads Dossier through the two look-ups it is given.
 *
 * <p>An order whose number is not in Dossier is created (with its factory, found by the seller's
 * company name or else created), unless 1688 closed it (交易关闭). An order already in Dossier is
 * compared on the fields an export knows: product, quantity, unit, unit price, ordered on and
 * channel. It is updated when any differs and skipped when none does; its factory, kind, agreed
 * specs, deadlines and notes are the user's and are never touched.
 */
public final class OrderImportPlanner {
    private OrderImportPlanner() {
    }

    /** The plan for what was read, rows left out included (as SKIP, with the reader's reasons). */
    public static ImportPlan plan(OrderExportReading reading, Function<String, Optional<Order>> orderByNumber,
            Function<String, Optional<Factory>> factoryByName) {
        ImportPlan planned = plan(reading.orders(), orderByNumber, factoryByName);
        List<PlannedOrder> all = new ArrayList<>(planned.orders());
        for (RefusedOrder refused : reading.refused()) {
            all.add(new PlannedOrder(ImportAction.SKIP, refused.orderNumber(), null, false, null, List.of(),
                    refused.reasons(), refused.rowNumbers()));
        }
        all.sort(Comparator.comparing(o -> o.rowNumbers().isEmpty() ? Integer.MAX_VALUE : o.rowNumbers().get(0)));
        return new ImportPlan(all, planned.newFactories());
    }

    /**
     * @param orderByNumber the order in Dossier with this order number, if any
     * @param factoryByName the factory in Dossier with this name, if any
     */
    public static ImportPlan plan(List<Imported1688Order> orders, Function<String, Optional<Order>> orderByNumber,
            Function<String, Optional<Factory>> factoryByName) {
        Map<String, Factory> newFactories = new LinkedHashMap<>();
        Set<String> numbers = new HashSet<>();
        List<PlannedOrder> planned = new ArrayList<>();
        for (Imported1688Order order : orders) {
            if (!numbers.add(order.orderNumber())) {
                planned.add(skip(order, null, List.of("Order " + order.orderNumber()
                        + " appears more than once; only its first appearance is imported.")));
                continue;
            }
            Optional<Order> existing = orderByNumber.apply(order.orderNumber());
            Optional<Factory> factory = factoryByName.apply(order.factoryName());
            if (existing.isPresent()) {
                planned.add(compared(order, existing.get(), factory));
            } else if (Imported1688Order.STATUS_CLOSED.equals(order.status())) {
                planned.add(skip(order, null, List.of("Closed on 1688 (" + Imported1688Order.STATUS_CLOSED
                        + ") and not in Dossier: nothing was bought.")));
            } else {
                if (factory.isEmpty()) {
                    newFactories.computeIfAbsent(order.factoryName(), name -> newFactory(order));
                }
                planned.add(created(order, factory));
            }
        }
        return new ImportPlan(planned, List.copyOf(newFactories.values()));
    }

    private static PlannedOrder created(Imported1688Order imported, Optional<Factory> factory) {
        List<String> reasons = new ArrayList<>();
        reasons.add(factory.isPresent()
                ? "New order from “" + imported.factoryName() + "”, a factory already in Dossier."
                : "New order, and “" + imported.factoryName() + "” is a new factory.");
        amountsNote(imported).ifPresent(reasons::add);
        Order draft = OrderDrafts.fromExport(imported, factory.map(Factory::id).orElse(0L));
        return new PlannedOrder(ImportAction.CREATE, imported.orderNumber(), imported.factoryName(),
                factory.isEmpty(), draft, List.of(), reasons, imported.rowNumbers());
    }

    private static PlannedOrder compared(Imported1688Order imported, Order before, Optional<Factory> sellerFactory) {
        Order fromFile = OrderDrafts.fromExport(imported, before.factoryId());
        List<FieldChange> changes = changes(before, fromFile);
        List<String> reasons = new ArrayList<>();
        if (sellerFactory.isPresent() && sellerFactory.get().id() != before.factoryId()) {
            reasons.add("In Dossier the order is filed under another factory than “" + imported.factoryName()
                    + "”; it stays there.");
        }
        amountsNote(imported).ifPresent(reasons::add);
        if (changes.isEmpty()) {
            reasons.add(0, "Already in Dossier, the same as in the file.");
            return skip(imported, before, reasons);
        }
        reasons.add(0, "Already in Dossier; " + changes.size() + (changes.size() == 1 ? " field differs" : " fields differ")
                + " from the file: " + String.join(", ", changes.stream().map(FieldChange::field).toList()) + ".");
        Order after = new Order(before.id(), before.factoryId(), before.orderNumber(), fromFile.channel(), before.kind(),
                fromFile.product(), before.specs(), fromFile.quantity(), fromFile.unit(), fromFile.unitPrice(),
                fromFile.orderedOn(), before.deliveryDeadline(), before.agreedOn(), before.notes(), before.folder());
        return new PlannedOrder(ImportAction.UPDATE, imported.orderNumber(), imported.factoryName(), false, after,
                changes, reasons, imported.rowNumbers());
    }

    private static List<FieldChange> changes(Order before, Order after) {
        List<FieldChange> changes = new ArrayList<>();
        compare(changes, "product", before.product(), after.product());
        compare(changes, "quantity", before.quantity(), after.quantity());
        compare(changes, "unit", before.unit(), after.unit());
        if (!Objects.equals(before.unitPrice(), after.unitPrice())) {
            changes.add(new FieldChange("unit price", money(before), money(after)));
        }
        if (!Objects.equals(before.orderedOn(), after.orderedOn())) {
            changes.add(new FieldChange("ordered on", before.orderedOn() == null ? "" : DateInput.format(before.orderedOn()),
                    DateInput.format(after.orderedOn())));
        }
        compare(changes, "channel", before.channel(), after.channel());
        return changes;
    }

    private static void compare(List<FieldChange> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, before == null ? "" : before.toString(),
                    after == null ? "" : after.toString()));
        }
    }

    private static String money(Order order) {
        return order.unitPrice() == null ? "" : MoneyParser.format(order.unitPrice());
    }

    private static Optional<String> amountsNote(Imported1688Order order) {
        if (order.addsUp()) {
            return Optional.empty();
        }
        return Optional.of("The amounts do not add up: items " + MoneyParser.format(order.itemsTotal())
                + " + freight " + MoneyParser.format(order.freight()) + " + price change "
                + MoneyParser.format(order.adjustment()) + " is not the "
                + MoneyParser.format(order.paidTotal()) + " paid (实付款).");
    }

    private static PlannedOrder skip(Imported1688Order imported, Order existing, List<String> reasons) {
        return new PlannedOrder(ImportAction.SKIP, imported.orderNumber(), imported.factoryName(), false, existing,
                List.of(), reasons, imported.rowNumbers());
    }

    private static Factory newFactory(Imported1688Order order) {
        String account = order.sellerCompany() != null && order.sellerMember() != null
                ? "1688 seller account: " + order.sellerMember()
                : null;
        return new Factory(0, order.factoryName(), null, null, null, null, account, null);
    }
}
