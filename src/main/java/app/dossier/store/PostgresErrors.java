package app.dossier.store;

import java.sql.SQLException;

/** PostgreSQL's errors as {@link StoreException}s, by their SQLSTATE code and the constraint named. */
final class PostgresErrors {
    private PostgresErrors() {
    }

    static StoreException failed(SQLException e) {
        String code = String.valueOf(e.getSQLState());
        String text = String.valueOf(e.getMessage());
        StoreException.Kind kind = switch (code) {
            case "23505" -> text.contains("purchase_order_order_number_key") ? StoreException.Kind.ORDER_NUMBER_TAKEN
                    : text.contains("purchase_order_folder_key") || text.contains("factory_folder_key")
                            ? StoreException.Kind.FOLDER_TAKEN : StoreException.Kind.OTHER;
            case "23503" -> StoreException.Kind.MISSING_RECORD;
            case "23514" -> StoreException.Kind.OUT_OF_RANGE;
            case "55P03", "40001", "40P01", "57014" -> StoreException.Kind.BUSY;
            case "53100" -> StoreException.Kind.DISK_FULL;
            case "25006" -> StoreException.Kind.READ_ONLY;
            default -> StoreException.Kind.OTHER;
        };
        return new StoreException(kind, text, e);
    }
}
