package app.dossier.service;

import app.dossier.domain.AgreedSpecs;
import app.dossier.domain.Archiving;
import app.dossier.domain.CaseFile;
import app.dossier.domain.Correction;
import app.dossier.domain.Undoable;
import app.dossier.domain.DossierException;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Factory;
import app.dossier.domain.FieldProblem;
import app.dossier.domain.Order;
import app.dossier.domain.Refusal;
import app.dossier.domain.OrderRules;
import app.dossier.domain.Text;
import app.dossier.domain.TextLimit;
import app.dossier.store.EvidenceFiles;
import app.dossier.store.Factories;
import app.dossier.store.Orders;
import app.dossier.store.Payments;
import app.dossier.store.ReceivingRecords;
import app.dossier.store.Session;
import app.dossier.tree.CaseFileTree;
import java.nio.file.Path;
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
    private final UnitOfWork work;
    private final Orders orders;
    private final Factories factories;
    private final EvidenceFiles evidence;
    private final Payments payments;
    private final ReceivingRecords receiving;
    private final CaseRecords records;
    private final CaseFiles caseFiles;
    private final TrashService trash;
    private final java.time.Clock clock;

    /**
     * {@code evidence}, {@code payments} and {@code receiving} are counted for the list of orders;
     * {@code trash} takes a deleted draft's folder; {@code clock} says when an order was archived.
     */
    public OrderService(UnitOfWork work, Orders orders, Factories factories, EvidenceFiles evidence,
            Payments payments, ReceivingRecords receiving, CaseRecords records, CaseFiles caseFiles,
            TrashService trash, java.time.Clock clock) {
        this.trash = trash;
        this.clock = clock;
        this.work = work;
        this.orders = orders;
        this.factories = factories;
        this.evidence = evidence;
        this.payments = payments;
        this.receiving = receiving;
        this.records = records;
        this.caseFiles = caseFiles;
    }

    /** Logs an order and creates its folder with the four category folders and case.json. */
    public Order add(Order draft) {
        Order clean = cleaned(draft);
        return sayingNumberTaken(Refusal.ORDER_NUMBER_TAKEN_ON_ADD.with(clean.label()),
                () -> work.change("Could not add the order “" + clean.label() + "”", change -> {
            Order saved = add(change, clean);
            caseFiles.writeCase(change, saved.id());
            return saved;
        }));
    }

    /** Logs an order as part of a larger change, which rewrites its case.json. */
    Order add(Change change, Order draft) throws java.io.IOException {
        Order clean = cleaned(draft);
        Factory factory = records.factory(change.db(), clean.factoryId());
        String folder = freeFolder(change, factory, clean, null);
        Order saved = orders.insert(change.db(), clean.withFolder(folder));
        Path path = caseFiles.tree().resolve(folder);
        caseFiles.createFolders(change, path);
        change.step("folder");
        caseFiles.tree().createOrderFolders(path);
        return saved;
    }

    /**
     * Saves corrected details. A new date, number or factory moves the order's folder;
     * the files inside keep their names.
     */
    public Order update(Order changed) {
        Order clean = cleaned(changed);
        return sayingNumberTaken(Refusal.ORDER_NUMBER_TAKEN_ON_SAVE.with(clean.label()),
                () -> work.change("Could not save the order “" + clean.label() + "”", change -> {
            Order before = records.order(change.db(), clean.id());
            Order saved = update(change, clean);
            caseFiles.writeCase(change, saved.id());
            change.undoneBy(Undoable.EDIT_ORDER, new Correction.PutOrderBack(before));
            return saved;
        }));
    }

    /** Saves a corrected order as part of a larger change, which rewrites its case.json. */
    Order update(Change change, Order changed) throws java.io.IOException {
        Order clean = cleaned(changed);
        Order before = records.order(change.db(), clean.id());
        Factory factory = records.factory(change.db(), clean.factoryId());
        String folder = before.folder();
        boolean sameName = CaseFileTree.orderFolderName(clean.orderedOn(), clean.label())
                .equals(CaseFileTree.orderFolderName(before.orderedOn(), before.label()));
        if (!sameName || clean.factoryId() != before.factoryId()) {
            folder = freeFolder(change, factory, clean, before.folder());
        }
        Order saved = clean.withFolder(folder);
        orders.update(change.db(), saved);
        if (!folder.equals(before.folder())) {
            caseFiles.moveFolder(change, caseFiles.tree().resolve(before.folder()), caseFiles.tree().resolve(folder));
        }
        return saved;
    }

    /**
     * Removes an order the user no longer wants. One that holds nothing (a draft: no file, payment,
     * receiving record, dispute or chat) is deleted: its row goes and its folder (case.json and the empty
     * category folders) moves to the trash. One that holds records is archived instead: kept whole,
     * verified and backed up, hidden from the lists until it is unarchived; refused while a dispute about
     * it is open. Says which it did.
     */
    public Removal remove(long orderId) {
        return work.change("Could not remove the order", change -> {
            CaseFile caseFile = records.caseOf(change.db(), orderId);
            Order order = caseFile.order();
            if (caseFile.archivedAt() != null) {
                throw new DossierException(Refusal.ORDER_ARCHIVED_ALREADY.with(order.label()));
            }
            if (!Archiving.holdsRecords(caseFile)) {
                orders.delete(change.db(), orderId);
                trash.discardFolder(change, order.folder(), "order", orderId);
                return Removal.deleted(order.label());
            }
            var open = Archiving.openDispute(caseFile);
            if (open.isPresent()) {
                throw new DossierException(Refusal.ORDER_ARCHIVE_DISPUTE_OPEN.with(order.label(),
                        open.get().openedOn()));
            }
            orders.setArchived(change.db(), orderId, clock.instant());
            caseFiles.writeCase(change, orderId);
            change.undoneBy(Undoable.ARCHIVE_ORDER, new Correction.UnarchiveOrder(orderId));
            return new Removal(true, order.label(), caseFile.evidence().size(), caseFile.payments().size(), 0);
        });
    }

    /** Brings an archived order back into the lists. */
    public Order unarchive(long orderId) {
        return work.change("Could not unarchive the order", change -> {
            CaseFile caseFile = records.caseOf(change.db(), orderId);
            if (caseFile.archivedAt() == null) {
                throw new DossierException(Refusal.ORDER_NOT_ARCHIVED.with(caseFile.order().label()));
            }
            orders.setArchived(change.db(), orderId, null);
            caseFiles.writeCase(change, orderId);
            change.undoneBy(Undoable.UNARCHIVE_ORDER, new Correction.ArchiveOrderAgain(orderId));
            return caseFile.order();
        });
    }

    public Order byId(long id) {
        return work.read(db -> records.order(db, id));
    }

    /**
     * The order a person means: its order number (text, exactly as written) or its internal id.
     */
    public Order find(String numberOrId) {
        String wanted = Text.required(numberOrId, "The order");
        return work.read(db -> {
            var byNumber = orders.byNumber(db, wanted);
            if (byNumber.isPresent()) {
                return byNumber.get();
            }
            String id = wanted.startsWith("#") ? wanted.substring(1) : wanted;
            if (id.matches("\\d{1,9}")) {
                var byId = orders.byId(db, Long.parseLong(id));
                if (byId.isPresent()) {
                    return byId.get();
                }
            }
            throw new DossierException(Refusal.ORDER_NOT_FOUND.with(wanted));
        });
    }

    /** Every record of the order, as its case.json holds them. */
    public CaseFile caseOf(long orderId) {
        return work.read(db -> records.caseOf(db, orderId));
    }

    /** Orders not archived, newest first; only those of one factory when {@code factoryId} is given. */
    public List<OrderSummary> list(Long factoryId) {
        return list(factoryId, false);
    }

    /**
     * Orders, newest first; only those of one factory when {@code factoryId} is given; archived ones
     * too when {@code withArchived} (each summary says whether it is).
     */
    public List<OrderSummary> list(Long factoryId, boolean withArchived) {
        return work.read(db -> {
            Map<Long, java.time.Instant> archived = orders.archived(db);
            List<Order> found = (factoryId == null ? orders.all(db) : orders.ofFactory(db, factoryId)).stream()
                    .filter(o -> withArchived || !archived.containsKey(o.id()))
                    .toList();
            Map<Long, Factory> factoryById = factories.all(db).stream()
                    .collect(Collectors.toMap(Factory::id, Function.identity()));
            // One grouped query per table, not three per order: the list opens the orders view.
            Map<Long, Map<EvidenceCategory, Integer>> files = evidence.countsByOrder(db);
            Map<Long, Integer> paymentCounts = payments.countsByOrder(db);
            java.util.Set<Long> received = receiving.ordersReceived(db);
            List<OrderSummary> result = new ArrayList<>();
            for (Order order : found) {
                Map<EvidenceCategory, Integer> counts = new EnumMap<>(EvidenceCategory.class);
                counts.putAll(files.getOrDefault(order.id(), Map.of()));
                result.add(new OrderSummary(order, factoryById.get(order.factoryId()), counts,
                        paymentCounts.getOrDefault(order.id(), 0), received.contains(order.id()),
                        archived.get(order.id())));
            }
            return result;
        });
    }

    private String freeFolder(Change change, Factory factory, Order order, String keep) {
        Session db = change.db();
        Set<String> taken = orders.ofFactory(db, factory.id()).stream()
                .map(Order::folder)
                .filter(f -> !f.equals(keep))
                .map(f -> f.substring(f.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        String keepName = keep == null ? null : keep.substring(keep.lastIndexOf('/') + 1);
        String keepInFolder = keep != null && keep.startsWith(factory.folder() + "/") ? keepName : null;
        String name = caseFiles.tree().freeName(caseFiles.tree().resolve(factory.folder()),
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

    /**
     * What {@code saving} returns; when another order has the number, the refusal {@code taken}, which
     * says word for word what the change's failure says in English, so that the window says it in its language.
     */
    private static Order sayingNumberTaken(Refusal.Wording taken, java.util.function.Supplier<Order> saving) {
        try {
            return saving.get();
        } catch (DossierException e) {
            if (e.getCause() instanceof app.dossier.store.StoreException refused
                    && refused.kind() == app.dossier.store.StoreException.Kind.ORDER_NUMBER_TAKEN
                    && taken.english().equals(e.getMessage())) {
                throw new DossierException(taken, refused);
            }
            throw e;
        }
    }
}
