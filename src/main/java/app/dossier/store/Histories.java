package app.dossier.store;

import java.util.List;

/**
 * The history of each order, append-only: entries are added at the end of an order's chain and never
 * changed or removed (the database itself refuses both). Every call takes the caller's {@link Session};
 * a refusal is a {@link StoreException}.
 */
public interface Histories {
    /** The lines of the order's history, first entry first; empty when nothing was recorded yet. */
    List<String> lines(Session session, long orderId);

    /** Adds an entry at the end of the order's chain: its line, the entry's number and the line's SHA-256. */
    void append(Session session, long orderId, int number, String line, String hash);
}
