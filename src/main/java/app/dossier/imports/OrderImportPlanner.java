package app.dossier.imports;

import app.dossier.domain.Clash;
import app.dossier.domain.ClashReason;
import app.dossier.domain.DateInput;
import app.dossier.domain.Factory;
import app.dossier.domain.FieldChange;
import app.dossier.domain.ImportAction;
import app.dossier.domain.ImportPlan;
import app.dossier.domain.MoneyParser;
import app.dossier.domain.Order;
import app.dossier.domain.PlannedOrder;
import app.dossier.domain.ProductNames;
import app.dossier.domain.TakenClashes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Plans the import of a 1688 export without changing anything, so a preview can show what will be
 * created, updated, skipped or left as it is and why. It only reads Dossier through the look-ups it
 * is given.
 *
 * <p>An order whose number is not in Dossier is created (with its factory, found by the seller's
 * company name or else created), unless 1688 closed it (交易关闭). An order already in Dossier is
 * compared on the fields an export knows: product, quantity, unit, unit price, ordered on and
 * channel. It is skipped when none differs. When some differ it is updated, unless the two may not
 * be one order or the order is past being changed unseen: filed under another factory than the
 * file's seller, a product that differs by more than a typo ({@link ProductNames}), a receiving
 * record, an open dispute. Then it is a CLASH, left as it is unless the user takes the file's side,
 * seller included: an order never keeps one seller's factory with another seller's goods. Its
 * kind, agreed specs, deadlines and notes are the user's and are never touched, and a product that
 * differs only by a typo keeps the user's spelling.
 */
public final class OrderImportPlanner {
    private OrderImportPlanner() {
    }

    /** The plan for what was read, rows left out included (as SKIP, with the reader's reasons). */
    public static ImportPlan plan(OrderExportReading reading, KnownRecords dossier, TakenClashes taken) {
        ImportPlan planned = plan(reading.orders(), dossier, taken);
        List<PlannedOrder> all = new ArrayList<>(planned.orders());
        for (RefusedOrder refused : reading.refused()) {
            all.add(new PlannedOrder(ImportAction.SKIP, refused.orderNumber(), null, false, null, List.of(),
                    refused.reasons(), refused.rowNumbers(), null));
        }
        all.sort(Comparator.comparing(o -> o.rowNumbers().isEmpty() ? Integer.MAX_VALUE : o.rowNumbers().get(0)));
        return new ImportPlan(all, planned.newFactories());
    }

    /**
     * @param dossier what Dossier has
     * @param taken   the clashes whose file side the user chose to take
     */
    public static ImportPlan plan(List<Imported1688Order> orders, KnownRecords dossier, TakenClashes taken) {
        Map<String, Factory> newFactories = new LinkedHashMap<>();
        Set<String> numbers = new HashSet<>();
        List<PlannedOrder> planned = new ArrayList<>();
        for (Imported1688Order order : orders) {
            if (!numbers.add(order.orderNumber())) {
                planned.add(skip(order, null, order.factoryName(), List.of("Order " + order.orderNumber()
                        + " appears more than once; only its first appearance is imported.")));
                continue;
            }
            Optional<Order> existing = dossier.order(order.orderNumber());
            Optional<Factory> factory = dossier.factoryNamed(order.factoryName());
            if (existing.isPresent()) {
                planned.add(compared(order, existing.get(), factory, dossier, taken, newFactories));
            } else if (Imported1688Order.STATUS_CLOSED.equals(order.status())) {
                planned.add(skip(order, null, order.factoryName(), List.of("Closed on 1688 ("
                        + Imported1688Order.STATUS_CLOSED + ") and not in Dossier: nothing was bought.")));
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
                factory.isEmpty(), draft, List.of(), reasons, imported.rowNumbers(), null);
    }

    private static PlannedOrder compared(Imported1688Order imported, Order before, Optional<Factory> sellerFactory,
            KnownRecords dossier, TakenClashes taken, Map<String, Factory> newFactories) {
        Factory ours = dossier.factory(before.factoryId());
        String seller = imported.factoryName();
        boolean sameSeller = sellerFactory.map(f -> f.id() == ours.id()).orElse(false) || named(ours, seller);
        Order fromFile = OrderDrafts.fromExport(imported, before.factoryId());
        boolean sameProduct = ProductNames.sameWithinATypo(before.product(), fromFile.product());
        String product = sameProduct ? before.product() : fromFile.product();
        List<FieldChange> changes = changes(before, fromFile, product);
        List<String> notes = new ArrayList<>();
        amountsNote(imported).ifPresent(notes::add);
        if (changes.isEmpty()) {
            List<String> reasons = new ArrayList<>();
            reasons.add("Already in Dossier, the same as in the file.");
            if (!sameSeller) {
                reasons.add("In Dossier the order is filed under “" + ours.name() + "”, not under the file's seller “"
                        + seller + "”; it stays there.");
            }
            reasons.addAll(notes);
            return skip(imported, before, ours.name(), reasons);
        }
        if (!sameSeller) {
            changes.add(0, new FieldChange(FieldChange.FACTORY, ours.name(), seller));
        }
        List<ClashReason> clashes = clashReasons(sameSeller, sameProduct, before, dossier);
        Clash clash = clashes.isEmpty() ? null : new Clash(clashes,
                new Clash.Side(ours.name(), before.product(), before.quantity(), before.unit()),
                new Clash.Side(seller, fromFile.product(), fromFile.quantity(), fromFile.unit()));
        String fields = String.join(", ", changes.stream().map(FieldChange::field).toList());
        if (clash != null && !taken.takes(imported.orderNumber())) {
            List<String> reasons = new ArrayList<>();
            reasons.add("Dossier and the file disagree (" + words(clashes) + "); left as it is unless you take"
                    + " the file's side, which changes " + fields + ".");
            reasons.addAll(notes);
            return new PlannedOrder(ImportAction.CLASH, imported.orderNumber(), ours.name(), false, before, changes,
                    reasons, imported.rowNumbers(), clash);
        }
        long factoryId = before.factoryId();
        boolean newFactory = false;
        if (!sameSeller) {
            factoryId = sellerFactory.map(Factory::id).orElse(0L);
            newFactory = sellerFactory.isEmpty();
            if (newFactory) {
                newFactories.computeIfAbsent(seller, name -> newFactory(imported));
            }
        }
        List<String> reasons = new ArrayList<>();
        reasons.add("Already in Dossier; " + changes.size() + (changes.size() == 1 ? " field differs" : " fields differ")
                + " from the file: " + fields + ".");
        if (clash != null) {
            reasons.add("Taken from the file as you chose, although Dossier and the file disagree ("
                    + words(clashes) + ").");
        }
        reasons.addAll(notes);
        Order after = new Order(before.id(), factoryId, before.orderNumber(), fromFile.channel(), before.kind(),
                product, before.specs(), fromFile.quantity(), fromFile.unit(), fromFile.unitPrice(),
                fromFile.orderedOn(), before.deliveryDeadline(), before.agreedOn(), before.notes(), before.folder());
        return new PlannedOrder(ImportAction.UPDATE, imported.orderNumber(), sameSeller ? ours.name() : seller,
                newFactory, after, changes, reasons, imported.rowNumbers(), clash);
    }

    /** Why the order in Dossier and the file's may not be one order, or may not be changed unseen. */
    private static List<ClashReason> clashReasons(boolean sameSeller, boolean sameProduct, Order before,
            KnownRecords dossier) {
        List<ClashReason> clashes = new ArrayList<>();
        if (!sameSeller) {
            clashes.add(ClashReason.ANOTHER_SELLER);
        }
        if (!sameProduct) {
            clashes.add(ClashReason.ANOTHER_PRODUCT);
        }
        if (dossier.received(before.id())) {
            clashes.add(ClashReason.RECEIVED);
        }
        if (dossier.disputeOpen(before.id())) {
            clashes.add(ClashReason.DISPUTE_OPEN);
        }
        return clashes;
    }

    /** Whether the factory goes by this name (or Latin name) in Dossier, as the look-up by name finds it. */
    private static boolean named(Factory factory, String name) {
        return name != null && (name.equalsIgnoreCase(factory.name()) || name.equalsIgnoreCase(factory.latinName()));
    }

    private static String words(List<ClashReason> reasons) {
        return String.join(", ", reasons.stream().map(ClashReason::english).toList());
    }

    private static List<FieldChange> changes(Order before, Order after, String product) {
        List<FieldChange> changes = new ArrayList<>();
        compare(changes, FieldChange.PRODUCT, before.product(), product);
        compare(changes, FieldChange.QUANTITY, before.quantity(), after.quantity());
        compare(changes, FieldChange.UNIT, before.unit(), after.unit());
        if (!Objects.equals(before.unitPrice(), after.unitPrice())) {
            changes.add(new FieldChange(FieldChange.UNIT_PRICE, money(before), money(after)));
        }
        if (!Objects.equals(before.orderedOn(), after.orderedOn())) {
            changes.add(new FieldChange(FieldChange.ORDERED_ON, before.orderedOn() == null ? "" : DateInput.format(before.orderedOn()),
                    DateInput.format(after.orderedOn())));
        }
        compare(changes, FieldChange.CHANNEL, before.channel(), after.channel());
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

    private static PlannedOrder skip(Imported1688Order imported, Order existing, String factoryName,
            List<String> reasons) {
        return new PlannedOrder(ImportAction.SKIP, imported.orderNumber(), factoryName, false, existing,
                List.of(), reasons, imported.rowNumbers(), null);
    }

    private static Factory newFactory(Imported1688Order order) {
        String account = order.sellerCompany() != null && order.sellerMember() != null
                ? "1688 seller account: " + order.sellerMember()
                : null;
        return new Factory(0, order.factoryName(), null, null, null, null, account, null);
    }
}
