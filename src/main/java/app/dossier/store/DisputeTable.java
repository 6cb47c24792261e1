package app.dossier.store;

import app.dossier.domain.Dispute;
import app.dossier.domain.DisputeEvent;
import app.dossier.domain.DisputeStatus;
import app.dossier.domain.Language;
import app.dossier.domain.Money;
import app.dossier.domain.Resolution;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Disputes opened on orders, with their resolution and their steps. */
public final class DisputeTable implements Disputes {
    private static final String COLUMNS = "id, order_id, opened_on, status, summary, resolution_kind,"
            + " resolution_amount_minor, resolution_currency, resolution_vnd_minor, resolution_units,"
            + " resolution_percent, buyer_language, factory_message, buyer_message";

    @Override
    public Dispute insert(Session s, Dispute d) {
        return Sql.call(s, c -> {
            String sql = "INSERT INTO dispute (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
            Dispute saved;
            try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                Columns.number(ps, 1, d.id() == 0 ? null : d.id());
                ps.setLong(2, d.orderId());
                bind(ps, 3, d);
                ps.executeUpdate();
                saved = d.id() != 0 ? d : d.withId(FactoryTable.generatedId(ps));
            }
            writeEvents(c, saved);
            return saved;
        });
    }

    /** Saves everything about the dispute, its steps included. */
    @Override
    public void update(Session s, Dispute d) {
        Sql.run(s, c -> {
            String sql = "UPDATE dispute SET opened_on = ?, status = ?, summary = ?, resolution_kind = ?,"
                    + " resolution_amount_minor = ?, resolution_currency = ?, resolution_vnd_minor = ?,"
                    + " resolution_units = ?, resolution_percent = ?, buyer_language = ?, factory_message = ?,"
                    + " buyer_message = ? WHERE id = ?";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, 1, d);
                ps.setLong(13, d.id());
                ps.executeUpdate();
            }
            writeEvents(c, d);
        });
    }

    private static void bind(PreparedStatement ps, int first, Dispute d) throws SQLException {
        int i = first;
        Columns.text(ps, i++, d.openedOn());
        Columns.text(ps, i++, d.status().name());
        Columns.text(ps, i++, d.summary());
        Resolution r = d.resolution();
        String kind = null;
        Long amount = null;
        String currency = null;
        Long vnd = null;
        Long units = null;
        String percent = null;
        if (r instanceof Resolution.PartialRefund refund) {
            kind = "REFUND";
            amount = refund.amount().toMinor();
            currency = refund.amount().currencyCode();
            vnd = refund.vndEquivalent() == null ? null : refund.vndEquivalent().toMinor();
        } else if (r instanceof Resolution.Replacement replacement) {
            kind = "REPLACEMENT";
            units = replacement.units();
        } else if (r instanceof Resolution.NextOrderDiscount discount) {
            kind = "DISCOUNT";
            if (discount.amount() != null) {
                amount = discount.amount().toMinor();
                currency = discount.amount().currencyCode();
            } else {
                percent = discount.percent().toPlainString();
            }
        }
        Columns.text(ps, i++, kind);
        Columns.number(ps, i++, amount);
        Columns.text(ps, i++, currency);
        Columns.number(ps, i++, vnd);
        Columns.number(ps, i++, units);
        Columns.text(ps, i++, percent);
        Columns.text(ps, i++, d.buyerLanguage().tag());
        Columns.text(ps, i++, d.factoryMessage());
        Columns.text(ps, i, d.buyerMessage());
    }

    private static void writeEvents(Connection c, Dispute d) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM dispute_event WHERE dispute_id = ?")) {
            delete.setLong(1, d.id());
            delete.executeUpdate();
        }
        String sql = "INSERT INTO dispute_event (dispute_id, position, status, at, note, evidence_ids)"
                + " VALUES (?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int position = 0;
            for (DisputeEvent e : d.events()) {
                ps.setLong(1, d.id());
                ps.setInt(2, position++);
                Columns.text(ps, 3, e.status().name());
                Columns.text(ps, 4, e.at());
                Columns.text(ps, 5, e.note());
                Columns.text(ps, 6, e.evidenceIds().isEmpty() ? null
                        : e.evidenceIds().stream().map(String::valueOf).collect(Collectors.joining(",")));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    @Override
    public List<Dispute> ofOrder(Session s, long orderId) {
        return Sql.call(s, c ->
                query(c, "SELECT " + COLUMNS + " FROM dispute WHERE order_id = ? ORDER BY opened_on, id", orderId));
    }

    @Override
    public List<Dispute> all(Session s) {
        return Sql.call(s, c -> query(c, "SELECT " + COLUMNS + " FROM dispute ORDER BY opened_on DESC, id DESC"));
    }

    @Override
    public Optional<Dispute> byId(Session s, long id) {
        return Sql.call(s, c -> query(c, "SELECT " + COLUMNS + " FROM dispute WHERE id = ?", id).stream().findFirst());
    }

    private static List<Dispute> query(Connection c, String sql, Object... args) throws SQLException {
        List<Dispute> disputes = Rows.list(c, sql, DisputeTable::read, args);
        List<Dispute> withEvents = new ArrayList<>(disputes.size());
        for (Dispute d : disputes) {
            withEvents.add(new Dispute(d.id(), d.orderId(), d.openedOn(), d.status(), d.summary(), d.resolution(),
                    d.buyerLanguage(), d.factoryMessage(), d.buyerMessage(), events(c, d.id())));
        }
        return withEvents;
    }

    private static List<DisputeEvent> events(Connection c, long disputeId) throws SQLException {
        return Rows.list(c, "SELECT status, at, note, evidence_ids FROM dispute_event WHERE dispute_id = ?"
                + " ORDER BY position", rs -> {
                    String ids = rs.getString("evidence_ids");
                    List<Long> evidence = ids == null || ids.isBlank() ? List.of()
                            : Arrays.stream(ids.split(",")).map(String::strip).map(Long::valueOf).toList();
                    return new DisputeEvent(Columns.enumValue(rs, "status", DisputeStatus.class),
                            Columns.dateTime(rs, "at"), rs.getString("note"), evidence);
                }, disputeId);
    }

    private static Dispute read(ResultSet rs) throws SQLException {
        String kind = rs.getString("resolution_kind");
        Resolution resolution = null;
        if (kind != null) {
            Long amount = Columns.nullableLong(rs, "resolution_amount_minor");
            String currency = rs.getString("resolution_currency");
            Money money = amount == null ? null : Money.ofMinor(amount, Currency.getInstance(currency));
            resolution = switch (kind) {
                case "REFUND" -> {
                    Long vnd = Columns.nullableLong(rs, "resolution_vnd_minor");
                    yield new Resolution.PartialRefund(money, vnd == null ? null : Money.ofMinor(vnd, Money.VND));
                }
                case "REPLACEMENT" -> new Resolution.Replacement(rs.getLong("resolution_units"));
                default -> money != null ? Resolution.NextOrderDiscount.ofAmount(money)
                        : Resolution.NextOrderDiscount.ofPercent(new BigDecimal(rs.getString("resolution_percent")));
            };
        }
        return new Dispute(rs.getLong("id"), rs.getLong("order_id"), Columns.date(rs, "opened_on"),
                Columns.enumValue(rs, "status", DisputeStatus.class), rs.getString("summary"), resolution,
                Language.fromTag(rs.getString("buyer_language")), rs.getString("factory_message"),
                rs.getString("buyer_message"), List.of());
    }
}
