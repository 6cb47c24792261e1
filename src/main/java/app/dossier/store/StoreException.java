package app.dossier.store;

/**
 * The records could not be read or written. {@link #kind()} says why in terms the services act on
 * (another program holds the database, the disk is full, a rule of the records was broken), so they
 * never read a database's own error text.
 */
public final class StoreException extends RuntimeException {
    /** Why the store refused. */
    public enum Kind {
        /** Another order already has this order number. */
        ORDER_NUMBER_TAKEN,
        /** Another factory or order already uses this folder. */
        FOLDER_TAKEN,
        /** A record refers to one that does not exist. */
        MISSING_RECORD,
        /** A value is outside what the records allow; {@link #detail()} names the rule. */
        OUT_OF_RANGE,
        /** Another program holds the database. */
        BUSY,
        DISK_FULL,
        /** The database's file or folder cannot be written. */
        READ_ONLY,
        /** Anything else; {@link #detail()} holds the database's own words. */
        OTHER
    }

    private final Kind kind;
    private final String detail;

    /** {@code detail}: what to show of the database's words; the message is the database's own, whole. */
    public StoreException(Kind kind, String detail, Throwable cause) {
        super(cause == null ? detail : String.valueOf(cause.getMessage()), cause);
        this.kind = kind;
        this.detail = detail;
    }

    public Kind kind() {
        return kind;
    }

    /** The database's words about the refusal (for {@link Kind#OUT_OF_RANGE}: the rule broken). */
    public String detail() {
        return detail;
    }
}
