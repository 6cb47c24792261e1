package app.dossier.store;

import app.dossier.domain.Money;
import app.dossier.domain.Payment;
import app.dossier.domain.PaymentCovers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Currency;
import java.util.List;

/** Payments to factories. */
public final class PaymentTable implements Payments {
    private static final String COLUMNS = "id, order_id, paid_on, amount_minor, currency, rate_to_vnd, covers, method,"
            + " receiving_account, reference, acknowledged_at, proof_evidence_id";

    @Override
    public Payment insert(Session s, Payment p) {
        return Sql.call(s, c -> {
            String sql = "INSERT INTO payment (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
            try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                Columns.number(ps, 1, p.id() == 0 ? null : p.id());
                ps.setLong(2, p.orderId());
                Columns.text(ps, 3, p.paidOn());
                ps.setLong(4, p.amount().toMinor());
                Columns.text(ps, 5, p.amount().currencyCode());
                Columns.text(ps, 6, p.rateToVnd());
                Columns.text(ps, 7, p.covers().name());
                Columns.text(ps, 8, p.method());
                Columns.text(ps, 9, p.receivingAccount());
                Columns.text(ps, 10, p.reference());
                Columns.text(ps, 11, p.acknowledgedAt());
                Columns.number(ps, 12, p.proofEvidenceId());
                ps.executeUpdate();
                return p.id() != 0 ? p : p.withId(FactoryTable.generatedId(ps));
            }
        });
    }

    @Override
    public java.util.Optional<Payment> byId(Session s, long id) {
        return Sql.call(s, c -> query(c, "SELECT " + COLUMNS + " FROM payment WHERE id = ?", id).stream().findFirst());
    }

    @Override
    public void update(Session s, Payment p) {
        Sql.run(s, c -> {
            String sql = "UPDATE payment SET paid_on = ?, amount_minor = ?, currency = ?, rate_to_vnd = ?, covers = ?,"
                    + " method = ?, receiving_account = ?, reference = ?, acknowledged_at = ?, proof_evidence_id = ?"
                    + " WHERE id = ?";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Columns.text(ps, 1, p.paidOn());
                ps.setLong(2, p.amount().toMinor());
                Columns.text(ps, 3, p.amount().currencyCode());
                Columns.text(ps, 4, p.rateToVnd());
                Columns.text(ps, 5, p.covers().name());
                Columns.text(ps, 6, p.method());
                Columns.text(ps, 7, p.receivingAccount());
                Columns.text(ps, 8, p.reference());
                Columns.text(ps, 9, p.acknowledgedAt());
                Columns.number(ps, 10, p.proofEvidenceId());
                ps.setLong(11, p.id());
                ps.executeUpdate();
            }
        });
    }

    @Override
    public void delete(Session s, long id) {
        Sql.run(s, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM payment WHERE id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
        });
    }

    @Override
    public List<Payment> ofOrder(Session s, long orderId) {
        return Sql.call(s, c ->
                query(c, "SELECT " + COLUMNS + " FROM payment WHERE order_id = ? ORDER BY paid_on, id", orderId));
    }

    /** How many payments each order has. */
    @Override
    public java.util.Map<Long, Integer> countsByOrder(Session s) {
        return Sql.call(s, c -> {
            java.util.Map<Long, Integer> counts = new java.util.HashMap<>();
            Rows.list(c, "SELECT order_id, count(*) AS n FROM payment GROUP BY order_id", rs -> {
                counts.put(rs.getLong("order_id"), rs.getInt("n"));
                return null;
            });
            return counts;
        });
    }

    @Override
    public List<Payment> all(Session s) {
        return Sql.call(s, c -> query(c, "SELECT " + COLUMNS + " FROM payment ORDER BY order_id, paid_on, id"));
    }

    private static List<Payment> query(Connection c, String sql, Object... args) throws SQLException {
        return Rows.list(c, sql, rs -> {
            Currency currency = Currency.getInstance(rs.getString("currency"));
            return new Payment(
                    rs.getLong("id"),
                    rs.getLong("order_id"),
                    Columns.date(rs, "paid_on"),
                    Money.ofMinor(rs.getLong("amount_minor"), currency),
                    Columns.decimal(rs, "rate_to_vnd"),
                    Columns.enumValue(rs, "covers", PaymentCovers.class),
                    rs.getString("method"),
                    rs.getString("receiving_account"),
                    rs.getString("reference"),
                    Columns.dateTime(rs, "acknowledged_at"),
                    Columns.nullableLong(rs, "proof_evidence_id"));
        }, args);
    }
}
