package app.dossier.store;

import app.dossier.domain.Dispute;
import app.dossier.domain.DisputeStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

/** Disputes opened on orders. */
public final class DisputeTable {
    private static final String COLUMNS = "id, order_id, opened_on, status, summary";

    public Dispute insert(Connection c, Dispute d) throws SQLException {
        String sql = "INSERT INTO dispute (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            Columns.number(ps, 1, d.id() == 0 ? null : d.id());
            ps.setLong(2, d.orderId());
            Columns.text(ps, 3, d.openedOn());
            Columns.text(ps, 4, d.status().name());
            Columns.text(ps, 5, d.summary());
            ps.executeUpdate();
            return d.id() != 0 ? d : d.withId(FactoryTable.generatedId(ps));
        }
    }

    public void update(Connection c, Dispute d) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE dispute SET opened_on = ?, status = ?, summary = ? WHERE id = ?")) {
            Columns.text(ps, 1, d.openedOn());
            Columns.text(ps, 2, d.status().name());
            Columns.text(ps, 3, d.summary());
            ps.setLong(4, d.id());
            ps.executeUpdate();
        }
    }

    public List<Dispute> ofOrder(Connection c, long orderId) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM dispute WHERE order_id = ? ORDER BY opened_on, id", orderId);
    }

    public List<Dispute> all(Connection c) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM dispute ORDER BY opened_on DESC, id DESC");
    }

    public Optional<Dispute> byId(Connection c, long id) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM dispute WHERE id = ?", id).stream().findFirst();
    }

    private static List<Dispute> query(Connection c, String sql, Object... args) throws SQLException {
        return Rows.list(c, sql, rs -> {
            return new Dispute(rs.getLong("id"), rs.getLong("order_id"), Columns.date(rs, "opened_on"),
                    Columns.enumValue(rs, "status", DisputeStatus.class), rs.getString("summary"));
        }, args);
    }
}
