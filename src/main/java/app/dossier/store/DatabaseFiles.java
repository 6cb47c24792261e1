package app.dossier.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A database as files on disk, for the rebuild that builds a new one beside the old and swaps it
 * in. Whatever files the database keeps beside its own (a log, an index) go with it.
 */
public interface DatabaseFiles {
    /** Opens the database at {@code file} for changes, making it when it is not there. */
    Store open(Path file);

    /**
     * Makes the database at {@code file}, which nobody has open, whole in its own file: changes kept
     * beside it are folded in. Returns whether nothing is kept beside it any more.
     */
    boolean makeWhole(Path file);

    /**
     * The files a database at {@code file} is made of, whether they are there or not: {@code file}
     * first, then those it keeps beside it, each named {@code file}'s name and a suffix.
     */
    List<Path> files(Path file);

    /** Whether the database file, or anything it keeps beside it, is there. */
    boolean exists(Path file);

    /**
     * Moves the database to {@code target}, each file in one step: what it keeps beside its file
     * first, its file last, so that a move cut off never leaves another database's log beside a file.
     */
    void move(Path file, Path target) throws IOException;

    /** Removes the database and everything it keeps beside it. */
    void delete(Path file) throws IOException;
}
