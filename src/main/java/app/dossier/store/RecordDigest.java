package app.dossier.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the records of a store are, table by table: how many rows, and a SHA-256 of every row's
 * values, read the same way from SQLite and from PostgreSQL (rows by their key, columns by name,
 * each value by what it is: a whole number, a fraction, a text), so that two stores holding the same
 * records give the same digest whatever their types are called. A move between the stores, a backup
 * made on PostgreSQL and a restore onto it are each checked with it before they are kept.
 */
public record RecordDigest(Map<String, TableRows> tables) {
    /** One table's rows counted and hashed. */
    public record TableRows(long rows, String sha256) {
    }

    /** Every table of records in the order a copy fills them: each after the ones its rows refer to. */
    static final List<String> TABLES = List.of("factory", "purchase_order", "evidence", "payment",
            "receiving_record", "receiving_defect", "receiving_defect_evidence", "dispute", "dispute_event", "chat",
            "chat_page", "chat_message", "search_entry", "business_profile", "history_entry");

    /** The records of the read or transaction {@code session}. */
    public static RecordDigest of(Session session) {
        return Sql.call(session, RecordDigest::of);
    }

    static RecordDigest of(Connection c) throws SQLException {
        Map<String, TableRows> tables = new LinkedHashMap<>();
        for (String table : TABLES) {
            tables.put(table, table(c, table));
        }
        return new RecordDigest(tables);
    }

    /** The columns that order a table's rows, the same in both stores. */
    static String key(String table) {
        return switch (table) {
            case "receiving_defect_evidence" -> "defect_id, evidence_id";
            case "chat", "chat_page" -> "evidence_id";
            default -> "id";
        };
    }

    private static TableRows table(Connection c, String table) throws SQLException {
        MessageDigest sha = sha256();
        long rows = 0;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY " + key(table))) {
            ResultSetMetaData meta = rs.getMetaData();
            String[] names = new String[meta.getColumnCount()];
            for (int i = 0; i < names.length; i++) {
                names[i] = meta.getColumnName(i + 1).toLowerCase(java.util.Locale.ROOT);
            }
            Integer[] byName = new Integer[names.length];
            for (int i = 0; i < names.length; i++) {
                byName[i] = i;
            }
            Arrays.sort(byName, (a, b) -> names[a].compareTo(names[b]));
            while (rs.next()) {
                rows++;
                for (int i : byName) {
                    add(sha, names[i]);
                    add(sha, value(rs.getObject(i + 1)));
                }
                sha.update((byte) '\n');
            }
        }
        return new TableRows(rows, HexFormat.of().formatHex(sha.digest()));
    }

    /** A value as both stores give it: SQLite's Integer is PostgreSQL's Long, a REAL its DOUBLE PRECISION. */
    private static String value(Object value) {
        if (value == null) {
            return "N";
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return "I" + ((Number) value).longValue();
        }
        if (value instanceof Double || value instanceof Float) {
            return "R" + ((Number) value).doubleValue();
        }
        if (value instanceof byte[] bytes) {
            return "B" + HexFormat.of().formatHex(bytes);
        }
        return "T" + value;
    }

    /** Each part with its length before it, so that no two rows run together into the same bytes. */
    private static void add(MessageDigest sha, String part) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        sha.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        sha.update(bytes);
    }

    /** Whether no table holds a row. */
    public boolean isEmpty() {
        return tables.values().stream().allMatch(t -> t.rows() == 0);
    }

    public long rows(String table) {
        return tables.get(table).rows();
    }

    /** Every row of every table. */
    public long rows() {
        return tables.values().stream().mapToLong(TableRows::rows).sum();
    }

    /** The tables whose rows differ from {@code other}'s, with both counts: "payment (9 and 8 rows)". */
    public List<String> differences(RecordDigest other) {
        List<String> differ = new ArrayList<>();
        for (Map.Entry<String, TableRows> table : tables.entrySet()) {
            TableRows there = other.tables.get(table.getKey());
            if (!table.getValue().equals(there)) {
                differ.add(table.getKey() + " (" + table.getValue().rows() + " and "
                        + (there == null ? 0 : there.rows()) + " rows)");
            }
        }
        return differ;
    }

    /** The tables that hold rows, with how many: "factory 3, purchase_order 12". */
    public String summary() {
        StringBuilder text = new StringBuilder();
        tables.forEach((name, table) -> {
            if (table.rows() > 0) {
                text.append(text.length() == 0 ? "" : ", ").append(name).append(' ').append(table.rows());
            }
        });
        return text.toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
