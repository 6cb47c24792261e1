package app.dossier.service;

/**
 * One difference between the database and the case-file tree. {@code path} is relative to the
 * case-files root.
 */
public record Problem(Kind kind, String path, String detail) {
    public enum Kind {
        /** In the database, not on disk. */
        MISSING,
        /** On disk with other content than was recorded. */
        MODIFIED,
        /** On disk, not in the database. */
        ORPHAN,
        /** A case.json or factory.json that does not say what the database says. */
        DRIFT,
        /** An order's history whose hash chain breaks, or that differs from the database's copy. */
        HISTORY
    }

    /** The line the command line prints: "MISSING Factory/2026-09-02 123/Payments/a.png". */
    public String line() {
        if (kind == Kind.HISTORY) {
            // Which entry is the point: "HISTORY Factory/2026-09-02 123/history.jsonl: entry 4 …".
            return kind + " " + path + ": " + detail;
        }
        return kind + " " + path;
    }
}
