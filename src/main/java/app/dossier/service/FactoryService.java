package app.dossier.service;

import app.dossier.domain.Archiving;
import app.dossier.domain.Correction;
import app.dossier.domain.DossierException;
import app.dossier.domain.Undoable;
import app.dossier.domain.Factory;
import app.dossier.domain.FactoryRules;
import app.dossier.domain.FieldProblem;
import app.dossier.domain.Order;
import app.dossier.domain.Refusal;
import app.dossier.domain.Text;
import app.dossier.domain.TextLimit;
import app.dossier.store.Factories;
import app.dossier.store.Orders;
import app.dossier.tree.CaseFileTree;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Registering factories, correcting them, finding them. */
public final class FactoryService {
    private final UnitOfWork work;
    private final Factories factories;
    private final Orders orders;
    private final CaseRecords records;
    private final CaseFiles caseFiles;
    private final TrashService trash;
    private final java.time.Clock clock;

    /** {@code trash} takes a deleted factory's folder; {@code clock} says when a factory was archived. */
    public FactoryService(UnitOfWork work, Factories factories, Orders orders, CaseRecords records,
            CaseFiles caseFiles, TrashService trash, java.time.Clock clock) {
        this.trash = trash;
        this.clock = clock;
        this.work = work;
        this.factories = factories;
        this.orders = orders;
        this.records = records;
        this.caseFiles = caseFiles;
    }

    /** Registers a factory and creates its folder. {@code draft}'s id and folder are ignored. */
    public Factory add(Factory draft) {
        Factory clean = cleaned(draft);
        return work.change("Could not add the factory “" + clean.name() + "”", change -> add(change, clean));
    }

    /** Registers a factory as part of a larger change. */
    Factory add(Change change, Factory draft) throws java.io.IOException {
        Factory clean = cleaned(draft);
        String folder = freeFolderName(change, clean.name(), null);
        Factory saved = factories.insert(change.db(), clean.withFolder(folder));
        caseFiles.createFolders(change, caseFiles.tree().resolve(folder));
        caseFiles.writeFactory(change, saved);
        return saved;
    }

    /**
     * Saves corrected details. A new name moves the factory's folder, and every order's folder
     * and case.json with it.
     */
    public Factory update(Factory changed) {
        Factory clean = cleaned(changed);
        return work.change("Could not save the factory “" + clean.name() + "”", change -> {
            Factory before = records.factory(change.db(), changed.id());
            String folder = before.folder();
            if (!CaseFileTree.factoryFolderName(clean.name()).equals(CaseFileTree.factoryFolderName(before.name()))) {
                folder = freeFolderName(change, clean.name(), before.folder());
            }
            Factory saved = clean.withFolder(folder);
            factories.update(change.db(), saved);
            if (!folder.equals(before.folder())) {
                caseFiles.moveFolder(change, caseFiles.tree().resolve(before.folder()), caseFiles.tree().resolve(folder));
                for (Order order : orders.ofFactory(change.db(), saved.id())) {
                    String orderFolder = folder + order.folder().substring(before.folder().length());
                    orders.update(change.db(), order.withFolder(orderFolder));
                }
            }
            caseFiles.writeFactory(change, saved);
            for (Order order : orders.ofFactory(change.db(), saved.id())) {
                caseFiles.writeCase(change, order.id());
            }
            change.undoneBy(Undoable.EDIT_FACTORY, new Correction.PutFactoryBack(before));
            return saved;
        });
    }

    /**
     * Removes a factory the user no longer wants. One without orders (made by mistake) is deleted: its
     * row goes and its folder (factory.json) moves to the trash. One with orders is archived: hidden from
     * the list of factories, its orders left as they are; refused while a dispute about one of them is open.
     */
    public Removal remove(long factoryId) {
        return work.change("Could not remove the factory", change -> {
            Factory factory = records.factory(change.db(), factoryId);
            if (factories.archived(change.db()).containsKey(factoryId)) {
                throw new DossierException(Refusal.FACTORY_ARCHIVED_ALREADY.with(factory.displayName()));
            }
            List<Order> ofFactory = orders.ofFactory(change.db(), factoryId);
            if (ofFactory.isEmpty()) {
                factories.delete(change.db(), factoryId);
                trash.discardFolder(change, factory.folder(), "factory", factoryId);
                return Removal.deleted(factory.displayName());
            }
            for (Order order : ofFactory) {
                if (Archiving.openDispute(records.caseOf(change.db(), order.id())).isPresent()) {
                    throw new DossierException(Refusal.FACTORY_ARCHIVE_DISPUTE_OPEN.with(factory.displayName(),
                            order.label()));
                }
            }
            factories.setArchived(change.db(), factoryId, clock.instant());
            caseFiles.writeFactory(change, factory);
            change.undoneBy(Undoable.ARCHIVE_FACTORY, new Correction.UnarchiveFactory(factoryId));
            return new Removal(true, factory.displayName(), 0, 0, ofFactory.size());
        });
    }

    /** Brings an archived factory back into the list of factories. */
    public Factory unarchive(long factoryId) {
        return work.change("Could not unarchive the factory", change -> {
            Factory factory = records.factory(change.db(), factoryId);
            if (!factories.archived(change.db()).containsKey(factoryId)) {
                throw new DossierException(Refusal.FACTORY_NOT_ARCHIVED.with(factory.displayName()));
            }
            factories.setArchived(change.db(), factoryId, null);
            caseFiles.writeFactory(change, factory);
            change.undoneBy(Undoable.UNARCHIVE_FACTORY, new Correction.ArchiveFactoryAgain(factoryId));
            return factory;
        });
    }

    /** The factories not archived, by name. */
    public List<Factory> list() {
        return list(false);
    }

    /** The factories by name; archived ones too when {@code withArchived}. */
    public List<Factory> list(boolean withArchived) {
        return work.read(db -> {
            var archived = factories.archived(db);
            return factories.all(db).stream().filter(f -> withArchived || !archived.containsKey(f.id())).toList();
        });
    }

    /** The ids of the archived factories, with when each was archived. */
    public java.util.Map<Long, java.time.Instant> archived() {
        return work.read(db -> factories.archived(db));
    }

    public Factory byId(long id) {
        return work.read(db -> records.factory(db, id));
    }

    /**
     * The factory a person means by {@code nameOrId}: its id, its exact Chinese or Latin name
     * (any case), or a part of a name that only one factory has.
     */
    public Factory find(String nameOrId) {
        String wanted = Text.required(nameOrId, "The factory");
        return work.read(db -> {
            if (wanted.matches("\\d{1,9}")) {
                var byId = factories.byId(db, Long.parseLong(wanted));
                if (byId.isPresent()) {
                    return byId.get();
                }
            }
            List<Factory> exact = factories.byName(db, wanted);
            if (exact.size() == 1) {
                return exact.get(0);
            }
            String lower = wanted.toLowerCase(Locale.ROOT);
            List<Factory> partial = factories.all(db).stream()
                    .filter(f -> f.name().toLowerCase(Locale.ROOT).contains(lower)
                            || (f.latinName() != null && f.latinName().toLowerCase(Locale.ROOT).contains(lower)))
                    .toList();
            if (partial.size() == 1) {
                return partial.get(0);
            }
            if (partial.isEmpty()) {
                throw new DossierException(Refusal.FACTORY_NOT_FOUND.with(wanted));
            }
            throw new DossierException(Refusal.FACTORY_AMBIGUOUS.with(wanted,
                    partial.stream().map(f -> f.id() + " " + f.displayName()).collect(Collectors.joining(", "))));
        });
    }

    private String freeFolderName(Change change, String name, String keep) {
        Set<String> taken = factories.all(change.db()).stream()
                .map(Factory::folder)
                .filter(f -> !f.equals(keep))
                .map(f -> f.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        Path root = caseFiles.tree().root();
        return caseFiles.tree().freeName(root, CaseFileTree.factoryFolderName(name), keep, taken);
    }

    private static Factory cleaned(Factory f) {
        FieldProblem.refuse(FactoryRules.problems(f));
        return new Factory(f.id(), TextLimit.FACTORY_NAME.checked(f.name()),
                TextLimit.FACTORY_LATIN_NAME.checked(f.latinName()), TextLimit.SHOP_LINK.checked(f.shopUrl()),
                TextLimit.WECHAT_ID.checked(f.wechatId()), TextLimit.CONTACT.checked(f.contact()),
                TextLimit.FACTORY_NOTES.checked(f.notes()), f.folder());
    }
}
