package app.dossier.domain;

/** What importing will do with one order of a file. */
public enum ImportAction {
    /** A new order, and maybe a new factory for its seller. */
    CREATE,
    /** The order is in Dossier and some of its fields will change. */
    UPDATE,
    /** Nothing: the order is already in Dossier as the file has it, or it cannot or need not come in. */
    SKIP
}
