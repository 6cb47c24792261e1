package app.dossier.service;

import app.dossier.domain.DossierException;
import app.dossier.domain.Refusal;
import app.dossier.store.DatabaseFiles;
import app.dossier.store.RecordDigest;
import app.dossier.store.Store;
import app.dossier.files.FileTrees;
import app.dossier.files.NewFiles;
import app.dossier.tree.Bag;
import app.dossier.tree.BagPaths;
import app.dossier.tree.BagProblem;
import app.dossier.tree.CaseFileTree;
import app.dossier.tree.FileCopier;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Puts a backup back into a data folder, its records into {@code dossier.db} or, for a folder on
 * PostgreSQL, into the server's database (copied in one transaction, {@link StoreMove#copy}); a backup
 * made on either store restores onto either. Refuses a folder that already holds records or case
 * files unless told to replace them, and then keeps them, renamed, never deleted. Every file is
 * checked against the backup's manifest as it is unpacked into a temp folder beside its target;
 * only when all of them match is anything put in place. Then the restored folder is verified.
 */
public final class RestoreService {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final int BUFFER = 1 << 20;

    private final DataFolders folders;
    private final DatabaseFiles databaseFiles;
    private final Clock clock;

    /** {@code databaseFiles} says which files a database found in the target is made of, to move them aside. */
    public RestoreService(DataFolders folders, DatabaseFiles databaseFiles, Clock clock) {
        this.folders = folders;
        this.databaseFiles = databaseFiles;
        this.clock = clock;
    }

    public RestoreReport restore(Path backup, DataLocation target, boolean replace, ProgressListener progress) {
        if (DataFolderLock.heldByThisProcess(target.dataFolder())) {
            throw new DossierException(Refusal.RESTORE_FOLDER_OPEN.with(target.dataFolder()));
        }
        try (DataFolderLock lock = DataFolderLock.acquire(target.dataFolder(), clock); Bag bag = Bag.open(backup)) {
            String databaseEntry = BagPaths.PAYLOAD + BackupService.DATABASE_ENTRY;
            if (!bag.files().contains(databaseEntry)) {
                throw new DossierException(Refusal.RESTORE_NOT_A_BACKUP.with(bag.source(), databaseEntry));
            }
            List<BagProblem> problems = bag.checkStructure();
            if (!problems.isEmpty()) {
                throw new DossierException(Refusal.RESTORE_BACKUP_DAMAGED.with(bag.source(),
                        problems.stream().map(BagProblem::line).collect(Collectors.joining("\n"))));
            }
            Map<String, String> manifest = bag.manifest("sha256");
            Occupied occupied = occupied(target);
            if (occupied.any() && !replace) {
                throw new DossierException(occupied.refusal(target));
            }
            Restored restored = unpackAndSwap(bag, manifest, target, occupied, progress);
            // The steps to undo named the records that were here, not the backup's.
            UndoSteps.forget(target.dataFolder());
            // the folder remembers where its records were restored: its dossier.db or the server
            DataLocation.resolve(target.dataFolder(), target.caseFilesRoot(),
                    target.onPostgres() ? target.database().toString() : DataLocation.SQLITE);
            DataLocation location = target;
            VerifyReport verify;
            try (Services services = folders.open(location)) {
                verify = services.verify().verify(progress);
            }
            return new RestoreReport(location, restored.files, restored.bytes, bag.info(), restored.replacedDatabase,
                    restored.replacedCaseFiles, verify);
        }
    }

    private record Occupied(boolean database, boolean caseFiles) {
        boolean any() {
            return database || caseFiles;
        }

        Refusal.Wording refusal(DataLocation target) {
            Object records = target.onPostgres() ? target.database() : target.dataFolder();
            if (database && caseFiles) {
                return Refusal.RESTORE_OCCUPIED.with(records, target.caseFilesRoot());
            }
            return database ? Refusal.RESTORE_OCCUPIED_DATABASE.with(target.onPostgres() ? records : target.databaseFile())
                    : Refusal.RESTORE_OCCUPIED_CASE_FILES.with(target.caseFilesRoot());
        }
    }

    private Occupied occupied(DataLocation target) {
        boolean database;
        if (target.onPostgres()) {
            try (Store server = Store.open(target.database())) {
                database = !server.database().read(RecordDigest::of).isEmpty();
            }
        } else {
            database = databaseFiles.files(target.databaseFile()).stream().anyMatch(Files::exists);
        }
        Path root = target.caseFilesRoot();
        boolean caseFiles = Files.exists(root) && (!Files.isDirectory(root) || !isEmpty(root));
        return new Occupied(database, caseFiles);
    }

    private static boolean isEmpty(Path folder) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return !entries.iterator().hasNext();
        } catch (IOException e) {
            throw new DossierException(Refusal.FOLDER_UNREADABLE.with(folder, FileCopier.describe(e)), e);
        }
    }

    private static final class Restored {
        int files;
        long bytes;
        Path replacedDatabase;
        Path replacedCaseFiles;
    }

    private Restored unpackAndSwap(Bag bag, Map<String, String> manifest, DataLocation target, Occupied occupied,
            ProgressListener progress) {
        Path root = target.caseFilesRoot();
        Path databaseStage = null;
        Path caseFilesStage = null;
        Path trashStage = null;
        try {
            Files.createDirectories(target.dataFolder());
            Files.createDirectories(root.getParent());
            databaseStage = NewFiles.createTempDirectory(target.dataFolder(), CaseFileTree.PART_PREFIX + "restore-");
            caseFilesStage = NewFiles.createTempDirectory(root.getParent(), CaseFileTree.PART_PREFIX + "restore-");
            // beside where the trash goes, for the move into place to be one rename: in the data folder, or,
            // with the records on a server, beside the case files (the trash is then in their .dossier)
            trashStage = NewFiles.createTempDirectory(target.onPostgres() ? root.getParent() : target.dataFolder(),
                    CaseFileTree.PART_PREFIX + "restore-trash-");
            Restored restored = unpack(bag, manifest, databaseStage, caseFilesStage, trashStage, progress);
            swap(target, occupied, databaseStage.resolve(BackupService.DATABASE_ENTRY), caseFilesStage, restored,
                    progress);
            caseFilesStage = null;
            if (!isEmpty(trashStage)) {
                // The trash comes back too; one that was there is moved aside with the date, never deleted.
                Path trash = target.trashFolder();
                Files.createDirectories(trash.getParent());
                if (Files.exists(trash)) {
                    Files.move(trash, trash.resolveSibling(TrashService.FOLDER + ".replaced-"
                            + LocalDateTime.now(clock).format(STAMP)), StandardCopyOption.ATOMIC_MOVE);
                }
                Files.move(trashStage, trash, StandardCopyOption.ATOMIC_MOVE);
                trashStage = null;
            }
            return restored;
        } catch (IOException e) {
            throw new DossierException(Refusal.RESTORE_FAILED.with(FileCopier.describe(e)), e);
        } finally {
            deleteQuietly(databaseStage);
            deleteQuietly(caseFilesStage);
            deleteQuietly(trashStage);
        }
    }

    /** Unpacks every file into the stage folders, checking each against the manifest. */
    private static Restored unpack(Bag bag, Map<String, String> manifest, Path databaseStage, Path caseFilesStage,
            Path trashStage, ProgressListener progress) throws IOException {
        String caseFilesPrefix = BagPaths.PAYLOAD + BackupService.CASE_FILES_ENTRY + "/";
        String trashPrefix = BagPaths.PAYLOAD + BackupService.TRASH_ENTRY + "/";
        for (String folder : bag.folders()) {
            if (folder.startsWith(caseFilesPrefix)) {
                Files.createDirectories(inside(caseFilesStage, folder.substring(caseFilesPrefix.length()), folder));
            }
        }
        Restored restored = new Restored();
        long total = bag.payloadFiles().stream().mapToLong(bag::size).sum();
        for (String path : bag.payloadFiles()) {
            if (progress.cancelled()) {
                throw new DossierException(Refusal.RESTORE_STOPPED.with());
            }
            progress.progress(restored.bytes, total, path);
            Path destination;
            if (path.equals(BagPaths.PAYLOAD + BackupService.DATABASE_ENTRY)) {
                destination = databaseStage.resolve(BackupService.DATABASE_ENTRY);
            } else if (path.startsWith(caseFilesPrefix)) {
                destination = inside(caseFilesStage, path.substring(caseFilesPrefix.length()), path);
            } else if (path.startsWith(trashPrefix)) {
                destination = inside(trashStage, path.substring(trashPrefix.length()), path);
            } else {
                throw new DossierException(Refusal.RESTORE_UNKNOWN_ENTRY.with(path));
            }
            String sha256 = copy(bag, path, destination);
            if (!sha256.equals(manifest.get(path))) {
                throw new DossierException(Refusal.RESTORE_ENTRY_DAMAGED.with(path));
            }
            restored.files++;
            restored.bytes += Files.size(destination);
        }
        progress.progress(total, total, "");
        return restored;
    }

    /** {@code relative} under {@code root}; refuses anything that would land outside it. */
    private static Path inside(Path root, String relative, String entry) {
        String unsafe = BagPaths.unsafe(relative);
        if (unsafe == null) {
            try {
                Path result = root;
                for (String part : relative.split("/")) {
                    result = result.resolve(part);
                }
                result = result.normalize();
                if (result.startsWith(root) && !result.equals(root)) {
                    return result;
                }
            } catch (InvalidPathException e) {
                unsafe = "a name this system cannot use";
            }
        }
        throw new DossierException(unsafe == null ? Refusal.RESTORE_ENTRY_POINTS_ELSEWHERE.with(entry)
                : Refusal.RESTORE_ENTRY_UNSAFE.with(entry, unsafe));
    }

    private static String copy(Bag bag, String path, Path destination) throws IOException {
        Files.createDirectories(destination.getParent());
        MessageDigest digest = sha256();
        try (InputStream in = bag.open(path);
             FileChannel channel = FileChannel.open(destination, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             OutputStream out = Channels.newOutputStream(channel)) {
            byte[] buffer = new byte[BUFFER];
            for (int read; (read = in.read(buffer)) >= 0; ) {
                digest.update(buffer, 0, read);
                out.write(buffer, 0, read);
            }
            channel.force(true);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Moves what is there aside (renamed with the date) and the unpacked copy into place. If a step
     * fails, the steps before it are moved back. On PostgreSQL the records there are first copied into
     * {@code dossier.db.replaced-<date>} (the shape of a backup's), and the backup's records replace them
     * in one transaction as the last step, after the case files are in place; a failure there rolls it
     * back and moves the case files back.
     */
    private void swap(DataLocation target, Occupied occupied, Path database, Path caseFiles, Restored restored,
            ProgressListener progress) throws IOException {
        String stamp = LocalDateTime.now(clock).format(STAMP);
        Deque<Path[]> moved = new ArrayDeque<>();
        Path root = target.caseFilesRoot();
        try {
            if (occupied.database()) {
                restored.replacedDatabase = Path.of(target.databaseFile() + ".replaced-" + stamp);
                if (target.onPostgres()) {
                    keepServerRecords(target, restored.replacedDatabase);
                } else {
                    String name = target.databaseFile().getFileName().toString();
                    for (Path part : databaseFiles.files(target.databaseFile())) {
                        if (Files.exists(part)) {
                            String suffix = part.getFileName().toString().substring(name.length());
                            move(part, Path.of(restored.replacedDatabase + suffix), moved);
                        }
                    }
                }
            }
            if (occupied.caseFiles()) {
                restored.replacedCaseFiles = root.resolveSibling(root.getFileName() + ".replaced-" + stamp);
                move(root, restored.replacedCaseFiles, moved);
            } else if (Files.isDirectory(root)) {
                Files.delete(root);
            }
            if (target.onPostgres()) {
                move(caseFiles, root, moved);
                try (Store backup = databaseFiles.open(database); Store server = Store.open(target.database())) {
                    StoreMove.copy(backup.database(), server.database(), true, progress, Refusal.RESTORE_STOPPED);
                }
            } else {
                move(database, target.databaseFile(), moved);
                move(caseFiles, root, moved);
            }
        } catch (IOException | RuntimeException e) {
            StringBuilder left = new StringBuilder();
            while (!moved.isEmpty()) {
                Path[] step = moved.pop();
                try {
                    Files.move(step[1], step[0], StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException undo) {
                    left.append(" ").append(step[1]).append(" could not be moved back to ").append(step[0]).append('.');
                }
            }
            if (target.onPostgres() && restored.replacedDatabase != null) {
                // the server's records were not replaced: their copy is not needed
                databaseFiles.delete(restored.replacedDatabase);
                restored.replacedDatabase = null;
            }
            String why = e instanceof IOException io ? FileCopier.describe(io) : e.getMessage();
            throw new DossierException(left.length() == 0 ? Refusal.RESTORE_PUT_BACK.with(why)
                    : Refusal.RESTORE_NOT_PUT_BACK.with(why, left), e);
        }
    }

    /** The records on the server before a restore replaces them, kept as a SQLite file beside the folder's. */
    private void keepServerRecords(DataLocation target, Path copy) {
        if (databaseFiles.exists(copy)) {
            throw new DossierException(Refusal.TARGET_EXISTS.with(copy));
        }
        try (Store server = Store.open(target.database())) {
            server.database().backupTo(copy);
        }
    }

    private static void move(Path from, Path to, Deque<Path[]> moved) throws IOException {
        if (Files.exists(to)) {
            throw new java.nio.file.FileAlreadyExistsException(to.toString());
        }
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        moved.push(new Path[] {from, to});
    }

    private static void deleteQuietly(Path stage) {
        // A leftover .dossier-restore-… folder is only an unfinished copy of the backup.
        FileTrees.deleteQuietly(stage);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
