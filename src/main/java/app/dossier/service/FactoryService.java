package app.dossier.service;

import app.dossier.domain.DossierException;
import app.dossier.domain.Factory;
import app.dossier.domain.FactoryRules;
import app.dossier.domain.FieldProblem;
import app.dossier.domain.Order;
import app.dossier.domain.Text;
import app.dossier.domain.TextLimit;
import app.dossier.tree.CaseFileTree;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Registering factories, correcting them, finding them. */
public final class FactoryService {
    private final CaseWriter writer;

    public FactoryService(CaseWriter writer) {
        this.writer = writer;
    }

    /** Registers a factory and creates its folder. {@code draft}'s id and folder are ignored. */
    public Factory add(Factory draft) {
        Factory clean = cleaned(draft);
        return writer.change("Could not add the factory “" + clean.name() + "”", change -> add(change, clean));
    }

    /** Registers a factory as part of a larger change. */
    Factory add(Change change, Factory draft) throws java.io.IOException, java.sql.SQLException {
        Factory clean = cleaned(draft);
        String folder = freeFolderName(change, clean.name(), null);
        Factory saved = writer.store().factories().insert(change.db(), clean.withFolder(folder));
        writer.createFolders(change, writer.tree().resolve(folder));
        writer.writeFactory(change, saved);
        return saved;
    }

    /**
     * Saves corrected details. A new name moves the factory's folder, and every order's folder
     * and case.json with it.
     */
    public Factory update(Factory changed) {
        Factory clean = cleaned(changed);
        return writer.change("Could not save the factory “" + clean.name() + "”", change -> {
            Factory before = writer.factory(change.db(), changed.id());
            String folder = before.folder();
            if (!CaseFileTree.factoryFolderName(clean.name()).equals(CaseFileTree.factoryFolderName(before.name()))) {
                folder = freeFolderName(change, clean.name(), before.folder());
            }
            Factory saved = clean.withFolder(folder);
            writer.store().factories().update(change.db(), saved);
            if (!folder.equals(before.folder())) {
                writer.moveFolder(change, writer.tree().resolve(before.folder()), writer.tree().resolve(folder));
                for (Order order : writer.store().orders().ofFactory(change.db(), saved.id())) {
                    String orderFolder = folder + order.folder().substring(before.folder().length());
                    writer.store().orders().update(change.db(), order.withFolder(orderFolder));
                }
            }
            writer.writeFactory(change, saved);
            for (Order order : writer.store().orders().ofFactory(change.db(), saved.id())) {
                writer.writeCase(change, order.id());
            }
            return saved;
        });
    }

    public List<Factory> list() {
        return writer.read(db -> writer.store().factories().all(db));
    }

    public Factory byId(long id) {
        return writer.read(db -> writer.factory(db, id));
    }

    /**
     * The factory a person means by {@code nameOrId}: its id, its exact Chinese or Latin name
     * (any case), or a part of a name that only one factory has.
     */
    public Factory find(String nameOrId) {
        String wanted = Text.required(nameOrId, "The factory");
        return writer.read(db -> {
            if (wanted.matches("\\d{1,9}")) {
                var byId = writer.store().factories().byId(db, Long.parseLong(wanted));
                if (byId.isPresent()) {
                    return byId.get();
                }
            }
            List<Factory> exact = writer.store().factories().byName(db, wanted);
            if (exact.size() == 1) {
                return exact.get(0);
            }
            String lower = wanted.toLowerCase(Locale.ROOT);
            List<Factory> partial = writer.store().factories().all(db).stream()
                    .filter(f -> f.name().toLowerCase(Locale.ROOT).contains(lower)
                            || (f.latinName() != null && f.latinName().toLowerCase(Locale.ROOT).contains(lower)))
                    .toList();
            if (partial.size() == 1) {
                return partial.get(0);
            }
            if (partial.isEmpty()) {
                throw new DossierException("No factory is called “" + wanted + "”.");
            }
            throw new DossierException("“" + wanted + "” matches several factories: "
                    + partial.stream().map(f -> f.id() + " " + f.displayName()).collect(Collectors.joining(", "))
                    + ". Give the id or the full name.");
        });
    }

    private String freeFolderName(Change change, String name, String keep) throws java.sql.SQLException {
        Set<String> taken = writer.store().factories().all(change.db()).stream()
                .map(Factory::folder)
                .filter(f -> !f.equals(keep))
                .map(f -> f.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        Path root = writer.tree().root();
        return writer.tree().freeName(root, CaseFileTree.factoryFolderName(name), keep, taken);
    }

    private static Factory cleaned(Factory f) {
        FieldProblem.refuse(FactoryRules.problems(f));
        return new Factory(f.id(), TextLimit.FACTORY_NAME.checked(f.name()),
                TextLimit.FACTORY_LATIN_NAME.checked(f.latinName()), TextLimit.SHOP_LINK.checked(f.shopUrl()),
                TextLimit.WECHAT_ID.checked(f.wechatId()), TextLimit.CONTACT.checked(f.contact()),
                TextLimit.FACTORY_NOTES.checked(f.notes()), f.folder());
    }
}
