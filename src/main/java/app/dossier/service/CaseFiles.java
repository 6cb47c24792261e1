package app.dossier.service;

import app.dossier.domain.BusinessProfile;
import app.dossier.domain.CaseFile;
import app.dossier.domain.DossierException;
import app.dossier.domain.Factory;
import app.dossier.domain.Refusal;
import app.dossier.store.ChangeLocks;
import app.dossier.tree.BusinessProfileFile;
import app.dossier.tree.CaseFileTree;
import app.dossier.tree.CaseJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The case files on disk as a change sees them: case.json, factory.json and business-profile.json
 * rewritten from the records inside the change, folders made and moved, each step noted for the
 * recovery and undone when the change fails.
 */
public final class CaseFiles {
    private final CaseFileTree tree;
    private final CaseJson json;
    private final CaseRecords records;
    private final HistoryWriter history;

    /** A tree whose changes go into no history (for a test of the files alone). */
    public CaseFiles(CaseFileTree tree, CaseJson json, CaseRecords records) {
        this(tree, json, records, null);
    }

    CaseFiles(CaseFileTree tree, CaseJson json, CaseRecords records, HistoryWriter history) {
        this.tree = tree;
        this.json = json;
        this.records = records;
        this.history = history;
    }

    /**
     * Case files whose every change to an order is appended to that order's history, named by
     * {@code user} (asked at each change) and dated by {@code clock}.
     */
    public static CaseFiles withHistory(CaseFileTree tree, CaseJson json, CaseRecords records,
            app.dossier.store.Histories histories, app.dossier.store.Orders orders,
            java.util.function.Supplier<String> user, java.time.Clock clock) {
        return new CaseFiles(tree, json, records, new HistoryWriter(histories, orders, user, clock));
    }

    CaseFileTree tree() {
        return tree;
    }

    CaseJson json() {
        return json;
    }

    /** Rewrites the order's case.json from the records as they stand inside this change. */
    void writeCase(Change change, long orderId) throws IOException {
        // on a server others write to, the order stays locked until the change ends, so case.json says what is saved
        ChangeLocks.order(change.db(), orderId);
        CaseFile caseFile = records.caseOf(change.db(), orderId);
        Path file = tree.resolve(caseFile.order().folder()).resolve(CaseFileTree.CASE_JSON);
        if (history != null) {
            history.beforeRewrite(change, this, orderId, file);
        }
        replaceFile(change, "case.json", file, json.render(caseFile));
    }

    /** Rewrites an order's history.jsonl with the entries the database holds for it inside this change. */
    void writeHistory(Change change, Path file, byte[] content) throws IOException {
        replaceFile(change, "history", file, content);
    }

    void writeFactory(Change change, Factory factory) throws IOException {
        ChangeLocks.factory(change.db(), factory.id());
        Path file = tree.resolve(factory.folder()).resolve(CaseFileTree.FACTORY_JSON);
        replaceFile(change, "factory.json", file, json.render(records.factoryFile(change.db(), factory)));
    }

    /** Rewrites business-profile.json at the case-files root, so that a rebuild finds the profile too. */
    void writeProfile(Change change, BusinessProfile profile) throws IOException {
        ChangeLocks.profile(change.db());
        Path file = tree.root().resolve(CaseFileTree.BUSINESS_PROFILE_JSON);
        replaceFile(change, "business-profile.json", file, json.render(BusinessProfileFile.of(profile)));
    }

    private void replaceFile(Change change, String step, Path file, byte[] content) throws IOException {
        change.step(step);
        if (!Files.isDirectory(file.getParent())) {
            // Its folder was made or moved earlier in this change, or is there from before: gone means taken away.
            throw new java.nio.file.NoSuchFileException(file.getParent().toString());
        }
        byte[] before = Files.exists(file) ? Files.readAllBytes(file) : null;
        change.journal().wrote(tree.relative(file));
        tree.writeAtomically(file, content);
        change.onUndo(() -> {
            if (before == null) {
                Files.deleteIfExists(file);
            } else {
                tree.writeAtomically(file, before);
            }
        });
    }

    /** Creates a folder and any missing parents; the undo removes what was created. */
    void createFolders(Change change, Path folder) throws IOException {
        change.step("folder");
        Path topMissing = null;
        for (Path p = folder; p != null && !Files.exists(p); p = p.getParent()) {
            topMissing = p;
        }
        if (topMissing != null && tree.root().startsWith(topMissing)) {
            // The root went away under the change; creating it again would put the case files on the wrong disk.
            throw new DossierException(Refusal.CASE_FILES_GONE.with(tree.root()));
        }
        if (topMissing != null && !topMissing.equals(folder)) {
            // Only the folder itself is new: a missing parent means the tree went away under the change.
            throw new DossierException(Refusal.FOLDER_MISSING_NOTHING_PUT.with(folder.getParent()));
        }
        if (topMissing != null) {
            change.journal().created(tree.relative(topMissing));
        }
        Files.createDirectories(folder);
        if (topMissing != null) {
            Path created = topMissing;
            change.onUndo(() -> deleteTree(created));
        }
    }

    /** Moves a folder; the undo moves it back. */
    void moveFolder(Change change, Path from, Path to) throws IOException {
        change.step("move");
        if (!Files.isDirectory(from)) {
            throw new DossierException(Refusal.FOLDER_MISSING_NOT_MOVED.with(from));
        }
        if (!Files.isDirectory(tree.root())) {
            throw new DossierException(Refusal.CASE_FILES_GONE.with(tree.root()));
        }
        change.journal().moved(tree.relative(from), tree.relative(to));
        tree.moveFolder(from, to);
        change.onUndo(() -> tree.moveFolder(to, from));
    }

    static void deleteTree(Path root) throws IOException {
        app.dossier.files.FileTrees.delete(root);
    }

}
