package app.dossier.cli;

import app.dossier.service.MoveReport;
import app.dossier.service.ProgressListener;
import java.io.PrintWriter;

/**
 * A move's progress on the terminal's error stream: a line per table copied (and per 10,000 rows of a
 * long one), then one as the case files are verified against the moved records; and what it did.
 */
final class MoveProgress implements ProgressListener {
    private static final long EVERY = 10_000;
    private final PrintWriter err;
    private String table = "";
    private long said;
    private boolean verifying;

    MoveProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void progress(long done, long total, String message) {
        if (verifying) {
            return;
        }
        if (total < 0) {
            verifying = true;
            err.println("Verifying the case files against the moved records…");
        } else if (!message.equals(table) || done - said >= EVERY) {
            table = message;
            said = done;
            err.println("Copied " + message + ": " + done + " of " + total + " rows");
        }
        err.flush();
    }

    @Override
    public boolean cancelled() {
        return false;
    }

    /** What a move did, as {@code dossier move-to-…} prints it. */
    static void print(MoveReport report, PrintWriter out) {
        String into = report.location().records();
        out.println("Moved " + report.factories() + " factories, " + report.orders() + " orders, " + report.files()
                + " files and " + report.payments() + " payments into " + into + ": every table checked, "
                + report.allRows() + " rows the same in both.");
        out.println("The data folder " + report.location().dataFolder() + " now keeps its records in " + into + ".");
        RestoreCommand.printVerify(report.verify(), "as they were before the move", out);
    }
}
