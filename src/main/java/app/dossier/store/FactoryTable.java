package app.dossier.store;

import app.dossier.domain.Factory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Factories. */
public final class FactoryTable implements Factories {
    private static final String COLUMNS = "id, name, latin_name, shop_url, wechat_id, contact, notes, folder";

    /** Inserts the factory; an id of 0 lets the database choose one. Returns it with its id. */
    @Override
    public Factory insert(Session s, Factory f) {
        return Sql.call(s, c -> {
            String sql = "INSERT INTO factory (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
            try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                Columns.number(ps, 1, f.id() == 0 ? null : f.id());
                bind(ps, 2, f);
                ps.executeUpdate();
                Factory saved = f.id() != 0 ? f : f.withId(generatedId(ps));
                SearchIndex.factory(c, saved);
                return saved;
            }
        });
    }

    @Override
    public void update(Session s, Factory f) {
        Sql.run(s, c -> {
            String sql = "UPDATE factory SET name = ?, latin_name = ?, shop_url = ?, wechat_id = ?, contact = ?,"
                    + " notes = ?, folder = ? WHERE id = ?";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, 1, f);
                ps.setLong(8, f.id());
                ps.executeUpdate();
            }
            SearchIndex.factory(c, f);
        });
    }

    private static void bind(PreparedStatement ps, int first, Factory f) throws SQLException {
        Columns.text(ps, first, f.name());
        Columns.text(ps, first + 1, f.latinName());
        Columns.text(ps, first + 2, f.shopUrl());
        Columns.text(ps, first + 3, f.wechatId());
        Columns.text(ps, first + 4, f.contact());
        Columns.text(ps, first + 5, f.notes());
        Columns.text(ps, first + 6, f.folder());
    }

    @Override
    public List<Factory> all(Session s) {
        return Sql.call(s, FactoryTable::all);
    }

    static List<Factory> all(Connection c) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM factory ORDER BY lower(name), id");
    }

    @Override
    public Optional<Factory> byId(Session s, long id) {
        return Sql.call(s, c -> query(c, "SELECT " + COLUMNS + " FROM factory WHERE id = ?", id).stream().findFirst());
    }

    @Override
    public List<Factory> byIds(Session s, java.util.Collection<Long> ids) {
        return Sql.call(s, c -> Rows.byIds(ids, (marks, some) ->
                query(c, "SELECT " + COLUMNS + " FROM factory WHERE id IN " + marks, some)));
    }

    /** Factories whose Chinese or Latin name is exactly this, ignoring case. */
    @Override
    public List<Factory> byName(Session s, String name) {
        return Sql.call(s, c ->
                query(c, "SELECT " + COLUMNS + " FROM factory WHERE lower(name) = lower(?) OR lower(latin_name) = lower(?)"
                        + " ORDER BY id", name, name));
    }

    private static List<Factory> query(Connection c, String sql, Object... args) throws SQLException {
        return Rows.list(c, sql, rs -> {
            return new Factory(rs.getLong("id"), rs.getString("name"), rs.getString("latin_name"),
                    rs.getString("shop_url"), rs.getString("wechat_id"), rs.getString("contact"),
                    rs.getString("notes"), rs.getString("folder"));
        }, args);
    }

    static long generatedId(Statement statement) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("the database returned no id");
            }
            return keys.getLong(1);
        }
    }

    @Override
    public void delete(Session s, long id) {
        ArchivedRows.delete(s, "factory", SearchIndex.Kind.FACTORY, id);
    }

    @Override
    public void setArchived(Session s, long id, Instant at) {
        ArchivedRows.set(s, "factory", id, at);
    }

    @Override
    public Map<Long, Instant> archived(Session s) {
        return ArchivedRows.of(s, "factory");
    }
}
