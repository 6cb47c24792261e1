package app.dossier.service;

import java.nio.file.Path;
import java.util.Map;

/**
 * What a move between SQLite and PostgreSQL did: the rows of each table, found equal in both stores;
 * where the records are now ({@code location}); the SQLite file kept aside ({@code keptDatabase}, null
 * when there was none); and what verify found on the moved records.
 */
public record MoveReport(Map<String, Long> rows, DataLocation location, Path keptDatabase, VerifyReport verify) {
    public long factories() {
        return rows.getOrDefault("factory", 0L);
    }

    public long orders() {
        return rows.getOrDefault("purchase_order", 0L);
    }

    public long files() {
        return rows.getOrDefault("evidence", 0L);
    }

    public long payments() {
        return rows.getOrDefault("payment", 0L);
    }

    /** Every row of every table. */
    public long allRows() {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }
}
