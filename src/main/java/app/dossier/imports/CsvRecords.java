package app.dossier.imports;

import app.dossier.domain.Refusal;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Comma-separated text as spreadsheets write it (RFC 4180): fields in double quotes may hold the
 * separator, line breaks and doubled quotes. The separator is told from the first line: a comma, or
 * a tab or semicolon when those are more frequent there (Excel's "Unicode text" and some European
 * settings). Records are read one at a time from a stream ({@link #next()}), so a file of any size
 * is read holding one record.
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

    /** How far the first line is looked at for the separator. */
    private static final int FIRST_LINE_LOOKED_AT = 64 * 1024;

    private final Reader in;
    private final char[] buffer = new char[64 * 1024];
    private int position;
    private int filled;
    private boolean ended;
    private char separator;
    private int records;

    private CsvRecords(Reader in) {
        this.in = in;
    }

    /** The records of a stream of text, read as they are asked for; the reader is not closed here. */
    static CsvRecords of(Reader in) {
        CsvRecords csv = new CsvRecords(in);
        csv.separator = csv.separatorOfFirstLine();
        return csv;
    }

    /** @throws UnreadableFileException when a quoted field is never closed */
    static List<CsvRecord> parse(String text) {
        CsvRecords csv = of(new StringReader(text));
        List<CsvRecord> all = new ArrayList<>();
        for (CsvRecord record = csv.next(); record != null; record = csv.next()) {
            all.add(record);
        }
        return all;
    }

    /**
     * The next record, or null after the last.
     *
     * @throws UnreadableFileException when a quoted field is never closed
     * @throws UncheckedIOException    when the stream cannot be read
     */
    CsvRecord next() {
        if (!fill()) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean blankSoFar = true;
        int quoteOpenedOn = 0;
        while (fill()) {
            char c = buffer[position];
            if (quoted) {
                if (c == '"') {
                    position++;
                    if (fill() && buffer[position] == '"') {
                        field.append('"');
                        blankSoFar = false;
                        position++;
                    } else {
                        quoted = false;
                    }
                    continue;
                }
                field.append(c);
                blankSoFar &= Character.isWhitespace(c);
                position++;
                continue;
            }
            position++;
            if (c == '"' && blankSoFar) {
                quoted = true;
                quoteOpenedOn = records + 1;
                field.setLength(0);
                blankSoFar = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
                blankSoFar = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && fill() && buffer[position] == '\n') {
                    position++;
                }
                fields.add(field.toString());
                return new CsvRecord(++records, List.copyOf(fields));
            } else {
                field.append(c);
                blankSoFar &= Character.isWhitespace(c);
            }
        }
        if (quoted) {
            throw new UnreadableFileException(Refusal.CSV_QUOTE_NOT_CLOSED.with(quoteOpenedOn));
        }
        if (field.length() == 0 && fields.isEmpty()) {
            return null;
        }
        fields.add(field.toString());
        return new CsvRecord(++records, List.copyOf(fields));
    }

    /** Whether a character is there to read, reading more of the stream when the buffer is used up. */
    private boolean fill() {
        if (position < filled) {
            return true;
        }
        if (ended) {
            return false;
        }
        try {
            int read;
            do {
                read = in.read(buffer, 0, buffer.length);
            } while (read == 0);
            if (read < 0) {
                ended = true;
                return false;
            }
            position = 0;
            filled = read;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The separator most frequent on the first line (as far as the first buffer holds it). */
    private char separatorOfFirstLine() {
        if (!fill()) {
            return ',';
        }
        // the first line, as much of it as one read gives: read on until the line ends or the buffer is full
        while (filled < buffer.length && indexOfLineEnd() < 0 && !ended) {
            try {
                int read = in.read(buffer, filled, Math.min(buffer.length, FIRST_LINE_LOOKED_AT) - filled);
                if (read < 0) {
                    ended = true;
                } else {
                    filled += read;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        int end = indexOfLineEnd();
        int length = end < 0 ? filled : end;
        long commas = 0;
        long tabs = 0;
        long semicolons = 0;
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            commas += c == ',' ? 1 : 0;
            tabs += c == '\t' ? 1 : 0;
            semicolons += c == ';' ? 1 : 0;
        }
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private int indexOfLineEnd() {
        for (int i = 0; i < filled; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
