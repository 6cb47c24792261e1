package app.dossier.imports;

import java.util.List;
import java.util.Optional;

/**
 * The part of an export that holds orders: its header and the rows below it. {@code readAs} says
 * where they were found, for the preview ("sheet “订单列表” of orders.xlsx").
 */
record ExportTable(String readAs, ExportHeader header, List<ExportRow> rows, boolean date1904) {
    /** Rows searched for the header: exports put a title or a note above it at most. */
    static final int HEADER_SEARCH_ROWS = 20;

    ExportTable {
        rows = List.copyOf(rows);
    }

    /** The header and the rows after it, if the header is among the first rows. */
    static Optional<ExportTable> find(String readAs, List<ExportRow> rows, boolean date1904) {
        for (int i = 0; i < Math.min(rows.size(), HEADER_SEARCH_ROWS); i++) {
            ExportRow row = rows.get(i);
            Optional<ExportHeader> header = ExportHeader.of(row.number(), row.texts());
            if (header.isPresent()) {
                return Optional.of(new ExportTable(readAs, header.get(), rows.subList(i + 1, rows.size()), date1904));
            }
        }
        return Optional.empty();
    }

    ExportCell cell(ExportRow row, ExportColumn column) {
        return header.indexOf(column).map(row::cell).orElse(ExportCell.BLANK);
    }
}
