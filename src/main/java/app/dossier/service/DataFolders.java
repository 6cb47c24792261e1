package app.dossier.service;

import java.nio.file.Path;

/**
 * Opens a data folder's services, or rebuilds its database from the tree without opening it
 * (the database may be the thing that is lost). Implemented by the composition root.
 *
 * <p>Only one process at a time may change a data folder: {@link #open}, {@link #rebuild} and
 * {@link #restore} take its lock and throw {@link DataFolderInUseException} when another process
 * holds it.
 */
public interface DataFolders {
    Services open(DataLocation location);

    RebuildReport rebuild(DataLocation location, ProgressListener progress);

    /**
     * Opens a data folder that another process is changing, for reading only: nothing is created or
     * migrated, and the database refuses every change.
     */
    Services openReadOnly(DataLocation location);

    /**
     * Opens a data folder to read it without changing a byte on disk (a dry run): no lock file
     * written, nothing created, recovered or migrated, and the database read in a way that leaves no
     * file beside it. A folder without a database (or not there at all) reads as an empty one.
     */
    Services openUntouched(DataLocation location);

    /**
     * False when the data folder exists but cannot be written (a read-only mount, an archive disc,
     * no write permission): it can then only be opened with {@link #openReadOnly}, which changes
     * nothing there, not even a lock file. A folder not made yet counts as writable.
     */
    boolean canChange(DataLocation location);

    /** Puts a backup made by {@link BackupService} back into {@code target}, then verifies it. */
    RestoreReport restore(Path backup, DataLocation target, boolean replace, ProgressListener progress);

    /**
     * Moves the records of a data folder on SQLite into the empty PostgreSQL database at {@code address}
     * ({@code postgresql://…}), then verifies them there ({@link StoreMove}).
     */
    MoveReport moveToPostgres(DataLocation location, String address, ProgressListener progress);

    /** Moves the records of a data folder on PostgreSQL into a new {@code dossier.db}, then verifies them. */
    MoveReport moveToSqlite(DataLocation location, ProgressListener progress);
}
