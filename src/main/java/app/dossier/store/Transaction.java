package app.dossier.store;

import java.util.function.Supplier;

/**
 * One transaction: what is written through its {@link #session()} is kept only when it commits.
 * Closing it without a commit rolls it back. Reads and other changes wait until it ends.
 */
public interface Transaction extends AutoCloseable {
    /** What the repositories are given, to read and write inside this transaction. */
    Session session();

    /**
     * Runs {@code part} all or nothing inside this transaction: when it throws, what it wrote is
     * undone and the rest of the transaction stands (a rebuild leaves out one damaged case file so).
     */
    <T> T inPart(Supplier<T> part);

    void commit();

    boolean committed();

    @Override
    void close();
}
