package app.dossier.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A CSV export's columns found by their names in its first record, and its rows read by those names. */
final class CsvColumns {
    private final Map<String, Integer> index = new HashMap<>();

    private CsvColumns(List<String> header) {
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(header.get(i).strip(), i);
        }
    }

    /** The records of CSV text (a byte order mark left out), the first being the header, read one at a time. */
    static CsvRecords records(String text) {
        return CsvRecords.of(new java.io.StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text));
    }

    static CsvColumns of(CsvRecords.CsvRecord header) {
        return new CsvColumns(header.fields());
    }

    /** Whether a header line, split at its commas, names every one of the columns. */
    static boolean names(String headerLine, List<String> columns) {
        String line = headerLine.startsWith("\uFEFF") ? headerLine.substring(1) : headerLine;
        List<String> names = List.of(line.split(",", -1)).stream()
                .map(n -> n.strip().replace("\"", "")).toList();
        return names.containsAll(columns);
    }

    boolean has(String column) {
        return index.containsKey(column);
    }

    /** The row's value in the column, stripped; "" when the column or the value is not there. */
    String get(CsvRecords.CsvRecord row, String column) {
        Integer i = index.get(column);
        return i == null ? "" : row.field(i).strip();
    }
}
