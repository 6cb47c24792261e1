package app.dossier.store;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code archived_at} column that orders and factories share (migration V8): set, cleared, read. */
final class ArchivedRows {
    private ArchivedRows() {
    }

    /** {@code table} is one of ours, never typed by a user. */
    static void set(Session s, String table, long id, Instant at) {
        Sql.run(s, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET archived_at = ? WHERE id = ?")) {
                Columns.text(ps, 1, at);
                ps.setLong(2, id);
                ps.executeUpdate();
            }
        });
    }

    static Map<Long, Instant> of(Session s, String table) {
        return Sql.call(s, c -> {
            Map<Long, Instant> archived = new LinkedHashMap<>();
            for (Object[] row : Rows.list(c, "SELECT id, archived_at FROM " + table
                    + " WHERE archived_at IS NOT NULL ORDER BY id",
                    rs -> new Object[] {rs.getLong("id"), Columns.instant(rs, "archived_at")})) {
                archived.put((Long) row[0], (Instant) row[1]);
            }
            return archived;
        });
    }

    /** Deletes the row and its search entry. */
    static void delete(Session s, String table, SearchIndex.Kind kind, long id) {
        Sql.run(s, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            SearchIndex.remove(c, kind, id);
        });
    }
}
