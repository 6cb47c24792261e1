package app.dossier.domain;

/** What importing will do with one order of a file. */
public enum ImportAction {
    /** A new order, and maybe a new factory for its seller. */
    CREATE,
    /** The order is in Dossier and some of its fields will change. */
    UPDATE,
    /**
     * The order is in Dossier and the file differs from it, but maybe not about the same order, or
     * the order has been received or disputed ({@link Clash}): left as it is unless the user takes
     * the file's side, which makes it an UPDATE.
     */
    CLASH,
    /** Nothing: the order is already in Dossier as the file has it, or it cannot or need not come in. */
    SKIP
}
