package app.dossier.imports;

import app.dossier.domain.Refusal;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a 1688 buyer order export (买家订单导出), as the .xlsx 1688 gives or as CSV saved from it.
 * The kind of file is told from its content, not its name. Columns are found by their headers.
 *
 * <p>Problems with the whole file (damaged, not an export, columns missing, encoding unknown) stop
 * the import with an {@link UnreadableFileException}: nothing is imported. Problems with one order
 * (an order number that lost digits, an amount that cannot be read) leave that order out and say
 * why in {@link OrderExportReading#refused()}; the other orders come in.
 */
public final class OrderExportReader {
    public OrderExportReading read(Path file) {
        return read(FileBytes.read(file, "a 1688 order export"), String.valueOf(file.getFileName()));
    }

    /** @param fileName the file's name, for messages */
    public OrderExportReading read(byte[] content, String fileName) {
        if (content.length == 0) {
            throw new UnreadableFileException(Refusal.IMPORT_FILE_EMPTY.with(fileName));
        }
        ExportTable table;
        if (TextDecoding.startsWith(content, 'P', 'K', 3, 4)) {
            table = XlsxExport.read(content, fileName);
        } else if (TextDecoding.startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new UnreadableFileException(Refusal.EXPORT_OLD_XLS.with(fileName));
        } else if (looksLikeWorkbookName(fileName)) {
            table = textNamedAsWorkbook(content, fileName);
        } else {
            table = CsvExport.read(content, fileName);
        }
        table.header().requireAll(table.readAs());
        return ExportOrders.read(table);
    }

    /** Some sites save text or a web page under an Excel name; text with the columns is still read. */
    private static ExportTable textNamedAsWorkbook(byte[] content, String fileName) {
        try {
            return CsvExport.read(content, fileName);
        } catch (UnreadableFileException e) {
            throw new UnreadableFileException(Refusal.EXPORT_NOT_A_WORKBOOK.with(fileName), e);
        }
    }

    private static boolean looksLikeWorkbookName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xlsx") || lower.endsWith(".xls");
    }
}
