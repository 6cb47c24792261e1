package app.dossier.store;

import java.util.List;

/**
 * The search index: the folded words of every factory, order, file and chat message, kept by the
 * repositories in the same transaction as the records. A refusal is a {@link StoreException}.
 */
public interface Search {
    /**
     * What matches {@code query} (every word, folded), at most {@code perKind} of each kind, kinds
     * in the order of {@link Kind}, newest first within each.
     */
    List<Entry> find(Session session, String query, int perKind);

    /** What an entry stands for; the code orders the id ranges. */
    enum Kind {
        FACTORY(4),
        ORDER(3),
        EVIDENCE(2),
        CHAT_MESSAGE(1);

        private static final int KIND_SHIFT = 56;
        private static final long RECORD_MASK = (1L << KIND_SHIFT) - 1;

        private final long code;

        Kind(long code) {
            this.code = code;
        }

        long entryId(long recordId) {
            if (recordId <= 0 || recordId > RECORD_MASK) {
                throw new IllegalArgumentException("record id " + recordId + " cannot be indexed");
            }
            return (code << KIND_SHIFT) | recordId;
        }

        long firstId() {
            return code << KIND_SHIFT;
        }

        long lastId() {
            return (code << KIND_SHIFT) | RECORD_MASK;
        }

        /** The kind of the entry with this id. */
        static Kind of(long entryId) {
            long code = entryId >>> KIND_SHIFT;
            for (Kind kind : values()) {
                if (kind.code == code) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("no kind of entry has the id " + entryId);
        }

        static long recordId(long entryId) {
            return entryId & RECORD_MASK;
        }
    }

    /** One thing found: its kind, the record's id, and its folded words. */
    record Entry(Kind kind, long recordId, String folded) {
    }
}
