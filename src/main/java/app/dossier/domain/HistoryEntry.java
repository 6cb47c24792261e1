package app.dossier.domain;

import java.time.Instant;
import java.util.List;

/**
 * One entry of an order's history: when a change was saved, by which workstation user, what it changed
 * (each field before and after), and the SHA-256 of the entry before it ({@code previous}), which makes
 * the history a chain that cannot be rewritten without the break showing.
 *
 * @param number the entry's place in the chain, from 1
 * @param previous the SHA-256 (hex) of the previous entry's line, {@link HistoryChain#START} for the first
 */
public record HistoryEntry(int number, Instant at, String by, List<Change> changes, String previous) {
    public HistoryEntry {
        changes = List.copyOf(changes);
    }

    /**
     * One thing a change did to one item of the order's record.
     *
     * @param item what was changed: "order", "factory", "receiving", or a kind and its id ("payment 4",
     *     "file 12", "dispute 1 step 2")
     * @param field the field within the item ("amount.amount", "caption"); empty when the whole item was
     *     added (before is null) or removed (after is null)
     * @param before the value before, as written in case.json; null when there was none
     * @param after the value after; null when there is none now
     */
    public record Change(String item, String field, String before, String after) {
        /** Whether the whole item came with this change. */
        public boolean added() {
            return field.isEmpty() && before == null;
        }

        /** Whether the whole item went with this change. */
        public boolean removed() {
            return field.isEmpty() && after == null;
        }
    }
}
