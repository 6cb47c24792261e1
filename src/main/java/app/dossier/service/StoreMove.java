package app.dossier.service;

import app.dossier.domain.DossierException;
import app.dossier.domain.Refusal;
import app.dossier.store.DatabaseAddress;
import app.dossier.store.DatabaseFiles;
import app.dossier.store.RecordCopy;
import app.dossier.store.RecordDigest;
import app.dossier.store.Storage;
import app.dossier.store.Store;
import app.dossier.store.Transaction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Moves a data folder's records from its own {@code dossier.db} into a PostgreSQL database, or back
 * (docs/team.md). Every record is copied with its id in one transaction of the store moved into, found
 * equal to what it was copied from ({@link RecordCopy}), and only then does the data folder remember
 * the other store: a move that fails or is stopped leaves the folder on the store it was on and the
 * other one without the records. Nothing is deleted: {@code dossier.db} moved to the server is kept
 * as {@code dossier.db.moved-<date>}, one replaced by the records brought back as
 * {@code dossier.db.replaced-<date>}, and the server's database keeps the records moved out of it.
 */
public final class StoreMove {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final DataFolders folders;
    private final DatabaseFiles databaseFiles;
    private final java.time.Clock clock;

    /** {@code folders} opens the data folder before (to put right a change cut off) and after (to verify). */
    public StoreMove(DataFolders folders, DatabaseFiles databaseFiles, java.time.Clock clock) {
        this.folders = folders;
        this.databaseFiles = databaseFiles;
        this.clock = clock;
    }

    /** Moves the records of {@code location}, on SQLite, into the empty database {@code to}. */
    public MoveReport toPostgres(DataLocation location, DatabaseAddress to, ProgressListener progress) {
        if (location.onPostgres()) {
            throw new DossierException(Refusal.MOVE_ALREADY_ON_POSTGRESQL.with(location.dataFolder(),
                    location.database()));
        }
        putRight(location);
        Map<String, Long> rows;
        Path kept;
        try (DataFolderLock lock = DataFolderLock.acquire(location.dataFolder(), clock)) {
            try (Store from = databaseFiles.open(location.databaseFile()); Store into = Store.open(to)) {
                RecordDigest there = into.database().read(RecordDigest::of);
                if (!there.isEmpty()) {
                    throw new DossierException(Refusal.MOVE_TARGET_NOT_EMPTY.with(to, there.summary()));
                }
                rows = copy(from.database(), into.database(), false, progress, Refusal.MOVE_STOPPED);
            }
            // remembered first, the file kept aside after: a move cut off between the two leaves the
            // folder on the server with its old file beside it, never on an empty dossier.db
            DataLocation.resolve(location.dataFolder(), null, to.toString());
            try {
                kept = keepAside(location.databaseFile(), "moved");
            } catch (IOException e) {
                kept = location.databaseFile(); // left where it was, harmless: the folder no longer reads it
            }
        }
        return verified(rows, location.withDatabase(to), kept, progress);
    }

    /** Moves the records of {@code location}, on PostgreSQL, into a new {@code dossier.db}. */
    public MoveReport toSqlite(DataLocation location, ProgressListener progress) {
        if (!location.onPostgres()) {
            throw new DossierException(Refusal.MOVE_ALREADY_ON_SQLITE.with(location.dataFolder(),
                    location.databaseFile()));
        }
        putRight(location);
        Map<String, Long> rows;
        Path kept;
        Path file = location.databaseFile();
        try (DataFolderLock lock = DataFolderLock.acquire(location.dataFolder(), clock)) {
            Path fresh = location.dataFolder().resolve(DataLocation.DATABASE + ".moving");
            delete(fresh);
            try (Store from = Store.open(location.database()); Store into = databaseFiles.open(fresh)) {
                rows = copy(from.database(), into.database(), false, progress, Refusal.MOVE_STOPPED);
            } catch (RuntimeException e) {
                delete(fresh);
                throw e;
            }
            databaseFiles.makeWhole(fresh);
            try {
                kept = keepAside(file, "replaced");
                Files.move(fresh, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new DossierException(Refusal.MOVE_NOT_PUT_IN_PLACE.with(fresh, e.getMessage(),
                        location.database()), e);
            }
            DataLocation.resolve(location.dataFolder(), null, DataLocation.SQLITE);
        }
        return verified(rows, location.withDatabase(null), kept, progress);
    }

    /** Opens the folder once, as any command does: a change cut off by a crash is put right where the records are. */
    private void putRight(DataLocation location) {
        folders.open(location).close();
    }

    /** Verifies the case files against the moved records; says so first with a total not known ({@code -1}). */
    private MoveReport verified(Map<String, Long> rows, DataLocation moved, Path kept, ProgressListener progress) {
        progress.progress(0, -1, "verify");
        try (Services services = folders.open(moved)) {
            return new MoveReport(rows, moved, kept, services.verify().verify(progress));
        }
    }

    /**
     * Copies every record of {@code from} into {@code into} in one transaction of {@code into}, found
     * equal before it commits ({@link RecordCopy}); {@code replacing}: what {@code into} held is removed
     * in the same transaction first. Stopped, it throws {@code stopped} and keeps nothing. Returns the
     * rows copied, by table.
     */
    static Map<String, Long> copy(Storage from, Storage into, boolean replacing, ProgressListener progress,
            Refusal stopped) {
        try (Transaction tx = into.begin()) {
            if (replacing) {
                into.removeEveryRecord(tx);
            }
            RecordDigest records = RecordCopy.copy(from, tx, (table, done, total) -> {
                if (progress.cancelled()) {
                    throw new DossierException(stopped.with());
                }
                progress.progress(done, total, table);
            });
            if (progress.cancelled()) {
                throw new DossierException(stopped.with());
            }
            tx.commit();
            Map<String, Long> rows = new LinkedHashMap<>();
            records.tables().forEach((table, digest) -> rows.put(table, digest.rows()));
            return rows;
        }
    }

    /** Moves the database at {@code file}, when there is one, to {@code <file>.<why>-<date>}; returns where. */
    private Path keepAside(Path file, String why) throws IOException {
        if (!databaseFiles.exists(file)) {
            return null;
        }
        databaseFiles.makeWhole(file);
        String base = file.getFileName() + "." + why + "-" + LocalDateTime.now(clock).format(STAMP);
        Path aside = file.resolveSibling(base);
        for (int n = 2; databaseFiles.exists(aside); n++) {
            aside = file.resolveSibling(base + "-" + n);
        }
        databaseFiles.move(file, aside);
        return aside;
    }

    private void delete(Path file) {
        try {
            databaseFiles.delete(file);
        } catch (IOException e) {
            throw new DossierException(Refusal.REBUILD_UNFINISHED_NOT_REMOVED.with(file, e.getMessage()), e);
        }
    }
}
