package app.dossier.imports;

import app.dossier.domain.Refusal;
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
            throw new UnreadableFileException(Refusal.EXPORT_NOT_TEXT.with(fileName));
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
        throw new UnreadableFileException(Refusal.EXPORT_TEXT_WITHOUT_COLUMNS.with(ExportTable.HEADER_SEARCH_ROWS,
                fileName, ExportHeader.requiredHeaders(),
                String.join(" or ", readings.stream().map(TextDecoding.Decoded::encodingName).toList())));
    }

    private static ExportCell cell(String field) {
        Matcher keptAsText = KEPT_AS_TEXT.matcher(field.strip());
        return ExportCell.text(keptAsText.matches() ? keptAsText.group(1) : field);
    }
}
