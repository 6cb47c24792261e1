package app.dossier.store;

import java.sql.PreparedStatement;
import java.util.List;

/** The history entries, one row each, in the order's chain by their number. */
public final class HistoryTable implements Histories {
    @Override
    public List<String> lines(Session s, long orderId) {
        return Sql.call(s, c -> Rows.list(c, "SELECT line FROM history_entry WHERE order_id = ? ORDER BY seq",
                rs -> rs.getString("line"), orderId));
    }

    @Override
    public void append(Session s, long orderId, int number, String line, String hash) {
        Sql.run(s, c -> {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO history_entry (order_id, seq, line, hash) VALUES (?, ?, ?, ?)")) {
                insert.setLong(1, orderId);
                insert.setInt(2, number);
                insert.setString(3, line);
                insert.setString(4, hash);
                insert.executeUpdate();
            }
        });
    }
}
