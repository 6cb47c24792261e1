package app.dossier.imports;

import app.dossier.domain.Refusal;
import java.util.ArrayList;
import java.util.List;

/**
 * Comma-separated text as spreadsheets write it (RFC 4180): fields in double quotes may hold the
 * separator, line breaks and doubled quotes. The separator is told from the first line: a comma, or
 * a tab or semicolon when those are more frequent there (Excel's "Unicode text" and some European
 * settings).
 */
final class CsvRecords {
    /** One record: its number as a spreadsheet would show it (the first is 1), and its fields. */
    record CsvRecord(int number, List<String> fields) {
        String field(int index) {
            return index < fields.size() ? fields.get(index) : "";
        }

        boolean isBlank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    private CsvRecords() {
    }

    /** @throws UnreadableFileException when a quoted field is never closed */
    static List<CsvRecord> parse(String text) {
        char separator = separator(text);
        List<CsvRecord> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int quoteOpenedOn = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
                i++;
                continue;
            }
            if (c == '"' && field.toString().isBlank()) {
                quoted = true;
                quoteOpenedOn = records.size() + 1;
                field.setLength(0);
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' || c == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                records.add(new CsvRecord(records.size() + 1, List.copyOf(fields)));
                fields.clear();
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                field.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new UnreadableFileException(Refusal.CSV_QUOTE_NOT_CLOSED.with(quoteOpenedOn));
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(new CsvRecord(records.size() + 1, List.copyOf(fields)));
        }
        return records;
    }

    private static char separator(String text) {
        int end = text.indexOf('\n');
        String firstLine = end < 0 ? text : text.substring(0, end);
        long commas = firstLine.chars().filter(c -> c == ',').count();
        long tabs = firstLine.chars().filter(c -> c == '\t').count();
        long semicolons = firstLine.chars().filter(c -> c == ';').count();
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }
}
