package app.dossier.service;

import app.dossier.domain.CaseFile;
import app.dossier.domain.DossierException;
import app.dossier.domain.Evidence;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Factory;
import app.dossier.domain.Order;
import app.dossier.domain.Refusal;
import app.dossier.domain.Text;
import app.dossier.files.FileTrees;
import app.dossier.files.SafeNames;
import app.dossier.imports.PhotoMetadata;
import app.dossier.store.Store;
import app.dossier.tree.CaseFileTree;
import app.dossier.tree.CaseJson;
import app.dossier.tree.ChangeJournal;
import app.dossier.tree.FactoryFile;
import app.dossier.tree.FileCopier;
import app.dossier.imports.PhotoMetadataCache;
import app.dossier.tree.StagedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    private final boolean readOnly;
    /** Photos' metadata read once per content, shared by thumbnails and the packet. */
    private final PhotoMetadataCache photoMetadata = new PhotoMetadataCache();

    public CaseWriter(Store store, CaseFileTree tree, CaseJson json, FileCopier copier, Checkpoint checkpoint, Clock clock,
            ChangeJournal journal) {
        this(store, tree, json, copier, checkpoint, clock, journal, false);
    }

    /**
     * @param readOnly the data folder was opened for reading only (read-only media, or no permission
     *     to write): every change is refused before it touches anything
     */
    public CaseWriter(Store store, CaseFileTree tree, CaseJson json, FileCopier copier, Checkpoint checkpoint, Clock clock,
            ChangeJournal journal, boolean readOnly) {
        this.store = store;
        this.tree = tree;
        this.json = json;
        this.copier = copier;
        this.checkpoint = checkpoint;
        this.clock = clock;
        this.journal = journal;
        this.readOnly = readOnly;
    }

    /** Whether the data folder was opened for reading only, so that every change is refused. */
    public boolean readOnly() {
        return readOnly;
    }

    ChangeJournal journal() {
        return journal;
    }

    /**
     * Puts right what a crash cut off (see {@link Recovery}); the composition root calls it when a
     * data folder is opened for writing. Returns what was done, one line each.
     */
    public List<String> recover() {
        if (!Files.exists(tree.root()) && !caseFilesGone()) {
            // A new data folder: its root is made here, once, so that no change ever has to create it.
            try {
                Files.createDirectories(tree.root());
            } catch (IOException e) {
                return List.of("The case files folder " + tree.root() + " could not be created: "
                        + FileCopier.describe(e) + ".");
            }
        }
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

    PhotoMetadataCache photoMetadata() {
        return photoMetadata;
    }

    Clock clock() {
        return clock;
    }

    /** Runs {@code work} as one change. {@code what} starts the message if it fails ("Could not …"). */
    <T> T change(String what, Work<T> work) {
        if (readOnly) {
            throw new DossierException(Refusal.DATA_FOLDER_READ_ONLY.with(journal.folder().getParent()));
        }
        if (caseFilesGone()) {
            throw new DossierException(Refusal.CASE_FILES_GONE.with(tree.root()));
        }
        Change change = new Change(store.database().begin(), checkpoint, journal.begin());
        boolean saved = false;
        try {
            T result = work.run(change);
            change.commit();
            saved = true;
            return result;
        } catch (Exception e) {
            List<String> notUndone = change.undo();
            if (e instanceof Stopped stopped && notUndone.isEmpty()) {
                throw stopped;
            }
            if (caseFilesGone()) {
                // Whatever failed failed because the folder went; what could not be undone waits in
                // the change's note for the next start with the folder back.
                throw new DossierException(Refusal.CASE_FILES_GONE.with(tree.root()), e);
            }
            throw failure(what, e, notUndone);
        } finally {
            if (saved) {
                change.finish();
            }
        }
    }

    /**
     * Whether the case-files root has gone: not there or empty while the database knows factories
     * (an unplugged drive leaves its mount point behind, empty). A change then writes nothing, so
     * that nothing lands on the disk that held the mount point.
     */
    boolean caseFilesGone() {
        Path root = tree.root();
        if (Files.isDirectory(root)) {
            try (Stream<Path> entries = Files.list(root)) {
                if (entries.findAny().isPresent()) {
                    return false;
                }
            } catch (IOException e) {
                return true;
            }
        }
        // Missing or empty: gone when there is something it should hold; a new data folder has nothing yet.
        return store.database().read(db -> !store.factories().all(db).isEmpty());
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
            throw new DossierException("The folder " + folder.getParent() + " is missing, so nothing can be put in it."
                    + " Run Verify, or Rebuild if the case files were moved by hand.");
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
            throw new DossierException("The folder " + from + " is missing, so it cannot be moved."
                    + " Run Verify, or Rebuild if the case files were moved by hand.");
        }
        if (!Files.isDirectory(tree.root())) {
            throw new DossierException(Refusal.CASE_FILES_GONE.with(tree.root()));
        }
        change.journal().moved(tree.relative(from), tree.relative(to));
        tree.moveFolder(from, to);
        change.onUndo(() -> tree.moveFolder(to, from));
    }

    /** The result of attaching one file: the evidence row, and whether the same content was already there. */
    record Attached(Evidence evidence, boolean duplicate) {
    }

    /**
     * Copies one file into the order's category folder as part of {@code change}; a file that is
     * refused throws. When the order already holds a file with the same content, nothing is copied
     * and that file is returned.
     */
    Attached attach(Change change, Order order, EvidenceCategory category, EvidenceInput input)
            throws IOException, SQLException {
        Batch batch = new Batch();
        attachAll(change, order, category, List.of(input), ProgressListener.NONE, true, batch);
        return batch.added.isEmpty() ? new Attached(batch.duplicates.get(0).existing(), true)
                : new Attached(batch.added.get(0), false);
    }

    /** What became of the files of one batch; filled in as it goes, so the refusals are known even when the change then fails. */
    static final class Batch {
        final List<Evidence> added = new ArrayList<>();
        final List<AttachReport.Duplicate> duplicates = new ArrayList<>();
        final List<AttachReport.Refused> refused = new ArrayList<>();
    }

    /** Thrown out of a change when the user stops it; the change is undone and nothing of it stays. */
    static final class Stopped extends RuntimeException {
        Stopped() {
            super("stopped by the user", null, false, false);
        }
    }

    /**
     * Copies several files into the order's category folder as part of {@code change}, in these
     * steps: every file is staged (copied and hashed under a temp name; a file refused then,
     * such as a cut-off photo, goes into {@code batch.refused}, or is thrown when
     * {@code throwRefusals}); the copies are fsynced, one after the other once all are written, so
     * the disk takes them together; the rows of all new files are inserted; the note of every file about to
     * be placed is written with one fsync; the files are renamed into place and their folder fsynced
     * once. Content already in the order, or twice in the batch, is not copied again. Stopping
     * between two files throws {@link Stopped}. case.json is left to the caller.
     */
    void attachAll(Change change, Order order, EvidenceCategory category, List<EvidenceInput> inputs,
            ProgressListener progress, boolean throwRefusals, Batch batch) throws IOException, SQLException {
        Path folder = tree.resolve(order.folder()).resolve(category.folderName());
        createFolders(change, folder);
        // The staged copies by content, in the order given; a second copy of the same content points to the first.
        Map<String, Staged> byContent = new LinkedHashMap<>();
        List<Staged> sameAsEarlier = new ArrayList<>();
        int done = 0;
        for (EvidenceInput input : inputs) {
            if (progress.cancelled()) {
                throw new Stopped();
            }
            String original = Text.clean(input.source().getFileName().toString());
            progress.progress(done, inputs.size(), original);
            change.step("copy");
            if (!Files.isDirectory(folder)) {
                // Made above in this change: gone means the case files were taken away, and copying would make it again.
                throw new java.nio.file.NoSuchFileException(folder.toString());
            }
            StagedFile staged;
            try {
                // fsynced below, all together once every file is copied
                staged = copier.stage(input.source(), folder, original, false);
            } catch (DossierException e) {
                if (throwRefusals || e.wording().filter(w -> w.refusal() == Refusal.DISK_FULL).isPresent()) {
                    // A full disk refuses every file after this one too: the whole batch stops and is undone.
                    throw e;
                }
                batch.refused.add(new AttachReport.Refused(input.source(), e.getMessage(), e.wording()));
                progress.progress(++done, inputs.size(), original);
                continue;
            }
            change.onUndo(staged::discard);
            Staged s = new Staged(input, original, staged);
            var existing = store.evidence().byHash(change.db(), order.id(), staged.sha256());
            if (existing.isPresent()) {
                staged.discard();
                batch.duplicates.add(new AttachReport.Duplicate(input.source(), existing.get()));
            } else if (byContent.containsKey(staged.sha256())) {
                staged.discard();
                sameAsEarlier.add(s);
            } else {
                byContent.put(staged.sha256(), s);
            }
            progress.progress(++done, inputs.size(), original);
        }
        if (byContent.isEmpty()) {
            return;
        }
        for (Staged s : byContent.values()) {
            s.staged.sync();
        }
        change.step("database");
        Set<String> taken = store.evidence().ofOrder(change.db(), order.id()).stream()
                .filter(e -> e.category() == category)
                .map(e -> e.fileName().toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(HashSet::new));
        for (Staged s : byContent.values()) {
            String name = tree.freeName(folder, SafeNames.fileName(s.original), null, taken);
            taken.add(name.toLowerCase(Locale.ROOT));
            s.target = folder.resolve(name);
            LocalDateTime capturedAt = s.input.capturedAt();
            if (capturedAt == null && s.staged.kind().dated()) {
                // The camera's own record of when the photo or video was taken, when it kept one.
                capturedAt = PhotoMetadata.read(s.staged.temp(), clock.getZone()).capturedAt().orElse(null);
            }
            s.evidence = store.evidence().insert(change.db(), new Evidence(0, order.id(), category,
                    category.folderName() + "/" + name, s.original, s.staged.sha256(), s.staged.size(),
                    s.staged.kind().mediaType(), capturedAt, clock.instant().truncatedTo(ChronoUnit.SECONDS),
                    Text.clean(s.input.caption()), null));
            batch.added.add(s.evidence);
        }
        for (Staged s : sameAsEarlier) {
            batch.duplicates.add(new AttachReport.Duplicate(s.input.source(),
                    byContent.get(s.staged.sha256()).evidence));
        }
        change.step("place");
        change.journal().placed(byContent.values().stream().map(s -> tree.relative(s.target)).toList());
        for (Staged s : byContent.values()) {
            Path target = s.target;
            s.staged.placeUnsynced(target);
            change.onUndo(() -> Files.deleteIfExists(target));
        }
        // One fsync of the folder makes every rename above durable; the commit comes after it.
        CaseFileTree.syncFolder(folder);
    }

    /** A file of a batch, staged, and once its row is written, where it goes. */
    private static final class Staged {
        final EvidenceInput input;
        final String original;
        final StagedFile staged;
        Path target;
        Evidence evidence;

        Staged(EvidenceInput input, String original, StagedFile staged) {
            this.input = input;
            this.original = original;
            this.staged = staged;
        }
    }

    static void deleteTree(Path root) throws IOException {
        FileTrees.delete(root);
    }

    @FunctionalInterface
    interface Work<T> {
        T run(Change change) throws Exception;
    }
}
