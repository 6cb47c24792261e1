package app.dossier.imports;

/** A cell that cannot be read; the order it belongs to is left out, with this message. */
final class RowProblem extends RuntimeException {
    RowProblem(int row, ExportColumn column, String cellText, String why) {
        this("Row " + row + ", " + column.header() + quoted(cellText) + ": " + why);
    }

    RowProblem(int row, String why) {
        this("Row " + row + ": " + why);
    }

    private RowProblem(String message) {
        // an expected outcome, told to the user: no stack trace
        super(message, null, false, false);
    }

    private static String quoted(String cellText) {
        return cellText == null || cellText.isBlank() ? "" : " “" + cellText.strip() + "”";
    }
}
