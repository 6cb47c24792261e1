package app.dossier.store;

import app.dossier.domain.DossierException;
import app.dossier.domain.Refusal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies every record of one store into another, SQLite's or PostgreSQL's either way: each table's
 * rows as they are, ids kept (so the history, case.json and the steps to undo still name the same
 * records), in one transaction of the store copied into. Then both are read again with {@link
 * RecordDigest} and the copy is kept only when they are equal. On PostgreSQL each table's sequence is
 * moved past the ids copied, so the next record gets an id of its own. Moving a data folder between
 * the stores, a backup made on PostgreSQL (into a SQLite file) and a restore onto it all copy so.
 */
public final class RecordCopy {
    private static final int BATCH = 500;

    /** Told after each batch of rows; may throw to stop the copy, which then keeps nothing. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (table, done, total) -> { };

        void copied(String table, long done, long total);
    }

    private RecordCopy() {
    }

    /**
     * Copies the records of {@code from} into {@code into}, whose tables must hold none (a new
     * database, or one emptied in the same transaction), and checks the copy. Commits nothing: the
     * caller does. Returns the records' digest, the same in both.
     */
    public static RecordDigest copy(Storage from, Transaction into, Progress progress) {
        return from.read(source -> {
            Connection c = source.connection();
            Connection target = into.session().connection();
            try {
                boolean snapshot = isPostgres(c) && c.getAutoCommit();
                if (snapshot) {
                    // one view of the server's records for the whole copy, whoever else writes meanwhile
                    c.setAutoCommit(false);
                    c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                }
                try {
                    return copyAndCheck(c, target, progress);
                } finally {
                    if (snapshot) {
                        c.rollback();
                        c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                        c.setAutoCommit(true);
                    }
                }
            } catch (SQLException e) {
                throw new DossierException(Refusal.RECORDS_NOT_COPIED.with(e.getMessage()), e);
            }
        });
    }

    private static RecordDigest copyAndCheck(Connection from, Connection into, Progress progress) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        long total = 0;
        for (String table : RecordDigest.TABLES) {
            long rows = count(from, table);
            counts.put(table, rows);
            total += rows;
        }
        long done = 0;
        for (String table : RecordDigest.TABLES) {
            done = table(from, into, table, done, total, progress);
        }
        if (isPostgres(into)) {
            moveSequencesPastIds(into);
            // the planner's figures for what was just copied, so the first searches pick the indexes
            // (the server's autovacuum would, but only some time after)
            try (java.sql.Statement s = into.createStatement()) {
                s.execute("ANALYZE " + String.join(", ", RecordDigest.TABLES));
            }
        }
        RecordDigest source = RecordDigest.of(from);
        RecordDigest copied = RecordDigest.of(into);
        List<String> differ = source.differences(copied);
        if (!differ.isEmpty()) {
            throw new DossierException(Refusal.RECORDS_COPIED_NOT_EQUAL.with(String.join(", ", differ)));
        }
        return source;
    }

    private static long table(Connection from, Connection into, String table, long done, long total, Progress progress)
            throws SQLException {
        List<String> columns = columns(from, table);
        List<String> theirs = columns(into, table);
        if (!theirs.containsAll(columns) || !columns.containsAll(theirs)) {
            throw new DossierException(Refusal.RECORDS_NOT_COPIED.with(
                    "the table " + table + " has the columns " + columns + " in one database and " + theirs
                            + " in the other; open both with this Dossier first"));
        }
        String insert = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + "?, ".repeat(columns.size() - 1) + "?)";
        try (Statement read = from.createStatement();
             ResultSet rs = read.executeQuery("SELECT " + String.join(", ", columns) + " FROM " + table
                     + " ORDER BY " + RecordDigest.key(table));
             PreparedStatement write = into.prepareStatement(insert)) {
            int batched = 0;
            while (rs.next()) {
                for (int i = 1; i <= columns.size(); i++) {
                    write.setObject(i, rs.getObject(i));
                }
                write.addBatch();
                if (++batched == BATCH) {
                    write.executeBatch();
                    done += batched;
                    batched = 0;
                    progress.copied(table, done, total);
                }
            }
            if (batched > 0) {
                write.executeBatch();
                done += batched;
            }
            progress.copied(table, done, total);
        } catch (SQLException e) {
            throw new DossierException(Refusal.RECORDS_NOT_COPIED.with(table + ": " + e.getMessage()), e);
        }
        return done;
    }

    private static List<String> columns(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                names.add(meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT));
            }
            return names;
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Each {@code <table>_id_seq} past the table's largest id, as SQLite's next id would be. The
     * insert trigger does it row by row already; this makes sure of it, and never moves one back.
     */
    private static void moveSequencesPastIds(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT sequencename FROM pg_sequences WHERE schemaname = current_schema()")) {
            while (rs.next()) {
                String sequence = rs.getString(1);
                String table = sequence.endsWith("_id_seq") ? sequence.substring(0, sequence.length() - 7) : null;
                if (RecordDigest.TABLES.contains(table)) {
                    tables.add(table);
                }
            }
        }
        try (Statement s = c.createStatement()) {
            for (String table : tables) {
                s.execute("SELECT setval('" + table + "_id_seq', m) FROM (SELECT max(id) AS m FROM " + table
                        + ") AS largest WHERE m > coalesce(pg_sequence_last_value('" + table + "_id_seq'), 0)");
            }
        }
    }

    private static boolean isPostgres(Connection c) throws SQLException {
        return "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
    }
}
