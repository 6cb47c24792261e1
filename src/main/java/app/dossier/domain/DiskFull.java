package app.dossier.domain;

import java.util.Locale;

/** Whether a failure comes from a full disk, however the system or SQLite words it. */
public final class DiskFull {
    private DiskFull() {
    }

    /**
     * Linux and macOS say "No space left on device", Windows "There is not enough space on the
     * disk", SQLite "database or disk is full" ({@code SQLITE_FULL}); the words may sit on a cause.
     */
    public static boolean isCauseOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String text = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (text.contains("no space left on device") || text.contains("not enough space on the disk")
                    || text.contains("disk is full") || text.contains("sqlite_full")) {
                return true;
            }
        }
        return false;
    }
}
