package app.dossier.service;

import app.dossier.domain.CaseFile;
import app.dossier.domain.DossierException;
import app.dossier.domain.Evidence;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Factory;
import app.dossier.domain.Order;
import app.dossier.domain.Text;
import app.dossier.imports.PhotoMetadata;
import app.dossier.store.Store;
import app.dossier.tree.CaseFileTree;
import app.dossier.tree.CaseJson;
import app.dossier.tree.ChangeJournal;
import app.dossier.tree.FactoryFile;
import app.dossier.tree.FileCopier;
import app.dossier.tree.SafeNames;
import app.dossier.tree.StagedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Carries out changes to case files for the services: opens the transaction, copies files in,
 * rewrites case.json and factory.json, moves folders, and undoes all of it when any step fails.
 *
 * <p>Order of steps for one change: files are staged (copied, hashed, fsynced under a temp name);
 * rows are written; files are renamed into place; case.json is rewritten; the transaction commits.
 * The commit is last, so until it succeeds everything before it can still be undone.
 */
public final class CaseWriter {
    private final Store store;
    private final CaseFileTree tree;
    private final CaseJson json;
    private final FileCopier copier;
    private final Checkpoint checkpoint;
    private final Clock clock;
    private final ChangeJournal journal;

    public CaseWriter(Store store, CaseFileTree tree, CaseJson json, FileCopier copier, Checkpoint checkpoint, Clock clock,
            ChangeJournal journal) {
        this.store = store;
        this.tree = tree;
        this.json = json;
        this.copier = copier;
        this.checkpoint = checkpoint;
        this.clock = clock;
        this.journal = journal;
    }

    ChangeJournal journal() {
        return journal;
    }

    /**
     * Puts right what a crash cut off (see {@link Recovery}); the composition root calls it when a
     * data folder is opened for writing. Returns what was done, one line each.
     */
    public List<String> recover() {
        return new Recovery(this).run();
    }

    Store store() {
        return store;
    }

    CaseFileTree tree() {
        return tree;
    }

    CaseJson json() {
        return json;
    }

    FileCopier copier() {
        return copier;
    }

    Clock clock() {
        return clock;
    }

    /** Runs {@code work} as one change. {@code what} starts the message if it fails ("Could not …"). */
    <T> T change(String what, Work<T> work) {
        Change change = new Change(store.database().begin(), checkpoint, journal.begin());
        boolean saved = false;
        try {
            T result = work.run(change);
            change.commit();
            saved = true;
            return result;
        } catch (Exception e) {
            List<String> notUndone = change.undo();
            throw failure(what, e, notUndone);
        } finally {
            if (saved) {
                change.finish();
            }
        }
    }

    /** Reads under the database lock, turning SQL errors into a message. */
    <T> T read(app.dossier.store.Database.SqlWork<T> work) {
        return store.database().read(work);
    }

    private static DossierException failure(String what, Exception e, List<String> notUndone) {
        if (e instanceof DossierException d && notUndone.isEmpty()) {
            // Already said in full (and perhaps as a refusal the window words in its language).
            return d;
        }
        String reason;
        boolean tellNothingChanged = true;
        if (e instanceof DossierException d) {
            reason = d.getMessage();
            tellNothingChanged = false;
        } else if (e instanceof IOException io) {
            reason = what + ": " + FileCopier.describe(io) + ".";
        } else if (e instanceof SQLException sql) {
            reason = what + ": " + SqlErrors.describe(sql);
        } else {
            reason = what + ": " + e;
        }
        StringBuilder message = new StringBuilder(reason);
        if (!notUndone.isEmpty()) {
            message.append(" Some of it could not be undone (").append(String.join("; ", notUndone))
                    .append("); run Verify to see what is left.");
        } else if (tellNothingChanged) {
            message.append(" Nothing was changed.");
        }
        return new DossierException(message.toString(), e);
    }

    Order order(Connection db, long orderId) throws SQLException {
        return store.orders().byId(db, orderId)
                .orElseThrow(() -> new DossierException("There is no order with id " + orderId + "."));
    }

    Factory factory(Connection db, long factoryId) throws SQLException {
        return store.factories().byId(db, factoryId)
                .orElseThrow(() -> new DossierException("There is no factory with id " + factoryId + "."));
    }

    CaseFile caseOf(Connection db, long orderId) throws SQLException {
        Order order = order(db, orderId);
        return CaseFile.of(
                factory(db, order.factoryId()),
                order,
                store.evidence().ofOrder(db, orderId),
                store.payments().ofOrder(db, orderId),
                store.receiving().ofOrder(db, orderId).orElse(null),
                store.disputes().ofOrder(db, orderId))
                .withConversations(store.chats().ofOrder(db, orderId));
    }

    /** Rewrites the order's case.json from the records as they stand inside this change. */
    void writeCase(Change change, long orderId) throws IOException, SQLException {
        CaseFile caseFile = caseOf(change.db(), orderId);
        Path file = tree.resolve(caseFile.order().folder()).resolve(CaseFileTree.CASE_JSON);
        replaceFile(change, "case.json", file, json.render(caseFile));
    }

    void writeFactory(Change change, Factory factory) throws IOException {
        Path file = tree.resolve(factory.folder()).resolve(CaseFileTree.FACTORY_JSON);
        replaceFile(change, "factory.json", file, json.render(FactoryFile.of(factory)));
    }

    private void replaceFile(Change change, String step, Path file, byte[] content) throws IOException {
        change.step(step);
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
        Path topMissing = null;
        for (Path p = folder; p != null && !Files.exists(p); p = p.getParent()) {
            topMissing = p;
        }
        change.step("folder");
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
            throw new DossierException("The folder " + from + " is missing, so it cannot be moved."
                    + " Run Verify, or Rebuild if the case files were moved by hand.");
        }
        change.journal().moved(tree.relative(from), tree.relative(to));
        tree.moveFolder(from, to);
        change.onUndo(() -> tree.moveFolder(to, from));
    }

    /** The result of attaching one file: the evidence row, and whether the same content was already there. */
    record Attached(Evidence evidence, boolean duplicate) {
    }

    /**
     * Copies one file into the order's category folder as part of {@code change}. When the order
     * already holds a file with the same content, nothing is copied and that file is returned.
     */
    Attached attach(Change change, Order order, EvidenceCategory category, EvidenceInput input)
            throws IOException, SQLException {
        Path source = input.source();
        String original = Text.clean(source.getFileName().toString());
        Path folder = tree.resolve(order.folder()).resolve(category.folderName());
        createFolders(change, folder);
        change.step("copy");
        StagedFile staged = copier.stage(source, folder, original);
        change.onUndo(staged::discard);
        var existing = store.evidence().byHash(change.db(), order.id(), staged.sha256());
        if (existing.isPresent()) {
            staged.discard();
            return new Attached(existing.get(), true);
        }
        Set<String> taken = store.evidence().ofOrder(change.db(), order.id()).stream()
                .filter(e -> e.category() == category)
                .map(e -> e.fileName().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        String name = tree.freeName(folder, SafeNames.fileName(original), null, taken);
        LocalDateTime capturedAt = input.capturedAt();
        if (capturedAt == null && staged.kind().dated()) {
            // The camera's own record of when the photo or video was taken, when it kept one.
            capturedAt = PhotoMetadata.read(staged.temp(), clock.getZone()).capturedAt().orElse(null);
        }
        change.step("database");
        Evidence evidence = store.evidence().insert(change.db(), new Evidence(0, order.id(), category,
                category.folderName() + "/" + name, original, staged.sha256(), staged.size(),
                staged.kind().mediaType(), capturedAt, clock.instant().truncatedTo(ChronoUnit.SECONDS),
                Text.clean(input.caption()), null));
        change.step("place");
        Path target = folder.resolve(name);
        change.journal().placed(tree.relative(target));
        staged.place(target);
        change.onUndo(() -> Files.deleteIfExists(target));
        return new Attached(evidence, false);
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @FunctionalInterface
    interface Work<T> {
        T run(Change change) throws Exception;
    }
}
