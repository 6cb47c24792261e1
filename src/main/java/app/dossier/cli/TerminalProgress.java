package app.dossier.cli;

import app.dossier.service.ProgressListener;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongFunction;

/**
 * Long work's progress on stderr, for a command that may run for minutes (a chat of 600 MB): a line
 * every tenth of the way, once the work has taken longer than a second, so that a short run prints
 * nothing. The output stays clean for a script reading stdout.
 */
final class TerminalProgress implements ProgressListener {
    private static final long QUIET_MILLIS = 1_000;

    private final PrintWriter err;
    private final LongFunction<String> words;
    private final long started = System.nanoTime();
    private int lastTenth = -1;

    /** @param words the line for a count the work reports as its message ("120,000 messages read") */
    TerminalProgress(PrintWriter err, LongFunction<String> words) {
        this.err = err;
        this.words = words;
    }

    @Override
    public void progress(long done, long total, String message) {
        if ((System.nanoTime() - started) / 1_000_000 < QUIET_MILLIS || total <= 0) {
            return;
        }
        int tenth = (int) Math.min(10, done * 10 / total);
        if (tenth == lastTenth) {
            return;
        }
        lastTenth = tenth;
        long count = message == null || message.isEmpty() ? 0 : Long.parseLong(message);
        err.println(String.format(Locale.ROOT, "%3d%%  %s", tenth * 10, words.apply(count)));
        err.flush();
    }

    @Override
    public boolean cancelled() {
        return false;
    }
}
