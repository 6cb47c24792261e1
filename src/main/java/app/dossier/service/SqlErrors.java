package app.dossier.service;

import java.sql.SQLException;
import java.util.Locale;

/** Database errors in words a user can act on. */
final class SqlErrors {
    private SqlErrors() {
    }

    static String describe(SQLException e) {
        String text = String.valueOf(e.getMessage());
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("unique constraint failed: purchase_order.order_number")) {
            return "another order already has this order number.";
        }
        if (lower.contains("unique constraint failed: purchase_order.folder")
                || lower.contains("unique constraint failed: factory.folder")) {
            return "another record already uses this folder.";
        }
        if (lower.contains("foreign key constraint failed")) {
            return "it refers to a record that does not exist.";
        }
        if (lower.contains("check constraint failed")) {
            return "a value is out of range (" + text.substring(text.indexOf("CHECK") < 0 ? 0 : text.indexOf("CHECK"))
                    + ").";
        }
        if (lower.contains("database is locked") || lower.contains("sqlite_busy")) {
            return "the database is in use by another program, perhaps a second Dossier. Close it and try again.";
        }
        if (lower.contains("disk is full") || lower.contains("sqlite_full")) {
            return "the disk is full. Free some space and try again.";
        }
        if (lower.contains("readonly") || lower.contains("read-only")) {
            return "the database cannot be written (the folder or file is read-only).";
        }
        return "the database refused the change (" + text + ").";
    }
}
