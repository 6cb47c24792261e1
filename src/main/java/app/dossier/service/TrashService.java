package app.dossier.service;

import app.dossier.domain.CaseFile;
import app.dossier.domain.Conversation;
import app.dossier.domain.Correction;
import app.dossier.domain.Dispute;
import app.dossier.domain.DisputeEvent;
import app.dossier.domain.DisputeStatus;
import app.dossier.domain.DossierException;
import app.dossier.domain.Evidence;
import app.dossier.domain.FileUse;
import app.dossier.domain.Order;
import app.dossier.domain.Payment;
import app.dossier.domain.ReceivingDefect;
import app.dossier.domain.Refusal;
import app.dossier.domain.Undoable;
import app.dossier.files.AtomicFile;
import app.dossier.files.FileTrees;
import app.dossier.store.EvidenceFiles;
import app.dossier.store.Orders;
import app.dossier.store.Session;
import app.dossier.tree.CaseFileTree;
import app.dossier.tree.FileCopier;
import app.dossier.tree.TrashRecord;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The trash, never a shredder: a file removed from an order moves, with a record of what it was, to
 * {@code <data folder>/Trash/<id>/}, outside the case-files tree (so a rebuild does not bring it back
 * and an export leaves it out), and can be put back exactly where it was. Only {@link #empty} deletes,
 * and never the files of an order whose dispute is not closed.
 *
 * <p>A file that a payment, a chat or a dispute step still points to is refused; a photo shown for a
 * defect by kind is unlinked from it (the defect's kinds are kept in the trash record, and putting
 * the file back does not link it again).
 */
public final class TrashService {
    /** The trash's folder in the data folder. */
    public static final String FOLDER = "Trash";
    static final String EMPTYING = ".emptying-";
    private static final Pattern ID = Pattern.compile("[0-9A-Za-z][0-9A-Za-z-]*");
    /** The trash folder of a deleted order or factory: its folder as it was, without a trash record. */
    private static final Pattern DISCARDED = Pattern.compile("[0-9]{8}-[0-9]{6}-(order|factory)-[0-9]+(-[0-9]+)?");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final UnitOfWork work;
    private final EvidenceFiles evidenceFiles;
    private final Orders orders;
    private final CaseRecords records;
    private final CaseFiles caseFiles;
    private final FileCopier copier;
    private final Path trash;
    private final Clock clock;

    /** {@code trash}: the trash folder, {@code <data folder>/Trash}. */
    public TrashService(UnitOfWork work, EvidenceFiles evidenceFiles, Orders orders, CaseRecords records,
            CaseFiles caseFiles, FileCopier copier, Path trash, Clock clock) {
        this.work = work;
        this.evidenceFiles = evidenceFiles;
        this.orders = orders;
        this.records = records;
        this.caseFiles = caseFiles;
        this.copier = copier;
        this.trash = trash;
        this.clock = clock;
    }

    public Path folder() {
        return trash;
    }

    /**
     * Moves one file of an order to the trash in one change: its trash folder and record written,
     * the row deleted (with its search entry and its links to defects by kind), the file moved,
     * case.json rewritten, then the commit.
     */
    public TrashedFile remove(long evidenceId) {
        return remove(List.of(evidenceId)).get(0);
    }

    /** Moves several files to the trash in one change, all or none (Undo of an attach). */
    public List<TrashedFile> remove(List<Long> evidenceIds) {
        return work.change("Could not move the file to the trash", change -> {
            List<TrashedFile> removed = new ArrayList<>();
            for (long evidenceId : evidenceIds) {
                removed.add(remove(change, evidenceId));
            }
            change.undoneBy(Undoable.REMOVE_FILE, new Correction.RestoreFiles(removed.stream().map(TrashedFile::id).toList()));
            return removed;
        });
    }

    private TrashedFile remove(Change change, long evidenceId) throws IOException {
        Evidence evidence = evidenceFiles.byId(change.db(), evidenceId)
                .orElseThrow(() -> new DossierException(Refusal.FILE_NO_LONGER_IN_CASE.with()));
        CaseFile caseFile = records.caseOf(change.db(), evidence.orderId());
        refuseIfUsed(caseFile, evidence);
        Order order = caseFile.order();
        CaseFileTree tree = caseFiles.tree();
        Path source = tree.resolve(order.folder() + "/" + evidence.file());
        if (!Files.isRegularFile(source)) {
            throw new DossierException(Refusal.FILE_NOT_ON_DISK.with(evidence.file()));
        }
        Instant now = clock.instant();
        String id = freeId(now, evidence.id());
        Path entry = trash.resolve(id);
        TrashRecord record = new TrashRecord(TrashRecord.FORMAT, now, order.label(), order.folder(),
                defectKinds(caseFile, evidence.id()), evidence);

        change.step("trash");
        change.journal().trashed(tree.relative(source), id);
        boolean trashMade = !Files.isDirectory(trash);
        Files.createDirectories(entry);
        change.onUndo(() -> FileTrees.delete(trashMade ? trash : entry));
        AtomicFile.write(entry.resolve(TrashRecord.FILE), caseFiles.json().render(record));
        evidenceFiles.delete(change.db(), evidence.id());
        Path kept = entry.resolve(storedName(evidence));
        moveFile(source, kept);
        change.onUndo(() -> moveFile(kept, source));

        caseFiles.writeCase(change, order.id());
        return trashed(id, record, kept);
    }

    /** What is in the trash, newest first. A folder whose record cannot be read is left out. */
    public List<TrashedFile> list() {
        List<TrashedFile> files = new ArrayList<>();
        for (Path entry : entries()) {
            read(entry).ifPresent(files::add);
        }
        files.sort(Comparator.comparing(TrashedFile::removedAt).thenComparing(TrashedFile::id).reversed());
        return files;
    }

    /** One file in the trash, by the id {@link #list} gives. */
    public TrashedFile find(String id) {
        Path entry = entry(id);
        return read(entry).orElseThrow(() -> new DossierException(Refusal.TRASH_ENTRY_NOT_FOUND.with(id)));
    }

    /**
     * Puts a file back where it was (same order, category, name, caption, capture time, marked
     * defect, and its id when that is free) in one change. Refused when the file in the trash is not
     * the one removed (its SHA-256 or size differs), when the order is gone, when the order has a file
     * of that name now, or the same content under another name.
     */
    public Evidence restore(String id) {
        return restore(List.of(id)).get(0);
    }

    /** Puts several files back in one change, all or none (Redo of an attach, Undo of removing them). */
    public List<Evidence> restore(List<String> ids) {
        List<Path> entries = ids.stream().map(this::entry).toList();
        List<Evidence> restored = work.change("Could not put the file back", change -> {
            List<Evidence> rows = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                rows.add(restore(change, ids.get(i), entries.get(i)));
            }
            change.undoneBy(Undoable.RESTORE_FILE, new Correction.TrashFiles(rows.stream().map(Evidence::id).toList()));
            return rows;
        });
        // Saved: each trash folder holds only its record now. Left behind, the recovery or empty removes it.
        entries.forEach(FileTrees::deleteQuietly);
        return restored;
    }

    private Evidence restore(Change change, String id, Path entry) throws IOException {
        TrashedFile trashed = read(entry)
                .orElseThrow(() -> new DossierException(Refusal.TRASH_ENTRY_NOT_FOUND.with(id)));
        Evidence evidence = trashed.evidence();
        Order order = orders.byId(change.db(), evidence.orderId())
                .orElseThrow(() -> new DossierException(
                        Refusal.TRASH_ORDER_GONE.with(trashed.orderLabel(), evidence.fileName())));
        if (!trashed.fileThere() || Files.size(trashed.location()) != evidence.size()
                || !copier.hash(trashed.location()).equals(evidence.sha256())) {
            throw new DossierException(Refusal.TRASH_FILE_CHANGED.with(evidence.fileName()));
        }
        CaseFileTree tree = caseFiles.tree();
        Path target = tree.resolve(order.folder() + "/" + evidence.file());
        boolean taken = !tree.freeName(target.getParent(), evidence.fileName(), null).equals(evidence.fileName())
                || evidenceFiles.ofOrder(change.db(), order.id()).stream()
                        .anyMatch(e -> e.file().equalsIgnoreCase(evidence.file()));
        if (taken) {
            throw new DossierException(Refusal.TRASH_NAME_TAKEN.with(order.label(), evidence.file()));
        }
        Optional<Evidence> same = evidenceFiles.byHash(change.db(), order.id(), evidence.sha256());
        if (same.isPresent()) {
            throw new DossierException(
                    Refusal.TRASH_SAME_CONTENT.with(order.label(), evidence.fileName(), same.get().file()));
        }
        boolean idFree = evidenceFiles.byId(change.db(), evidence.id()).isEmpty();
        Evidence row = evidenceFiles.insert(change.db(), idFree ? evidence : evidence.withId(0));

        change.step("untrash");
        change.journal().untrashed(tree.relative(target), id);
        Path kept = trashed.location();
        moveFile(kept, target);
        change.onUndo(() -> moveFile(target, kept));

        caseFiles.writeCase(change, order.id());
        return row;
    }

    /**
     * Deletes what is in the trash for good, except the files of an order with a dispute that is not
     * closed, and folders whose record cannot be read. All or nothing: the folders are first moved
     * aside in one change and deleted once it is saved.
     */
    public TrashEmptied empty() {
        Path aside = trash.resolve(EMPTYING + UUID.randomUUID());
        TrashEmptied emptied = work.change("Could not empty the trash", change -> {
            List<TrashedFile> kept = new ArrayList<>();
            List<String> unreadable = new ArrayList<>();
            List<Path> going = new ArrayList<>();
            for (Path entry : entries()) {
                Optional<TrashedFile> trashed = read(entry);
                if (trashed.isEmpty() && discardedFolder(entry)) {
                    going.add(entry);
                } else if (trashed.isEmpty()) {
                    unreadable.add(entry.getFileName().toString());
                } else if (openDispute(change.db(), trashed.get().evidence().orderId())) {
                    kept.add(trashed.get());
                } else {
                    going.add(entry);
                }
            }
            if (!going.isEmpty()) {
                change.step("empty");
                if (work.caseFilesGone()) {
                    // Like every change, none while the case files are away (an unplugged drive): the trash goes with them.
                    throw new DossierException(Refusal.CASE_FILES_GONE.with(caseFiles.tree().root()));
                }
                Files.createDirectory(aside);
                change.onUndo(() -> Files.delete(aside));
                for (Path entry : going) {
                    Path to = aside.resolve(entry.getFileName());
                    Files.move(entry, to, StandardCopyOption.ATOMIC_MOVE);
                    change.onUndo(() -> Files.move(to, entry, StandardCopyOption.ATOMIC_MOVE));
                }
            }
            kept.sort(Comparator.comparing(TrashedFile::removedAt).reversed());
            return new TrashEmptied(going.size(), kept, unreadable);
        });
        if (Files.exists(aside)) {
            FileTrees.deleteQuietly(aside);
        }
        return emptied;
    }

    /**
     * Moves the folder of an order or a factory deleted in this change (it holds its case.json or
     * factory.json and empty category folders, perhaps its history) into a trash folder of its own,
     * {@code <time>-<kind>-<id>/<folder's name>}: nothing is shredded, and {@link #empty} deletes it.
     * Noted for the recovery, which moves it back when the change was not saved.
     */
    void discardFolder(Change change, String folder, String kind, long id) throws IOException {
        CaseFileTree tree = caseFiles.tree();
        Path from = tree.resolve(folder);
        if (!Files.isDirectory(from)) {
            throw new DossierException(Refusal.FOLDER_MISSING_NOT_MOVED.with(from));
        }
        String entryId = freeId(clock.instant(), kind + "-" + id);
        Path entry = trash.resolve(entryId);
        Path to = entry.resolve(from.getFileName().toString());
        change.step("trash");
        change.journal().discarded(folder, entryId);
        boolean trashMade = !Files.isDirectory(trash);
        Files.createDirectories(entry);
        change.onUndo(() -> FileTrees.delete(trashMade ? trash : entry));
        tree.moveFolder(from, to);
        change.onUndo(() -> tree.moveFolder(to, from));
    }

    /** Where a folder discarded under {@code entryId} lies in the trash. */
    Path discarded(String entryId, String folder) {
        return trash.resolve(entryId).resolve(folder.substring(folder.lastIndexOf('/') + 1));
    }

    private static boolean discardedFolder(Path entry) {
        return DISCARDED.matcher(entry.getFileName().toString()).matches()
                && !Files.exists(entry.resolve(TrashRecord.FILE));
    }

    /** The trash folders, each holding one removed file and its record; none while the trash is empty. */
    List<Path> entries() {
        List<Path> entries = new ArrayList<>();
        if (!Files.isDirectory(trash)) {
            return entries;
        }
        try (DirectoryStream<Path> all = Files.newDirectoryStream(trash)) {
            for (Path entry : all) {
                String name = entry.getFileName().toString();
                if (Files.isDirectory(entry) && ID.matcher(name).matches()) {
                    entries.add(entry);
                }
            }
        } catch (IOException e) {
            throw new DossierException("Cannot read the trash folder " + trash + ": " + FileCopier.describe(e) + ".", e);
        }
        entries.sort(Comparator.comparing(Path::toString));
        return entries;
    }

    /** The file in a trash folder, or empty when its record is missing or cannot be read. */
    Optional<TrashedFile> read(Path entry) {
        Path recordFile = entry.resolve(TrashRecord.FILE);
        if (!Files.isRegularFile(recordFile)) {
            return Optional.empty();
        }
        try {
            TrashRecord record = caseFiles.json().readTrash(recordFile);
            if (record.evidence() == null) {
                return Optional.empty();
            }
            return Optional.of(trashed(entry.getFileName().toString(), record,
                    entry.resolve(storedName(record.evidence()))));
        } catch (DossierException e) {
            return Optional.empty();
        }
    }

    private static TrashedFile trashed(String id, TrashRecord record, Path kept) {
        return new TrashedFile(id, record.removedAt(), record.orderLabel(), record.orderFolder(), record.evidence(),
                record.defectKinds(), kept, Files.isRegularFile(kept));
    }

    private Path entry(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new DossierException(Refusal.TRASH_ENTRY_NOT_FOUND.with(id));
        }
        return trash.resolve(id);
    }

    /** The file's name in its trash folder: its own, unless that is the record's. */
    static String storedName(Evidence evidence) {
        return storedName(evidence.fileName());
    }

    static String storedName(String name) {
        return name.equalsIgnoreCase(TrashRecord.FILE) ? "file-" + name : name;
    }

    private String freeId(Instant now, Object what) {
        String base = STAMP.format(now) + "-" + what;
        String id = base;
        for (int n = 2; Files.exists(trash.resolve(id)); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private boolean openDispute(Session db, long orderId) {
        if (orders.byId(db, orderId).isEmpty()) {
            return false;
        }
        return records.caseOf(db, orderId).disputes().stream().anyMatch(d -> d.status() != DisputeStatus.CLOSED);
    }

    /** A photo shown for a defect by kind is not refused: it is unlinked, and the kinds kept in the trash record. */
    private static void refuseIfUsed(CaseFile caseFile, Evidence evidence) {
        FileUse.of(caseFile, evidence.id()).ifPresent(use -> {
            Refusal refusal = switch (use.kind()) {
                case PAYMENT_PROOF -> Refusal.FILE_IS_PAYMENT_PROOF;
                case CHAT -> Refusal.FILE_IS_CHAT;
                case DISPUTE_STEP -> Refusal.FILE_IN_DISPUTE_STEP;
                case DEFECT_PHOTO -> null;
            };
            if (refusal != null) {
                throw new DossierException(refusal.with(evidence.fileName(), use.what()));
            }
        });
    }

    private static List<String> defectKinds(CaseFile caseFile, long evidenceId) {
        if (caseFile.receiving() == null) {
            return List.of();
        }
        return caseFile.receiving().defects().stream()
                .filter(d -> d.evidenceIds().contains(evidenceId))
                .map(ReceivingDefect::kind)
                .map(Enum::name)
                .toList();
    }

    /**
     * Moves a file in one rename when the trash and the case files share a disk; otherwise copies it
     * (fsynced) and deletes the original. Never over an existing file.
     */
    static void moveFile(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            throw new FileAlreadyExistsException(to.toString());
        }
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException otherDisk) {
            Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
            try (FileChannel channel = FileChannel.open(to, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.delete(from);
        }
        AtomicFile.syncFolder(to.getParent());
        AtomicFile.syncFolder(from.getParent());
    }
}
