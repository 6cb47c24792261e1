package app.dossier.packet;

import app.dossier.domain.DossierException;
import java.awt.GraphicsEnvironment;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/** Prints a packet on a printer the user chooses in the system's print dialog. */
public final class PacketPrinter {
    public void print(Path packet) {
        if (GraphicsEnvironment.isHeadless()) {
            throw new DossierException("This computer has no screen to show a print dialog on. Open the packet "
                    + packet + " and print it from a PDF reader.");
        }
        try (PDDocument document = Loader.loadPDF(packet.toFile())) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setJobName(packet.getFileName().toString());
            job.setPageable(new PDFPageable(document));
            if (job.printDialog()) {
                job.print();
            }
        } catch (IOException | PrinterException e) {
            throw new DossierException("The packet could not be printed: " + e.getMessage(), e);
        }
    }
}
