package app.dossier.service;

/** Told how far long work has come; asked whether the user wants it stopped. */
public interface ProgressListener {
    ProgressListener NONE = new ProgressListener() {
        @Override
        public void progress(long done, long total, String message) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** {@code total} may be -1 when it is not known yet. */
    void progress(long done, long total, String message);

    /**
     * Checked between steps; work stops at the next safe point and keeps what is finished (an attach
     * is one change, so a stopped attach keeps nothing).
     */
    boolean cancelled();
}
