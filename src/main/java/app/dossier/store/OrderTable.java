package app.dossier.store;

import app.dossier.domain.AgreedSpecs;
import app.dossier.domain.Channel;
import app.dossier.domain.Money;
import app.dossier.domain.Order;
import app.dossier.domain.OrderKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Currency;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Orders. The table is called purchase_order because ORDER is an SQL keyword. */
public final class OrderTable implements Orders {
    private static final String COLUMNS = "id, factory_id, order_number, channel, kind, product, colors, sizes,"
            + " packaging, price_at_quantity, quantity, unit, unit_price_minor, currency, ordered_on,"
            + " delivery_deadline, agreed_on, notes, folder";

    @Override
    public Order insert(Session s, Order o) {
        return Sql.call(s, c -> {
            String sql = "INSERT INTO purchase_order (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " ?, ?, ?, ?, ?)";
            try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                Columns.number(ps, 1, o.id() == 0 ? null : o.id());
                bind(ps, 2, o);
                ps.executeUpdate();
                Order saved = o.id() != 0 ? o : o.withId(FactoryTable.generatedId(ps));
                SearchIndex.order(c, saved);
                return saved;
            }
        });
    }

    @Override
    public void update(Session s, Order o) {
        Sql.run(s, c -> {
            String sql = "UPDATE purchase_order SET factory_id = ?, order_number = ?, channel = ?, kind = ?, product = ?,"
                    + " colors = ?, sizes = ?, packaging = ?, price_at_quantity = ?, quantity = ?, unit = ?,"
                    + " unit_price_minor = ?, currency = ?, ordered_on = ?, delivery_deadline = ?, agreed_on = ?,"
                    + " notes = ?, folder = ? WHERE id = ?";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, 1, o);
                ps.setLong(19, o.id());
                ps.executeUpdate();
            }
            SearchIndex.order(c, o);
        });
    }

    private static void bind(PreparedStatement ps, int first, Order o) throws SQLException {
        int i = first;
        ps.setLong(i++, o.factoryId());
        Columns.text(ps, i++, blankToNull(o.orderNumber()));
        Columns.text(ps, i++, o.channel().name());
        Columns.text(ps, i++, o.kind().name());
        Columns.text(ps, i++, o.product());
        AgreedSpecs specs = o.specs() == null ? AgreedSpecs.NONE : o.specs();
        Columns.text(ps, i++, specs.colors());
        Columns.text(ps, i++, specs.sizes());
        Columns.text(ps, i++, specs.packaging());
        Columns.text(ps, i++, specs.priceAtQuantity());
        ps.setLong(i++, o.quantity());
        Columns.text(ps, i++, o.unit());
        ps.setLong(i++, o.unitPrice().toMinor());
        Columns.text(ps, i++, o.unitPrice().currencyCode());
        Columns.text(ps, i++, o.orderedOn());
        Columns.text(ps, i++, o.deliveryDeadline());
        Columns.text(ps, i++, o.agreedOn());
        Columns.text(ps, i++, o.notes());
        Columns.text(ps, i, o.folder());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    @Override
    public List<Order> all(Session s) {
        return Sql.call(s, OrderTable::all);
    }

    static List<Order> all(Connection c) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM purchase_order ORDER BY ordered_on DESC, id DESC");
    }

    @Override
    public List<Order> ofFactory(Session s, long factoryId) {
        return Sql.call(s, c ->
                query(c, "SELECT " + COLUMNS + " FROM purchase_order WHERE factory_id = ? ORDER BY ordered_on DESC, id DESC", factoryId));
    }

    @Override
    public Optional<Order> byId(Session s, long id) {
        return Sql.call(s, c ->
                query(c, "SELECT " + COLUMNS + " FROM purchase_order WHERE id = ?", id).stream().findFirst());
    }

    @Override
    public List<Order> byIds(Session s, java.util.Collection<Long> ids) {
        return Sql.call(s, c -> Rows.byIds(ids, (marks, some) ->
                query(c, "SELECT " + COLUMNS + " FROM purchase_order WHERE id IN " + marks, some)));
    }

    @Override
    public Optional<Order> byNumber(Session s, String number) {
        return Sql.call(s, c ->
                query(c, "SELECT " + COLUMNS + " FROM purchase_order WHERE order_number = ?", number).stream().findFirst());
    }

    private static List<Order> query(Connection c, String sql, Object... args) throws SQLException {
        return Rows.list(c, sql, OrderTable::read, args);
    }

    private static Order read(ResultSet rs) throws SQLException {
        Currency currency = Currency.getInstance(rs.getString("currency"));
        return new Order(
                rs.getLong("id"),
                rs.getLong("factory_id"),
                rs.getString("order_number"),
                Columns.enumValue(rs, "channel", Channel.class),
                Columns.enumValue(rs, "kind", OrderKind.class),
                rs.getString("product"),
                new AgreedSpecs(rs.getString("colors"), rs.getString("sizes"), rs.getString("packaging"),
                        rs.getString("price_at_quantity")),
                rs.getLong("quantity"),
                rs.getString("unit"),
                Money.ofMinor(rs.getLong("unit_price_minor"), currency),
                Columns.date(rs, "ordered_on"),
                Columns.date(rs, "delivery_deadline"),
                Columns.date(rs, "agreed_on"),
                rs.getString("notes"),
                rs.getString("folder"));
    }

    @Override
    public void delete(Session s, long id) {
        ArchivedRows.delete(s, "purchase_order", SearchIndex.Kind.ORDER, id);
    }

    @Override
    public void setArchived(Session s, long id, Instant at) {
        ArchivedRows.set(s, "purchase_order", id, at);
    }

    @Override
    public Map<Long, Instant> archived(Session s) {
        return ArchivedRows.of(s, "purchase_order");
    }
}
