package app.dossier.ui.dispute;

import app.dossier.ui.common.Printing;
import app.dossier.ui.common.Texts;
import java.nio.file.Path;

/**
 * What the window says after printing a packet, from how the print ended: printed only when the printer
 * took every page; no printer and a printer that refused said as warnings that name the saved packet;
 * a cancel calmly, in the status line.
 */
final class PrintReport {
    /** A sentence for the status line, or for a warning. */
    record Said(String text, boolean warning) {
    }

    private PrintReport() {
    }

    static Said of(Printing.Outcome outcome, Path packet, int pages, Texts texts) {
        String name = packet.getFileName().toString();
        return switch (outcome) {
            case PRINTED -> new Said(texts.get("dispute.packet.printed", name, pages), false);
            case CANCELLED -> new Said(texts.get("dispute.packet.print.cancelled"), false);
            case NO_PRINTER -> new Said(texts.get("dispute.packet.print.noPrinter", packet), true);
            case FAILED -> new Said(texts.get("dispute.packet.print.failed", packet), true);
        };
    }
}
