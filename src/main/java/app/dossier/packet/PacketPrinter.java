package app.dossier.packet;

import app.dossier.domain.DossierException;
import app.dossier.domain.Refusal;
import java.awt.GraphicsEnvironment;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.nio.file.Path;
import javax.print.PrintServiceLookup;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * Prints a packet on a printer the user chooses in the system's print dialog. A computer without a
 * screen or without a printer is a refusal, said in the user's language, not the print system's English.
 */
public final class PacketPrinter {
    public void print(Path packet) {
        if (GraphicsEnvironment.isHeadless()) {
            throw new DossierException(Refusal.PRINT_NO_SCREEN.with(packet));
        }
        if (PrintServiceLookup.lookupPrintServices(null, null).length == 0) {
            throw new DossierException(Refusal.PRINT_NO_PRINTER.with(packet));
        }
        try (PDDocument document = Loader.loadPDF(packet.toFile())) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setJobName(packet.getFileName().toString());
            job.setPageable(new PDFPageable(document));
            if (job.printDialog()) {
                job.print();
            }
        } catch (IOException | PrinterException e) {
            throw new DossierException(Refusal.PRINT_FAILED.with(packet, e.getMessage()), e);
        }
    }
}
