package app.dossier.packet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Lays content down A4 pages from top to bottom: wrapped text, images, boxes and tables, starting a
 * new page when the next piece does not fit. Remembers where each section starts, for the bookmarks.
 */
final class PageFlow {
    static final PDRectangle SIZE = PDRectangle.A4;
    static final float MARGIN = 50;
    static final float TOP = 60;
    static final float BOTTOM = 56;

    /** How a run of text looks. Colors are RGB from 0 to 1. */
    record Style(boolean bold, float size, float r, float g, float b) {
        static final Style BODY = new Style(false, 10, 0.1f, 0.1f, 0.1f);
        static final Style SMALL = new Style(false, 8, 0.3f, 0.3f, 0.3f);
        static final Style TABLE = new Style(false, 7.5f, 0.1f, 0.1f, 0.1f);
        static final Style TABLE_HEAD = new Style(true, 7.5f, 0.1f, 0.1f, 0.1f);
        static final Style LABEL = new Style(true, 9, 0.35f, 0.35f, 0.35f);
        static final Style H1 = new Style(true, 16, 0.08f, 0.2f, 0.4f);
        static final Style H2 = new Style(true, 11.5f, 0.1f, 0.1f, 0.1f);
        static final Style TITLE = new Style(true, 24, 0.08f, 0.2f, 0.4f);
        static final Style WARNING = new Style(true, 10, 0.72f, 0.1f, 0.1f);
        static final Style EXHIBIT = new Style(true, 10, 0.08f, 0.2f, 0.4f);

        float leading() {
            return size * 1.5f;
        }
    }

    /** A section's first position, for its bookmark; an exhibit's bookmark is a child of its section's. */
    record Mark(String title, PDPage page, float top, boolean child) {
    }

    private final PDDocument document;
    private final PacketFonts fonts;
    private final List<Mark> marks = new ArrayList<>();
    private PDPage page;
    private PDPageContentStream content;
    private float y;
    private Mark pictureTop;

    PageFlow(PDDocument document, PacketFonts fonts) {
        this.document = document;
        this.fonts = fonts;
    }

    float left() {
        return MARGIN;
    }

    /** Room a section needs below its heading on the page it starts on: its first lines, not a lone title. */
    static final float SECTION_KEEP = 160;
    /** For a section that must start on a page of its own (a category of files, whose photos fill pages). */
    static final float NEW_PAGE = Float.MAX_VALUE;
    private static final float SECTION_GAP = 22;

    float width() {
        return SIZE.getWidth() - 2 * MARGIN;
    }

    float y() {
        return y;
    }

    PacketFonts fonts() {
        return fonts;
    }

    List<Mark> marks() {
        return List.copyOf(marks);
    }

    void newPage() throws IOException {
        closeContent();
        page = new PDPage(SIZE);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = SIZE.getHeight() - TOP;
    }

    /** Starts a new page unless {@code height} points still fit on this one. */
    void ensure(float height) throws IOException {
        if (page == null || y - height < BOTTOM) {
            newPage();
        }
    }

    /** Space still free on this page. */
    float room() {
        return y - BOTTOM;
    }

    void space(float points) {
        y -= points;
    }

    /**
     * A section heading with a bookmark. Sections flow: one starts below the last when there is room
     * for its heading and the start of what follows ({@link #SECTION_KEEP}), else on a new page, so
     * a short section does not cost a page of its own.
     */
    void section(String title, String bookmark) throws IOException {
        section(title, bookmark, SECTION_KEEP);
    }

    /** As {@link #section(String, String)}, on a new page unless {@code keep} points fit below the heading. */
    void section(String title, String bookmark, float keep) throws IOException {
        if (page == null || room() < keep) {
            newPage();
        } else {
            space(SECTION_GAP);
        }
        marks.add(new Mark(bookmark, page, y + 8, false));
        text(title, Style.H1, 0);
        rule();
        space(6);
    }

    /** A heading kept together with at least {@code keep} points of what follows it. */
    void heading(String title, Style style, float keep) throws IOException {
        ensure(style.leading() * lines(title, style, 0).size() + keep);
        text(title, style, 0);
        space(2);
    }

    void rule() throws IOException {
        content.setStrokingColor(0.75f, 0.75f, 0.75f);
        content.setLineWidth(0.6f);
        content.moveTo(left(), y + 2);
        content.lineTo(left() + width(), y + 2);
        content.stroke();
        space(4);
    }

    List<String> lines(String text, Style style, float indent) {
        PDFont font = font(style);
        return TextLines.wrap(fonts.printable(text), width() - indent, s -> fonts.width(font, style.size(), s));
    }

    /** Wrapped text over the full width (less {@code indent}), breaking pages between lines. */
    void text(String text, Style style, float indent) throws IOException {
        for (String line : lines(text, style, indent)) {
            ensure(style.leading());
            show(line, style, left() + indent, y - style.size());
            y -= style.leading();
        }
    }

    /** A label and its value, side by side: "Factory   义乌市…". The value wraps beside the label. */
    void field(String label, String value, float labelWidth) throws IOException {
        field(label, value, labelWidth, Style.BODY);
    }

    void field(String label, String value, float labelWidth, Style valueStyle) throws IOException {
        List<String> labelLines = TextLines.wrap(fonts.printable(label), labelWidth - 6,
                s -> fonts.width(font(Style.LABEL), Style.LABEL.size(), s));
        List<String> valueLines = TextLines.wrap(fonts.printable(value), width() - labelWidth,
                s -> fonts.width(font(valueStyle), valueStyle.size(), s));
        float height = Math.max(labelLines.size() * Style.LABEL.leading(), valueLines.size() * valueStyle.leading());
        ensure(height);
        float top = y;
        for (String line : labelLines) {
            show(line, Style.LABEL, left(), y - valueStyle.size());
            y -= Style.LABEL.leading();
        }
        y = top;
        for (String line : valueLines) {
            show(line, valueStyle, left() + labelWidth, y - valueStyle.size());
            y -= valueStyle.leading();
        }
        y = top - height - 2;
    }

    void image(PDImageXObject image, float x, float width, float height) throws IOException {
        if (pictureTop == null || pictureTop.page() != page) {
            pictureTop = new Mark(null, page, y + 4, true);
        }
        content.drawImage(image, x, y - height, width, height);
        y -= height;
    }

    /**
     * A bookmark under the last section's for the exhibit whose label comes next: it opens at the top of
     * the exhibit's picture when the picture is on this page, else at the label.
     */
    void exhibitMark(String title) {
        float top = pictureTop != null && pictureTop.page() == page ? pictureTop.top() : y + 8;
        marks.add(new Mark(title, page, top, true));
        pictureTop = null;
    }

    /** Draws an image with its top left corner at ({@code x}, {@code top}); the flow does not move. */
    void imageAt(PDImageXObject image, float x, float top, float width, float height) throws IOException {
        content.drawImage(image, x, top - height, width, height);
    }

    /** An unfilled rectangle with its top left corner at ({@code x}, {@code top}); the flow does not move. */
    void frame(float x, float top, float width, float height, float lineWidth, float r, float g, float b)
            throws IOException {
        content.setStrokingColor(r, g, b);
        content.setLineWidth(lineWidth);
        content.addRect(x, top - height, width, height);
        content.stroke();
    }

    /** A framed box of the given height with lines of text in it, for an image that cannot be shown. */
    void placeholder(float height, List<String> lines) throws IOException {
        ensure(height);
        content.setNonStrokingColor(0.95f, 0.95f, 0.95f);
        content.addRect(left(), y - height, width(), height);
        content.fill();
        content.setStrokingColor(0.6f, 0.6f, 0.6f);
        content.setLineWidth(0.8f);
        content.addRect(left(), y - height, width(), height);
        content.stroke();
        float top = y;
        y -= 14;
        for (String line : lines) {
            text(line, line == lines.get(0) ? Style.WARNING : Style.SMALL, 12);
        }
        y = top - height;
    }

    /**
     * A table with a shaded header row that is repeated on every page the table runs onto; an empty
     * header means none (a table of labels and values).
     */
    void table(float[] columnWidths, List<String> header, List<List<String>> rows) throws IOException {
        float pad = 3;
        float[] widths = fitColumns(columnWidths, header, rows, pad);
        if (header.isEmpty()) {
            for (List<String> row : rows) {
                List<List<String>> cells = wrapRow(widths, row, Style.TABLE, pad);
                float height = rowHeight(cells, Style.TABLE, pad);
                ensure(height);
                drawRow(widths, cells, Style.TABLE, pad, height, false);
            }
            return;
        }
        List<List<String>> headCells = wrapRow(widths, header, Style.TABLE_HEAD, pad);
        float headHeight = rowHeight(headCells, Style.TABLE_HEAD, pad);
        boolean headDrawn = false;
        for (List<String> row : rows) {
            List<List<String>> cells = wrapRow(widths, row, Style.TABLE, pad);
            float height = rowHeight(cells, Style.TABLE, pad);
            if (!headDrawn || y - height < BOTTOM) {
                ensure(headHeight + height);
                drawRow(widths, headCells, Style.TABLE_HEAD, pad, headHeight, true);
                headDrawn = true;
            }
            drawRow(widths, cells, Style.TABLE, pad, height, false);
        }
        if (!headDrawn) {
            ensure(headHeight);
            drawRow(widths, headCells, Style.TABLE_HEAD, pad, headHeight, true);
        }
    }

    /** The widths, widened where a column's longest word would otherwise be cut (see {@link TextLines#fitColumns}). */
    private float[] fitColumns(float[] widths, List<String> header, List<List<String>> rows, float pad) {
        float[] needed = new float[widths.length];
        for (int i = 0; i < widths.length; i++) {
            double widest = 0;
            if (i < header.size() && header.get(i) != null) {
                PDFont headFont = font(Style.TABLE_HEAD);
                widest = TextLines.longestWord(fonts.printable(header.get(i)),
                        s -> fonts.width(headFont, Style.TABLE_HEAD.size(), s));
            }
            PDFont font = font(Style.TABLE);
            for (List<String> row : rows) {
                if (i < row.size() && row.get(i) != null) {
                    widest = Math.max(widest, TextLines.longestWord(fonts.printable(row.get(i)),
                            s -> fonts.width(font, Style.TABLE.size(), s)));
                }
            }
            needed[i] = (float) Math.ceil(widest + 2 * pad + 0.5);
        }
        return TextLines.fitColumns(widths, needed);
    }

    private List<List<String>> wrapRow(float[] widths, List<String> row, Style style, float pad) {
        List<List<String>> cells = new ArrayList<>();
        PDFont font = font(style);
        for (int i = 0; i < widths.length; i++) {
            String cell = i < row.size() && row.get(i) != null ? row.get(i) : "";
            cells.add(TextLines.wrap(fonts.printable(cell), widths[i] - 2 * pad,
                    s -> fonts.width(font, style.size(), s)));
        }
        return cells;
    }

    private static float rowHeight(List<List<String>> cells, Style style, float pad) {
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        return lines * style.size() * 1.3f + 2 * pad + 1;
    }

    private void drawRow(float[] widths, List<List<String>> cells, Style style, float pad, float height,
            boolean shaded) throws IOException {
        float x = left();
        if (shaded) {
            content.setNonStrokingColor(0.9f, 0.92f, 0.95f);
            content.addRect(x, y - height, sum(widths), height);
            content.fill();
        }
        content.setStrokingColor(0.7f, 0.7f, 0.7f);
        content.setLineWidth(0.4f);
        for (int i = 0; i < widths.length; i++) {
            content.addRect(x, y - height, widths[i], height);
            content.stroke();
            float lineY = y - pad - style.size();
            for (String line : cells.get(i)) {
                show(line, style, x + pad, lineY);
                lineY -= style.size() * 1.3f;
            }
            x += widths[i];
        }
        y -= height;
    }

    private static float sum(float[] widths) {
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        return total;
    }

    /** Shows one line of already printable text at a baseline. */
    void show(String line, Style style, float x, float baseline) throws IOException {
        if (line.isEmpty()) {
            return;
        }
        content.beginText();
        content.setFont(font(style), style.size());
        content.setNonStrokingColor(style.r(), style.g(), style.b());
        content.newLineAtOffset(x, baseline);
        content.showText(line);
        content.endText();
    }

    PDFont font(Style style) {
        return style.bold() ? fonts.bold : fonts.regular;
    }

    /** Writes the running header, and {@code footerText} (may be empty) with "page n of m", on every page. */
    void finish(String header, String footerText, java.util.function.IntFunction<String> pageLabel) throws IOException {
        closeContent();
        int count = document.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            PDPage each = document.getPage(i);
            try (PDPageContentStream footer = new PDPageContentStream(document, each,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                content = footer;
                String head = fonts.printable(header);
                List<String> headLines = TextLines.wrap(head, width(), s -> fonts.width(fonts.regular, Style.SMALL.size(), s));
                show(headLines.get(0), Style.SMALL, left(), SIZE.getHeight() - 34);
                footer.setStrokingColor(0.8f, 0.8f, 0.8f);
                footer.setLineWidth(0.5f);
                footer.moveTo(left(), SIZE.getHeight() - 40);
                footer.lineTo(left() + width(), SIZE.getHeight() - 40);
                footer.stroke();
                String label = fonts.printable(pageLabel.apply(i + 1));
                float w = fonts.width(fonts.regular, Style.SMALL.size(), label);
                show(label, Style.SMALL, left() + width() - w, 30);
                String left = fonts.printable(footerText);
                if (!left.isEmpty() && fonts.width(fonts.regular, Style.SMALL.size(), left) < width() - w - 12) {
                    show(left, Style.SMALL, left(), 30);
                }
            }
        }
        content = null;
    }

    private void closeContent() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }
}
