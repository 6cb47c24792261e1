package app.dossier.store;

import app.dossier.domain.DefectRegion;
import app.dossier.domain.Evidence;
import app.dossier.domain.EvidenceCategory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import java.util.Optional;

/** The index of every evidence file: where it is, its SHA-256, size, capture time and marked defect. */
public final class EvidenceTable implements EvidenceFiles {
    private static final String COLUMNS = "id, order_id, category, file, original_name, sha256, size, media_type,"
            + " captured_at, added_at, caption, defect_left, defect_top, defect_width, defect_height";

    @Override
    public Evidence insert(Session s, Evidence e) {
        return Sql.call(s, c -> {
            String sql = "INSERT INTO evidence (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
            try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                Columns.number(ps, 1, e.id() == 0 ? null : e.id());
                ps.setLong(2, e.orderId());
                Columns.text(ps, 3, e.category().name());
                Columns.text(ps, 4, e.file());
                Columns.text(ps, 5, e.originalName());
                Columns.text(ps, 6, e.sha256());
                ps.setLong(7, e.size());
                Columns.text(ps, 8, e.mediaType());
                Columns.text(ps, 9, e.capturedAt());
                Columns.text(ps, 10, e.addedAt());
                Columns.text(ps, 11, e.caption());
                region(ps, 12, e.defectRegion());
                ps.executeUpdate();
                Evidence saved = e.id() != 0 ? e : e.withId(FactoryTable.generatedId(ps));
                SearchIndex.evidence(c, saved);
                return saved;
            }
        });
    }

    @Override
    public void updateCaption(Session s, long id, String caption) {
        Sql.run(s, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE evidence SET caption = ? WHERE id = ?")) {
                Columns.text(ps, 1, caption);
                ps.setLong(2, id);
                ps.executeUpdate();
            }
            Optional<Evidence> changed = byId(s, id);
            if (changed.isPresent()) {
                SearchIndex.evidence(c, changed.get());
            }
        });
    }

    @Override
    public void updatePlace(Session s, long id, long orderId, EvidenceCategory category, String file) {
        Sql.run(s, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE evidence SET order_id = ?, category = ?, file = ? WHERE id = ?")) {
                ps.setLong(1, orderId);
                Columns.text(ps, 2, category.name());
                Columns.text(ps, 3, file);
                ps.setLong(4, id);
                ps.executeUpdate();
            }
            Optional<Evidence> changed = byId(s, id);
            if (changed.isPresent()) {
                SearchIndex.evidence(c, changed.get());
            }
        });
    }

    /** Marks where on the photo the defect is, or (null) clears the mark. */
    @Override
    public void updateDefectRegion(Session s, long id, DefectRegion region) {
        Sql.run(s, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE evidence SET defect_left = ?, defect_top = ?,"
                    + " defect_width = ?, defect_height = ? WHERE id = ?")) {
                region(ps, 1, region);
                ps.setLong(5, id);
                ps.executeUpdate();
            }
        });
    }

    @Override
    public void delete(Session s, long id) {
        Sql.run(s, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM evidence WHERE id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            SearchIndex.remove(c, SearchIndex.Kind.EVIDENCE, id);
            SearchIndex.removeMessagesOf(c, id);
        });
    }

    @Override
    public List<Evidence> ofOrder(Session s, long orderId) {
        return Sql.call(s, c ->
                query(c, "SELECT " + COLUMNS + " FROM evidence WHERE order_id = ? ORDER BY category, added_at, id", orderId));
    }

    /** How many files each order holds in each category. */
    @Override
    public java.util.Map<Long, java.util.Map<EvidenceCategory, Integer>> countsByOrder(Session s) {
        return Sql.call(s, c -> {
            java.util.Map<Long, java.util.Map<EvidenceCategory, Integer>> counts = new java.util.HashMap<>();
            Rows.list(c, "SELECT order_id, category, count(*) AS n FROM evidence GROUP BY order_id, category", rs -> {
                counts.computeIfAbsent(rs.getLong("order_id"), id -> new java.util.EnumMap<>(EvidenceCategory.class))
                        .put(EvidenceCategory.valueOf(rs.getString("category")), rs.getInt("n"));
                return null;
            });
            return counts;
        });
    }

    @Override
    public List<Evidence> all(Session s) {
        return Sql.call(s, EvidenceTable::all);
    }

    static List<Evidence> all(Connection c) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM evidence ORDER BY order_id, id");
    }

    @Override
    public Optional<Evidence> byId(Session s, long id) {
        return Sql.call(s, c -> query(c, "SELECT " + COLUMNS + " FROM evidence WHERE id = ?", id).stream().findFirst());
    }

    @Override
    public List<Evidence> byIds(Session s, java.util.Collection<Long> ids) {
        return Sql.call(s, c -> Rows.byIds(ids, (marks, some) ->
                query(c, "SELECT " + COLUMNS + " FROM evidence WHERE id IN " + marks, some)));
    }

    @Override
    public Optional<Evidence> byHash(Session s, long orderId, String sha256) {
        return Sql.call(s, c ->
                query(c, "SELECT " + COLUMNS + " FROM evidence WHERE order_id = ? AND sha256 = ?", orderId, sha256).stream().findFirst());
    }

    private static List<Evidence> query(Connection c, String sql, Object... args) throws SQLException {
        return Rows.list(c, sql, rs -> {
            return new Evidence(
                    rs.getLong("id"),
                    rs.getLong("order_id"),
                    Columns.enumValue(rs, "category", EvidenceCategory.class),
                    rs.getString("file"),
                    rs.getString("original_name"),
                    rs.getString("sha256"),
                    rs.getLong("size"),
                    rs.getString("media_type"),
                    Columns.dateTime(rs, "captured_at"),
                    Columns.instant(rs, "added_at"),
                    rs.getString("caption"),
                    region(rs));
        }, args);
    }

    /** Four columns from {@code first}: the region's left, top, width and height, or four NULLs. */
    private static void region(PreparedStatement ps, int first, DefectRegion region) throws SQLException {
        double[] values = region == null ? null
                : new double[] {region.left(), region.top(), region.width(), region.height()};
        for (int i = 0; i < 4; i++) {
            if (values == null) {
                ps.setNull(first + i, Types.REAL);
            } else {
                ps.setDouble(first + i, values[i]);
            }
        }
    }

    /** A region only when all four columns hold one; a row changed by hand to something else reads as unmarked. */
    private static DefectRegion region(ResultSet rs) throws SQLException {
        double[] values = new double[4];
        String[] columns = {"defect_left", "defect_top", "defect_width", "defect_height"};
        for (int i = 0; i < 4; i++) {
            values[i] = rs.getDouble(columns[i]);
            if (rs.wasNull()) {
                return null;
            }
        }
        if (DefectRegion.problem(values[0], values[1], values[2], values[3]).isPresent()) {
            return null;
        }
        return new DefectRegion(values[0], values[1], values[2], values[3]);
    }
}
