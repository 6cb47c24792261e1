package app.dossier.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An export saved as CSV. Excel in China saves CSV in GBK and elsewhere in UTF-8, with or without a
 * byte order mark; the file does not say which. Each reading that decodes cleanly is tried, the
 * likeliest first, and the one whose header names the export's columns is taken.
 */
final class CsvExport {
    /* Some programs write ="2837461920384756123" so that a spreadsheet keeps the digits as text. */
    private static final Pattern KEPT_AS_TEXT = Pattern.compile("=\"(.*)\"", Pattern.DOTALL);

    private CsvExport() {
    }

    /** @throws UnreadableFileException when the encoding cannot be told or the columns are missing */
    static ExportTable read(byte[] content, String fileName) {
        List<TextDecoding.Decoded> readings = TextDecoding.candidates(content);
        if (readings.isEmpty()) {
            throw new UnreadableFileException(fileName + " is neither an .xlsx workbook nor text in UTF-8 or GBK,"
                    + " so nothing was imported. Export the orders from 1688 as .xlsx and import that file.");
        }
        for (TextDecoding.Decoded reading : readings) {
            List<ExportRow> rows = new ArrayList<>();
            for (CsvRecords.CsvRecord record : CsvRecords.parse(reading.text())) {
                rows.add(new ExportRow(record.number(), record.fields().stream().map(CsvExport::cell).toList()));
            }
            Optional<ExportTable> table = ExportTable.find(fileName + ", text in " + reading.encodingName(), rows,
                    false);
            if (table.isPresent()) {
                return table.get();
            }
        }
        throw new UnreadableFileException("The first " + ExportTable.HEADER_SEARCH_ROWS + " rows of " + fileName
                + " do not have the columns of a 1688 order export (" + ExportHeader.requiredHeaders()
                + "), read as " + String.join(" or ", readings.stream().map(TextDecoding.Decoded::encodingName)
                        .toList()) + ". Is this the order export from 1688? If it is, it may be in another"
                + " encoding: open it in Excel or WPS and save it as .xlsx, or as CSV UTF-8.");
    }

    private static ExportCell cell(String field) {
        Matcher keptAsText = KEPT_AS_TEXT.matcher(field.strip());
        return ExportCell.text(keptAsText.matches() ? keptAsText.group(1) : field);
    }
}
