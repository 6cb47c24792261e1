package app.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Runs a query with its arguments and reads each row into a record. */
final class Rows {
    private Rows() {
    }

    @FunctionalInterface
    interface Reader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** Ids asked for together, in one statement: at most this many. */
    private static final int IDS_AT_A_TIME = 500;

    /** Reads the rows of some ids, given them and their "(?, ?, …)". */
    @FunctionalInterface
    interface SomeIds<T> {
        List<T> read(String marks, Object[] ids) throws SQLException;
    }

    /**
     * The rows of {@code ids} read {@value #IDS_AT_A_TIME} at a time with {@code IN (?, ?, …)}: one
     * round trip to a server for what would be one a row.
     */
    static <T> List<T> byIds(java.util.Collection<Long> ids, SomeIds<T> some) throws SQLException {
        List<Long> all = new ArrayList<>(new java.util.LinkedHashSet<>(ids));
        List<T> result = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IDS_AT_A_TIME) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + IDS_AT_A_TIME));
            result.addAll(some.read("(" + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")",
                    chunk.toArray()));
        }
        return result;
    }

    static <T> List<T> list(Connection c, String sql, Reader<T> reader, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rs.next()) {
                    result.add(reader.read(rs));
                }
                return result;
            }
        }
    }
}
