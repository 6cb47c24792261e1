package app.dossier.service;

import app.dossier.domain.DossierException;
import app.dossier.domain.Refusal;
import app.dossier.store.Storage;
import app.dossier.files.NewFiles;
import app.dossier.tree.BagWriter;
import app.dossier.tree.CaseFileTree;
import app.dossier.tree.FileCopier;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Backs a data folder up into one zip: the database, copied with SQLite's online backup while no
 * change is running (on PostgreSQL, the records copied into a SQLite file of the same shape, so one
 * backup restores onto either store), and every file of the case-file tree, as a BagIt bag (every file with its
 * SHA-256; when and from where in bag-info.txt). The zip is written under a temp name and renamed
 * into place when complete.
 *
 * <p>The tree is copied while the app goes on working; if a change ran meanwhile, the copy starts
 * over, and the last try holds off every change until it is done, so the database and the files
 * in a backup always belong together.
 */
public final class BackupService {
    /** Inside a backup's data/: the database and the case-files root. */
    static final String DATABASE_ENTRY = "dossier.db";
    static final String CASE_FILES_ENTRY = "Case files";
    /** Inside a backup's data/: the trash, the files removed from orders with their records. */
    static final String TRASH_ENTRY = TrashService.FOLDER;
    static final String FORMAT_LABEL = "Dossier-Backup-Format";
    public static final String DEFAULT_FOLDER = "Backups";

    static final String EVERY_DAYS_KEY = "backup.everyDays";
    static final String KEEP_KEY = "backup.keep";
    static final String FOLDER_KEY = "backup.folder";

    private static final Pattern AUTOMATIC = Pattern.compile("dossier-(\\d{8}-\\d{6})\\.zip");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final int TRIES_WITHOUT_HOLDING_CHANGES = 2;

    private final UnitOfWork work;
    private final Storage database;
    private final CaseFileTree tree;
    private final DataLocation location;
    private final SettingsService settings;
    private final Clock clock;

    /** {@code database} is copied whole into each backup; {@code tree} is the case files copied beside it. */
    public BackupService(UnitOfWork work, Storage database, CaseFileTree tree, DataLocation location,
            SettingsService settings, Clock clock) {
        this.work = work;
        this.database = database;
        this.tree = tree;
        this.location = location;
        this.settings = settings;
        this.clock = clock;
    }

    /** The automatic-backup settings; a value that cannot be read is the default. */
    public BackupSettings settings() {
        int everyDays = number(EVERY_DAYS_KEY, BackupSettings.DEFAULT_EVERY_DAYS, 0);
        int keep = number(KEEP_KEY, BackupSettings.DEFAULT_KEEP, 1);
        Path folder = settings.get(FOLDER_KEY).filter(s -> !s.isBlank()).map(Path::of).orElse(null);
        return new BackupSettings(everyDays, keep, folder);
    }

    private int number(String key, int fallback, int least) {
        try {
            int value = settings.get(key).map(String::strip).map(Integer::parseInt).orElse(fallback);
            return value < least ? fallback : value;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public void saveSettings(BackupSettings chosen) {
        Map<String, String> values = new HashMap<>();
        values.put(EVERY_DAYS_KEY, Integer.toString(chosen.everyDays()));
        values.put(KEEP_KEY, Integer.toString(chosen.keep()));
        values.put(FOLDER_KEY, chosen.folder() == null ? null : chosen.folder().toString());
        settings.put(values);
    }

    /** Where automatic backups go. */
    public Path folder() {
        Path chosen = settings().folder();
        return chosen != null ? chosen : location.dataFolder().resolve(DEFAULT_FOLDER);
    }

    /** The automatic backups in {@link #folder()}, newest first. */
    public List<Path> automaticBackups() {
        List<Path> found = new ArrayList<>();
        Path folder = folder();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                if (AUTOMATIC.matcher(entry.getFileName().toString()).matches() && Files.isRegularFile(entry)) {
                    found.add(entry);
                }
            }
        } catch (IOException e) {
            throw new DossierException(Refusal.BACKUPS_FOLDER_UNREADABLE.with(folder, FileCopier.describe(e)), e);
        }
        // yyyyMMdd-HHmmss sorts as time does
        found.sort((a, b) -> b.getFileName().toString().compareTo(a.getFileName().toString()));
        return found;
    }

    /**
     * Makes an automatic backup when the newest one is {@code everyDays} old or there is none, then
     * removes the oldest beyond the number to keep (never the one just made). Empty when none was due
     * or automatic backups are off.
     */
    public Optional<BackupReport> backupIfDue(Instant now, ProgressListener progress) {
        BackupSettings chosen = settings();
        if (!chosen.automatic() || work.readOnly()) {
            // a folder opened for reading only is an archive (a disc, a read-only share): nothing changes to back up
            return Optional.empty();
        }
        removeLeftovers(now);
        List<Path> existing = automaticBackups();
        if (!existing.isEmpty()) {
            Optional<Instant> last = takenAt(existing.get(0));
            boolean clockWentBack = last.isPresent() && last.get().isAfter(now);
            if (last.isPresent() && !clockWentBack
                    && now.isBefore(last.get().plus(Duration.ofDays(chosen.everyDays())))) {
                return Optional.empty();
            }
        }
        return Optional.of(backupNow(now, progress));
    }

    /** Makes an automatic backup now, named by the time, and removes the oldest beyond the number to keep. */
    public BackupReport backupNow(ProgressListener progress) {
        return backupNow(clock.instant(), progress);
    }

    private BackupReport backupNow(Instant now, ProgressListener progress) {
        Path folder = folder();
        String name = "dossier-" + STAMP.format(now.atZone(clock.getZone())) + ".zip";
        BackupReport report = backup(folder.resolve(name), now, progress);
        return report.withRemoved(prune(settings().keep(), report.file()));
    }

    /** Removes temp files of automatic backups that were cut off (the app closed mid-way) a day or more ago. */
    private void removeLeftovers(Instant now) {
        Path folder = folder();
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder,
                entry -> CaseFileTree.isPartFile(entry.getFileName().toString()))) {
            for (Path entry : entries) {
                if (Files.isRegularFile(entry)
                        && Files.getLastModifiedTime(entry).toInstant().isBefore(now.minus(Duration.ofDays(1)))) {
                    Files.deleteIfExists(entry);
                }
            }
        } catch (IOException e) {
            // Leftovers are only unfinished copies; they are tried again next time.
        }
    }

    private Optional<Instant> takenAt(Path backup) {
        Matcher m = AUTOMATIC.matcher(backup.getFileName().toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(m.group(1), STAMP).atZone(clock.getZone()).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private List<Path> prune(int keep, Path newest) {
        List<Path> removed = new ArrayList<>();
        List<Path> backups = automaticBackups();
        for (int i = keep; i < backups.size(); i++) {
            Path old = backups.get(i);
            if (old.equals(newest)) {
                continue;
            }
            try {
                Files.deleteIfExists(old);
                removed.add(old);
            } catch (IOException e) {
                // An old backup that cannot be removed stays; it is tried again next time.
            }
        }
        return removed;
    }

    /** Backs everything up into {@code zipFile}, which must not exist yet. */
    public BackupReport backup(Path zipFile, ProgressListener progress) {
        return backup(zipFile, clock.instant(), progress);
    }

    private BackupReport backup(Path zipFile, Instant now, ProgressListener progress) {
        Path target = zipFile.toAbsolutePath().normalize();
        if (target.startsWith(location.caseFilesRoot())) {
            throw new DossierException(Refusal.BACKUP_INSIDE_CASE_FILES.with(location.caseFilesRoot()));
        }
        if (Files.exists(target)) {
            throw new DossierException(Refusal.TARGET_EXISTS.with(target));
        }
        for (int attempt = 1; ; attempt++) {
            Optional<BackupReport> done;
            if (attempt <= TRIES_WITHOUT_HOLDING_CHANGES) {
                done = attempt(target, now, progress, false);
            } else {
                try {
                    done = database.whileNoChange(() -> attempt(target, now, progress, true));
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new DossierException(Refusal.BACKUP_FAILED.with(e.getMessage()), e);
                }
            }
            if (done.isPresent()) {
                return done.get();
            }
        }
    }

    /** One try; empty when a change ran while the tree was copied (unless {@code holding} changes off). */
    private Optional<BackupReport> attempt(Path target, Instant now, ProgressListener progress, boolean holding) {
        Path databaseCopy = null;
        try {
            Files.createDirectories(target.getParent());
            databaseCopy = NewFiles.createTempFile(target.getParent(), CaseFileTree.PART_PREFIX, CaseFileTree.PART_SUFFIX);
            Files.delete(databaseCopy);
            progress.progress(0, -1, "database");
            long changes = database.backupTo(databaseCopy);
            Contents contents = contents(target);
            long total = Files.size(databaseCopy) + contents.bytes;
            long done = 0;
            try (BagWriter bag = BagWriter.toZip(target)) {
                bag.addFile(DATABASE_ENTRY, databaseCopy);
                done += Files.size(databaseCopy);
                bag.addFolder(CASE_FILES_ENTRY);
                for (String folder : contents.folders) {
                    bag.addFolder(CASE_FILES_ENTRY + "/" + folder);
                }
                for (Map.Entry<String, Path> file : contents.files.entrySet()) {
                    if (progress.cancelled()) {
                        throw new DossierException(Refusal.BACKUP_STOPPED.with());
                    }
                    progress.progress(done, total, file.getKey());
                    try {
                        bag.addFile(CASE_FILES_ENTRY + "/" + file.getKey(), file.getValue());
                    } catch (NoSuchFileException e) {
                        if (holding) {
                            throw e;
                        }
                        return Optional.empty();
                    }
                    done += Files.size(file.getValue());
                }
                Path trash = location.trashFolder();
                for (Map.Entry<String, Path> file : trashFiles(trash).entrySet()) {
                    try {
                        bag.addFile(TRASH_ENTRY + "/" + file.getKey(), file.getValue());
                    } catch (NoSuchFileException e) {
                        if (holding) {
                            throw e;
                        }
                        return Optional.empty();
                    }
                }
                if (!holding && database.changesBegun() != changes) {
                    return Optional.empty();
                }
                int files = bag.payloadFiles();
                long bytes = bag.payloadBytes();
                Path written = bag.finish(info(now));
                progress.progress(total, total, "");
                return Optional.of(new BackupReport(written, files, bytes, now, List.of()));
            }
        } catch (IOException e) {
            throw new DossierException(Refusal.BACKUP_NOT_WRITTEN.with(target, FileCopier.describe(e)), e);
        } finally {
            if (databaseCopy != null) {
                try {
                    Files.deleteIfExists(databaseCopy);
                } catch (IOException ignored) {
                    // A leftover .dossier-….part is recognisable and harmless.
                }
            }
        }
    }

    private Map<String, String> info(Instant now) {
        OffsetDateTime at = OffsetDateTime.ofInstant(now, clock.getZone()).truncatedTo(ChronoUnit.SECONDS);
        Map<String, String> info = new LinkedHashMap<>();
        info.put("Bagging-Date", at.toLocalDate().toString());
        info.put("External-Description", "Dossier backup: the database and every case file of a data folder");
        info.put("Bag-Software-Agent", "Dossier");
        info.put(FORMAT_LABEL, "1");
        info.put("Dossier-Backed-Up-At", at.toString());
        info.put("Dossier-Host", DataFolderLock.Holder.hostName());
        info.put("Dossier-Data-Folder", location.dataFolder().toString());
        info.put("Dossier-Case-Files", location.caseFilesRoot().toString());
        if (location.onPostgres()) {
            info.put("Dossier-Records-From", location.database().toString());
        }
        return info;
    }

    /** Every folder and file of the tree (relative, "/"-separated), without system files, temp files or the backup itself. */
    private Contents contents(Path target) throws IOException {
        Contents contents = new Contents();
        Path root = tree.root();
        if (!Files.isDirectory(root)) {
            return contents;
        }
        Path backups = folder();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (dir.equals(root)) {
                    return FileVisitResult.CONTINUE;
                }
                if (TreeEntries.ignored(dir.getFileName().toString()) || dir.equals(backups)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                contents.folders.add(tree.relative(dir));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && !TreeEntries.ignored(file.getFileName().toString())
                        && !file.equals(target)) {
                    contents.files.put(tree.relative(file), file);
                    contents.bytes += attrs.size();
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
                throw exc;
            }
        });
        return contents;
    }

    /** Every file in the trash (relative, "/"-separated), temp files left out. */
    private static Map<String, Path> trashFiles(Path trash) throws IOException {
        Map<String, Path> files = new LinkedHashMap<>();
        if (!Files.isDirectory(trash)) {
            return files;
        }
        try (java.util.stream.Stream<Path> walk = Files.walk(trash)) {
            for (Path file : walk.sorted().toList()) {
                if (Files.isRegularFile(file) && !TreeEntries.ignored(file.getFileName().toString())) {
                    files.put(trash.relativize(file).toString().replace('\\', '/'), file);
                }
            }
        }
        return files;
    }

    private static final class Contents {
        final List<String> folders = new ArrayList<>();
        final Map<String, Path> files = new LinkedHashMap<>();
        long bytes;
    }
}
