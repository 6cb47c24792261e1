package app.dossier.imports;

/**
 * One cell of an export as text. {@code storedAsNumber} when a spreadsheet kept it as a number:
 * the text is then the number as written in the file (such as "2.8374619203847562E18" or
 * "46167.4375"), which says whether digits were lost and turns date serials into dates.
 */
record ExportCell(String text, boolean storedAsNumber) {
    static final ExportCell BLANK = new ExportCell("", false);

    ExportCell {
        text = text == null ? "" : text;
    }

    static ExportCell text(String text) {
        return new ExportCell(text, false);
    }

    boolean isBlank() {
        return text.isBlank();
    }
}
