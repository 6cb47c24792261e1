package app.dossier.store;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * Where the records are kept. Reads and transactions take turns on it, so a read never sees a
 * change half done; it can copy itself whole for a backup.
 */
public interface Storage {
    /** Runs read-only work; it sees only committed records. A refusal is said in words. */
    <T> T read(Reading<T> work);

    /**
     * Starts a transaction; the caller must {@link Transaction#commit()} it or it is rolled back on
     * {@link Transaction#close()}. Other reads and changes wait until then.
     */
    Transaction begin();

    /**
     * Copies all records into {@code target} (which must not exist) while no change runs. Returns
     * {@link #changesBegun()} as it was when the copy was taken.
     */
    long backupTo(Path target);

    /**
     * How many changes have been started since it was opened (committed or not). The same number
     * before and after reading something means no change ran in between.
     */
    long changesBegun();

    /**
     * Removes every record in {@code tx}, the history too, for a rebuild that writes them all again
     * in the same transaction. Only where a rebuild cannot make a new database beside the old one and
     * swap it in (a server's); SQLite's refuses.
     */
    default void removeEveryRecord(Transaction tx) {
        throw new UnsupportedOperationException("a rebuild makes a new SQLite database and swaps it in");
    }

    /**
     * Who is signed in and what their role lets them do: on a server, the login and its group role;
     * SQLite's file has no logins, and the person at the PC may do everything.
     */
    default app.dossier.domain.Person signedIn() {
        return app.dossier.domain.Person.AT_THIS_PC;
    }

    /** Runs {@code work} while no change can start. */
    <T> T whileNoChange(Callable<T> work) throws Exception;

    /**
     * Runs {@code work} while no change runs here nor in any other Dossier writing to the same
     * records (a server's); on one PC, as {@link #whileNoChange}.
     */
    default <T> T alone(Callable<T> work) throws Exception {
        return whileNoChange(work);
    }

    /**
     * The name this Dossier's notes of unfinished changes carry, so that another can tell whether
     * it still runs; empty where one Dossier writes at a time.
     */
    default String writer() {
        return "";
    }

    /** Whether the Dossier that noted changes as {@code writer} is gone, so its unfinished changes are to undo. */
    default boolean writerGone(String writer) {
        return true;
    }

    /** Whether another Dossier has these records open for changes now. */
    default boolean othersWriting() {
        return false;
    }

    /**
     * Tells {@code heard}, on a thread of its own, of each change another Dossier saves to these
     * records, with the ids of the orders it changed (empty: something other than an order), until
     * the returned handle is closed. Where one Dossier writes at a time, nobody else does: nothing is heard.
     */
    default AutoCloseable listen(java.util.function.Consumer<java.util.Set<Long>> heard) {
        return () -> { };
    }

    /** Work that reads through a {@link Session}. */
    @FunctionalInterface
    interface Reading<T> {
        T run(Session session);
    }
}
