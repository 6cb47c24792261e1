package app.dossier.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** Runs JDBC work for a {@link Session}, and turns SQLite's errors into {@link StoreException}s. */
final class Sql {
    private Sql() {
    }

    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    @FunctionalInterface
    interface Step {
        void run(Connection c) throws SQLException;
    }

    static <T> T call(Session session, Work<T> work) {
        try {
            return work.run(session.connection());
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    static void run(Session session, Step step) {
        try {
            step.run(session.connection());
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** SQLite's error, by its words (the driver gives no other sign of most of them), or PostgreSQL's by its code. */
    static StoreException failed(SQLException e) {
        if (e.getClass().getName().startsWith("org.postgresql.")) {
            return PostgresErrors.failed(e);
        }
        String text = String.valueOf(e.getMessage());
        String lower = text.toLowerCase(Locale.ROOT);
        StoreException.Kind kind;
        String detail = text;
        if (lower.contains("unique constraint failed: purchase_order.order_number")) {
            kind = StoreException.Kind.ORDER_NUMBER_TAKEN;
        } else if (lower.contains("unique constraint failed: purchase_order.folder")
                || lower.contains("unique constraint failed: factory.folder")) {
            kind = StoreException.Kind.FOLDER_TAKEN;
        } else if (lower.contains("foreign key constraint failed")) {
            kind = StoreException.Kind.MISSING_RECORD;
        } else if (lower.contains("check constraint failed")) {
            kind = StoreException.Kind.OUT_OF_RANGE;
            detail = text.substring(text.indexOf("CHECK") < 0 ? 0 : text.indexOf("CHECK"));
        } else if (lower.contains("database is locked") || lower.contains("sqlite_busy")) {
            kind = StoreException.Kind.BUSY;
        } else if (lower.contains("disk is full") || lower.contains("sqlite_full")) {
            kind = StoreException.Kind.DISK_FULL;
        } else if (lower.contains("readonly") || lower.contains("read-only")) {
            kind = StoreException.Kind.READ_ONLY;
        } else {
            kind = StoreException.Kind.OTHER;
        }
        return new StoreException(kind, detail, e);
    }
}
