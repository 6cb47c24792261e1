package app.dossier.service;

import app.dossier.domain.AgreedSpecs;
import app.dossier.domain.CaseFile;
import app.dossier.domain.DossierException;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Factory;
import app.dossier.domain.FieldProblem;
import app.dossier.domain.Order;
import app.dossier.domain.OrderRules;
import app.dossier.domain.Text;
import app.dossier.domain.TextLimit;
import app.dossier.tree.CaseFileTree;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Logging orders, correcting them, finding them, reading their case file. */
public final class OrderService {
    private final CaseWriter writer;

    public OrderService(CaseWriter writer) {
        this.writer = writer;
    }

    /** Logs an order and creates its folder with the four category folders and case.json. */
    public Order add(Order draft) {
        Order clean = cleaned(draft);
        return writer.change("Could not add the order “" + clean.label() + "”", change -> {
            Order saved = add(change, clean);
            writer.writeCase(change, saved.id());
            return saved;
        });
    }

    /** Logs an order as part of a larger change, which rewrites its case.json. */
    Order add(Change change, Order draft) throws java.io.IOException, SQLException {
        Order clean = cleaned(draft);
        Factory factory = writer.factory(change.db(), clean.factoryId());
        String folder = freeFolder(change, factory, clean, null);
        Order saved = writer.store().orders().insert(change.db(), clean.withFolder(folder));
        Path path = writer.tree().resolve(folder);
        writer.createFolders(change, path);
        change.step("folder");
        writer.tree().createOrderFolders(path);
        return saved;
    }

    /**
     * Saves corrected details. A new date, number or factory moves the order's folder;
     * the files inside keep their names.
     */
    public Order update(Order changed) {
        Order clean = cleaned(changed);
        return writer.change("Could not save the order “" + clean.label() + "”", change -> {
            Order saved = update(change, clean);
            writer.writeCase(change, saved.id());
            return saved;
        });
    }

    /** Saves a corrected order as part of a larger change, which rewrites its case.json. */
    Order update(Change change, Order changed) throws java.io.IOException, SQLException {
        Order clean = cleaned(changed);
        Order before = writer.order(change.db(), clean.id());
        Factory factory = writer.factory(change.db(), clean.factoryId());
        String folder = before.folder();
        boolean sameName = CaseFileTree.orderFolderName(clean.orderedOn(), clean.label())
                .equals(CaseFileTree.orderFolderName(before.orderedOn(), before.label()));
        if (!sameName || clean.factoryId() != before.factoryId()) {
            folder = freeFolder(change, factory, clean, before.folder());
        }
        Order saved = clean.withFolder(folder);
        writer.store().orders().update(change.db(), saved);
        if (!folder.equals(before.folder())) {
            writer.moveFolder(change, writer.tree().resolve(before.folder()), writer.tree().resolve(folder));
        }
        return saved;
    }

    public Order byId(long id) {
        return writer.read(db -> writer.order(db, id));
    }

    /**
     * The order a person means: its order number (text, exactly as written) or its internal id.
     */
    public Order find(String numberOrId) {
        String wanted = Text.required(numberOrId, "The order");
        return writer.read(db -> {
            var byNumber = writer.store().orders().byNumber(db, wanted);
            if (byNumber.isPresent()) {
                return byNumber.get();
            }
            String id = wanted.startsWith("#") ? wanted.substring(1) : wanted;
            if (id.matches("\\d{1,9}")) {
                var byId = writer.store().orders().byId(db, Long.parseLong(id));
                if (byId.isPresent()) {
                    return byId.get();
                }
            }
            throw new DossierException("No order has the number or id “" + wanted + "”.");
        });
    }

    /** Every record of the order, as its case.json holds them. */
    public CaseFile caseOf(long orderId) {
        return writer.read(db -> writer.caseOf(db, orderId));
    }

    /** Orders, newest first; only those of one factory when {@code factoryId} is given. */
    public List<OrderSummary> list(Long factoryId) {
        return writer.read(db -> {
            List<Order> orders = factoryId == null
                    ? writer.store().orders().all(db)
                    : writer.store().orders().ofFactory(db, factoryId);
            Map<Long, Factory> factories = writer.store().factories().all(db).stream()
                    .collect(Collectors.toMap(Factory::id, Function.identity()));
            // One grouped query per table, not three per order: the list opens the orders view.
            Map<Long, Map<EvidenceCategory, Integer>> files = writer.store().evidence().countsByOrder(db);
            Map<Long, Integer> payments = writer.store().payments().countsByOrder(db);
            java.util.Set<Long> received = writer.store().receiving().ordersReceived(db);
            List<OrderSummary> result = new ArrayList<>();
            for (Order order : orders) {
                Map<EvidenceCategory, Integer> counts = new EnumMap<>(EvidenceCategory.class);
                counts.putAll(files.getOrDefault(order.id(), Map.of()));
                result.add(new OrderSummary(order, factories.get(order.factoryId()), counts,
                        payments.getOrDefault(order.id(), 0), received.contains(order.id())));
            }
            return result;
        });
    }

    private String freeFolder(Change change, Factory factory, Order order, String keep) throws SQLException {
        Connection db = change.db();
        Set<String> taken = writer.store().orders().ofFactory(db, factory.id()).stream()
                .map(Order::folder)
                .filter(f -> !f.equals(keep))
                .map(f -> f.substring(f.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        String keepName = keep == null ? null : keep.substring(keep.lastIndexOf('/') + 1);
        String keepInFolder = keep != null && keep.startsWith(factory.folder() + "/") ? keepName : null;
        String name = writer.tree().freeName(writer.tree().resolve(factory.folder()),
                CaseFileTree.orderFolderName(order.orderedOn(), order.label()), keepInFolder, taken);
        return factory.folder() + "/" + name;
    }

    private static Order cleaned(Order o) {
        FieldProblem.refuse(OrderRules.problems(o));
        AgreedSpecs specs = o.specs() == null ? AgreedSpecs.NONE : o.specs();
        return new Order(o.id(), o.factoryId(), TextLimit.ORDER_NUMBER.checked(o.orderNumber()), o.channel(), o.kind(),
                TextLimit.PRODUCT.checked(o.product()),
                new AgreedSpecs(TextLimit.COLORS.checked(specs.colors()), TextLimit.SIZES.checked(specs.sizes()),
                        TextLimit.PACKAGING.checked(specs.packaging()),
                        TextLimit.PRICE_AT_QUANTITY.checked(specs.priceAtQuantity())),
                o.quantity(), TextLimit.UNIT.checked(o.unit()),
                o.unitPrice(), o.orderedOn(), o.deliveryDeadline(), o.agreedOn(), TextLimit.ORDER_NOTES.checked(o.notes()),
                o.folder());
    }
}
