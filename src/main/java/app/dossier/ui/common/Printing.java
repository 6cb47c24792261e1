package app.dossier.ui.common;

import app.dossier.service.PageImage;
import java.util.Objects;

/**
 * Printing as the window does it: the system's print dialog first, then page after page, and an
 * {@link Outcome} that says how it ended, so that nothing says "printed" unless the printer took the job.
 */
public final class Printing {
    private Printing() {
    }

    /** How a print ended, or why it never began. */
    public enum Outcome {
        /** No printer is set up on this computer: no dialog was shown. */
        NO_PRINTER,
        /** The user cancelled, in the dialog or while printing. */
        CANCELLED,
        /** The printer took every page. */
        PRINTED,
        /** The printer refused a page or the job. */
        FAILED
    }

    /** A job the user confirmed in the print dialog. Pages go to it off the window's thread. */
    public interface Job {
        /** Prints one page, fitted to the paper; false when the printer refused it. */
        boolean print(PageImage page);

        /** Ends the job after its last page: {@code PRINTED} only when the printer took it all. */
        Outcome end();

        /** Stops the job, when drawing a page failed. */
        void cancel();
    }

    /** What the print dialog gave: a job to send the pages to, or the outcome without one. */
    public record Start(Job job, Outcome outcome) {
        public Start {
            if (job == null) {
                Objects.requireNonNull(outcome, "outcome");
            }
        }

        public static Start ended(Outcome outcome) {
            return new Start(null, outcome);
        }

        public static Start with(Job job) {
            return new Start(Objects.requireNonNull(job), null);
        }
    }
}
