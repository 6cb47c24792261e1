package app.dossier.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Everything a user could notice: each file and folder under the root with its hash, and every row. */
public record Snapshot(Map<String, String> tree, List<String> rows) {
    private static final String[] TABLES = {"factory", "purchase_order", "evidence", "payment", "receiving_record",
        "receiving_defect", "receiving_defect_evidence", "dispute", "dispute_event", "chat", "chat_page", "chat_message",
        "search_entry", "business_profile"};

    public static Snapshot of(Workspace workspace) throws Exception {
        Map<String, String> tree = tree(workspace.root());
        tree.putAll(trash(workspace.location().trashFolder()));
        return new Snapshot(tree, rows(workspace.location()));
    }

    /** The files in the trash (its folders come and go with them), under "[Trash]/". */
    public static Map<String, String> trash(Path trash) throws IOException {
        Map<String, String> files = new TreeMap<>();
        tree(trash).forEach((path, hash) -> {
            if (!hash.equals("folder")) {
                files.put("[Trash]/" + path, hash);
            }
        });
        return files;
    }

    /**
     * The case files as the user sees them: the tree without Dossier's own folder ({@code .dossier}, its
     * notes of changes under way when the records are on a server).
     */
    public static Map<String, String> caseFiles(Path root) throws IOException {
        Map<String, String> entries = tree(root);
        entries.keySet().removeIf(path -> path.equals(".dossier") || path.startsWith(".dossier/"));
        return entries;
    }

    public static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        if (!Files.exists(root)) {
            return entries;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                String key = root.relativize(p).toString().replace('\\', '/');
                entries.put(key, Files.isDirectory(p) ? "folder" : sha256(p));
            }
        }
        return entries;
    }

    public static List<String> rows(Path database) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database)) {
            return rows(c, "rowid");
        }
    }

    /** Every row of the data folder's database, in either store. */
    public static List<String> rows(DataLocation location) throws SQLException {
        return location.onPostgres() ? rows(location.database()) : rows(location.databaseFile());
    }

    /** Every row of a PostgreSQL database, in the order of its first columns (it has no rowid). */
    public static List<String> rows(app.dossier.store.DatabaseAddress database) throws SQLException {
        try (Connection c = TestDatabases.connect(database)) {
            return rows(c, "1, 2");
        }
    }

    private static List<String> rows(Connection c, String order) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY " + order)) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder(table).append(':');
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            row.append(' ').append(meta.getColumnName(i)).append('=').append(rs.getString(i));
                        }
                        rows.add(row.toString());
                    }
                }
            }
        }
        return rows;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
