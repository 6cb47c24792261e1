package app.dossier.service;

import app.dossier.domain.DossierException;
import app.dossier.store.DatabaseFiles;
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
 * Puts a backup back into a data folder. Refuses a folder that already holds a database or case
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
            throw new DossierException("The data folder " + target.dataFolder() + " is open; close it before restoring"
                    + " a backup into it. Nothing was restored.");
        }
        try (DataFolderLock lock = DataFolderLock.acquire(target.dataFolder(), clock); Bag bag = Bag.open(backup)) {
            String databaseEntry = BagPaths.PAYLOAD + BackupService.DATABASE_ENTRY;
            if (!bag.files().contains(databaseEntry)) {
                throw new DossierException(bag.source() + " is not a Dossier backup (it holds no " + databaseEntry
                        + "). Nothing was restored.");
            }
            List<BagProblem> problems = bag.checkStructure();
            if (!problems.isEmpty()) {
                throw new DossierException("The backup " + bag.source() + " is damaged or incomplete, so nothing was"
                        + " restored:\n" + problems.stream().map(BagProblem::line).collect(Collectors.joining("\n")));
            }
            Map<String, String> manifest = bag.manifest("sha256");
            Occupied occupied = occupied(target);
            if (occupied.any() && !replace) {
                throw new DossierException("Nothing was restored: " + occupied.describe(target)
                        + " Restore into an empty folder, or add --force to replace what is there"
                        + " (it is kept, renamed, not deleted).");
            }
            Restored restored = unpackAndSwap(bag, manifest, target, occupied, progress);
            DataLocation location = DataLocation.resolve(target.dataFolder(), target.caseFilesRoot());
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

        String describe(DataLocation target) {
            if (database && caseFiles) {
                return target.dataFolder() + " already holds a database and " + target.caseFilesRoot()
                        + " holds case files.";
            }
            return database ? target.databaseFile() + " already exists."
                    : target.caseFilesRoot() + " already holds case files.";
        }
    }

    private Occupied occupied(DataLocation target) {
        boolean database = databaseFiles.files(target.databaseFile()).stream().anyMatch(Files::exists);
        Path root = target.caseFilesRoot();
        boolean caseFiles = Files.exists(root) && (!Files.isDirectory(root) || !isEmpty(root));
        return new Occupied(database, caseFiles);
    }

    private static boolean isEmpty(Path folder) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return !entries.iterator().hasNext();
        } catch (IOException e) {
            throw new DossierException("Cannot read the folder " + folder + ": " + FileCopier.describe(e), e);
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
        try {
            Files.createDirectories(target.dataFolder());
            Files.createDirectories(root.getParent());
            databaseStage = NewFiles.createTempDirectory(target.dataFolder(), CaseFileTree.PART_PREFIX + "restore-");
            caseFilesStage = NewFiles.createTempDirectory(root.getParent(), CaseFileTree.PART_PREFIX + "restore-");
            Restored restored = unpack(bag, manifest, databaseStage, caseFilesStage, progress);
            swap(target, occupied, databaseStage.resolve(BackupService.DATABASE_ENTRY), caseFilesStage, restored);
            caseFilesStage = null;
            return restored;
        } catch (IOException e) {
            throw new DossierException("Restoring failed: " + FileCopier.describe(e) + ". Nothing was restored.", e);
        } finally {
            deleteQuietly(databaseStage);
            deleteQuietly(caseFilesStage);
        }
    }

    /** Unpacks every file into the stage folders, checking each against the manifest. */
    private static Restored unpack(Bag bag, Map<String, String> manifest, Path databaseStage, Path caseFilesStage,
            ProgressListener progress) throws IOException {
        String caseFilesPrefix = BagPaths.PAYLOAD + BackupService.CASE_FILES_ENTRY + "/";
        for (String folder : bag.folders()) {
            if (folder.startsWith(caseFilesPrefix)) {
                Files.createDirectories(inside(caseFilesStage, folder.substring(caseFilesPrefix.length()), folder));
            }
        }
        Restored restored = new Restored();
        long total = bag.payloadFiles().stream().mapToLong(bag::size).sum();
        for (String path : bag.payloadFiles()) {
            if (progress.cancelled()) {
                throw new DossierException("Restoring was stopped. Nothing was restored.");
            }
            progress.progress(restored.bytes, total, path);
            Path destination;
            if (path.equals(BagPaths.PAYLOAD + BackupService.DATABASE_ENTRY)) {
                destination = databaseStage.resolve(BackupService.DATABASE_ENTRY);
            } else if (path.startsWith(caseFilesPrefix)) {
                destination = inside(caseFilesStage, path.substring(caseFilesPrefix.length()), path);
            } else {
                throw new DossierException("The backup holds " + path + ", which is neither the database nor a case"
                        + " file. Nothing was restored.");
            }
            String sha256 = copy(bag, path, destination);
            if (!sha256.equals(manifest.get(path))) {
                throw new DossierException("The backup is damaged: " + path + " does not match its SHA-256 in the"
                        + " manifest. Nothing was restored.");
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
        throw new DossierException("The backup holds “" + entry + "”, which would land outside the case files ("
                + (unsafe == null ? "it points elsewhere" : "it has " + unsafe) + "). Nothing was restored.");
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
     * fails, the steps before it are moved back.
     */
    private void swap(DataLocation target, Occupied occupied, Path database, Path caseFiles, Restored restored)
            throws IOException {
        String stamp = LocalDateTime.now(clock).format(STAMP);
        Deque<Path[]> moved = new ArrayDeque<>();
        Path root = target.caseFilesRoot();
        try {
            if (occupied.database()) {
                restored.replacedDatabase = Path.of(target.databaseFile() + ".replaced-" + stamp);
                String name = target.databaseFile().getFileName().toString();
                for (Path part : databaseFiles.files(target.databaseFile())) {
                    if (Files.exists(part)) {
                        String suffix = part.getFileName().toString().substring(name.length());
                        move(part, Path.of(restored.replacedDatabase + suffix), moved);
                    }
                }
            }
            if (occupied.caseFiles()) {
                restored.replacedCaseFiles = root.resolveSibling(root.getFileName() + ".replaced-" + stamp);
                move(root, restored.replacedCaseFiles, moved);
            } else if (Files.isDirectory(root)) {
                Files.delete(root);
            }
            move(database, target.databaseFile(), moved);
            move(caseFiles, root, moved);
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
            throw new DossierException("Restoring failed while putting the files in place: "
                    + (e instanceof IOException io ? FileCopier.describe(io) : e.getMessage())
                    + "." + (left.length() == 0 ? " Everything was put back as it was." : left.toString()), e);
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
