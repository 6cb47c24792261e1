package app.dossier.imports;

import app.dossier.domain.Refusal;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The sheet of an .xlsx workbook that holds the orders: the first sheet, in workbook order, with a
 * header row among its first rows. Numbers are taken as the text the file stores (its raw cell
 * value), never through a double, so a 19-digit order number written whole stays whole.
 */
final class XlsxExport {
    private XlsxExport() {
    }

    /** @throws UnreadableFileException when the workbook is damaged or no sheet has the columns */
    static ExportTable read(byte[] content, String fileName) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            for (Sheet sheet : sheets) {
                Optional<ExportTable> table = ExportTable.find("sheet “" + sheet.getName() + "” of " + fileName,
                        rows(sheet), workbook.isDate1904());
                if (table.isPresent()) {
                    return table.get();
                }
            }
            throw new UnreadableFileException(Refusal.EXPORT_NO_SHEET_WITH_COLUMNS.with(fileName,
                    ExportHeader.requiredHeaders(), ExportTable.HEADER_SEARCH_ROWS,
                    String.join(", ", sheets.stream().map(Sheet::getName).toList())));
        } catch (IOException | UncheckedIOException e) {
            throw damaged(fileName, e);
        } catch (UnreadableFileException e) {
            throw e;
        } catch (RuntimeException e) {
            // the reader throws its own unchecked exceptions for broken zip entries and XML
            throw damaged(fileName, e);
        }
    }

    private static List<ExportRow> rows(Sheet sheet) throws IOException {
        List<ExportRow> rows = new ArrayList<>();
        for (Row row : sheet.read()) {
            List<ExportCell> cells = new ArrayList<>(row.getCellCount());
            for (int i = 0; i < row.getCellCount(); i++) {
                cells.add(cell(row.getCell(i)));
            }
            rows.add(new ExportRow(row.getRowNum(), cells));
        }
        return rows;
    }

    private static ExportCell cell(Cell cell) {
        if (cell == null) {
            return ExportCell.BLANK;
        }
        return switch (cell.getType()) {
            case NUMBER -> new ExportCell(cell.getRawValue(), true);
            case STRING -> ExportCell.text(cell.getText());
            case EMPTY -> ExportCell.BLANK;
            // a formula's value as last calculated; booleans and errors as written (TRUE, #N/A)
            default -> ExportCell.text(cell.getRawValue() == null ? cell.getText() : cell.getRawValue());
        };
    }

    private static UnreadableFileException damaged(String fileName, Exception cause) {
        return new UnreadableFileException(Refusal.EXPORT_DAMAGED_WORKBOOK.with(fileName), cause);
    }
}
