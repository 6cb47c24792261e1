package app.dossier.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

/** What Flyway's history table of a database says, read without loading Flyway. */
final class SchemaHistory {
    private SchemaHistory() {
    }

    /**
     * True when every migration up to {@code newest} is recorded as applied and none failed. Flyway
     * then has nothing to do, and loading it would be most of the start of a command (about a second
     * of a cold JVM); in any other case it runs, and says what is wrong. {@code historyExists}
     * counts the history tables of that name the database has (its catalogue is its own).
     */
    static boolean upToDate(Connection connection, String historyExists, int newest) {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(historyExists)) {
            if (!rs.next() || rs.getInt(1) == 0) {
                return false;
            }
            try (ResultSet history = statement.executeQuery("SELECT version, success FROM flyway_schema_history"
                    + " WHERE version IS NOT NULL")) {
                Set<String> applied = new HashSet<>();
                while (history.next()) {
                    if (!history.getBoolean(2)) {
                        return false;
                    }
                    applied.add(history.getString(1));
                }
                for (int v = 1; v <= newest; v++) {
                    if (!applied.remove(Integer.toString(v))) {
                        return false;
                    }
                }
                return applied.isEmpty();
            }
        } catch (SQLException e) {
            return false;
        }
    }
}
