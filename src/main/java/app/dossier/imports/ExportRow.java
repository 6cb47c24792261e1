package app.dossier.imports;

import java.util.List;

/** One row of an export: its number as the spreadsheet shows it (the first row is 1), and its cells. */
record ExportRow(int number, List<ExportCell> cells) {
    ExportRow {
        cells = List.copyOf(cells);
    }

    ExportCell cell(int index) {
        return index < cells.size() ? cells.get(index) : ExportCell.BLANK;
    }

    List<String> texts() {
        return cells.stream().map(ExportCell::text).toList();
    }

    boolean isBlank() {
        return cells.stream().allMatch(ExportCell::isBlank);
    }
}
