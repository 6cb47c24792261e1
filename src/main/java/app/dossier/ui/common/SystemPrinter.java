package app.dossier.ui.common;

import app.dossier.service.PageImage;
import javafx.print.PageLayout;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;

/**
 * JavaFX's own printing: its print dialog, owned by the window, and each page printed as a picture
 * fitted to the printable area of the paper chosen there. Without a printer set up no dialog is shown.
 */
public final class SystemPrinter {
    private SystemPrinter() {
    }

    /** Shows the print dialog (on the window's thread); the job when the user chose Print. */
    public static Printing.Start start(Window owner, String jobName) {
        if (Printer.getDefaultPrinter() == null && Printer.getAllPrinters().isEmpty()) {
            return Printing.Start.ended(Printing.Outcome.NO_PRINTER);
        }
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return Printing.Start.ended(Printing.Outcome.NO_PRINTER);
        }
        job.getJobSettings().setJobName(jobName);
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return Printing.Start.ended(Printing.Outcome.CANCELLED);
        }
        return Printing.Start.with(new FxJob(job));
    }

    private record FxJob(PrinterJob job) implements Printing.Job {
        @Override
        public boolean print(PageImage page) {
            WritableImage image = new WritableImage(page.width(), page.height());
            image.getPixelWriter().setPixels(0, 0, page.width(), page.height(), PixelFormat.getIntArgbInstance(),
                    page.argb(), 0, page.width());
            PageLayout layout = job.getJobSettings().getPageLayout();
            ImageView view = new ImageView(image);
            view.setPreserveRatio(true);
            view.setSmooth(true);
            view.setFitWidth(layout.getPrintableWidth());
            view.setFitHeight(layout.getPrintableHeight());
            return job.printPage(view);
        }

        @Override
        public Printing.Outcome end() {
            if (job.endJob()) {
                return Printing.Outcome.PRINTED;
            }
            return job.getJobStatus() == PrinterJob.JobStatus.CANCELED ? Printing.Outcome.CANCELLED
                    : Printing.Outcome.FAILED;
        }

        @Override
        public void cancel() {
            job.cancelJob();
        }
    }
}
