package app.dossier.packet;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A written packet's pages drawn as pictures, one at a time, for the window's printer: JavaFX prints
 * what it can draw, not a PDF. Open while printing; close it after.
 */
public final class PacketPages implements AutoCloseable {
    /** Enough for text and photos on paper, and one A4 page is then about 9 MB in memory. */
    public static final float DPI = 150;

    private final PDDocument document;
    private final PDFRenderer renderer;

    private PacketPages(PDDocument document) {
        this.document = document;
        this.renderer = new PDFRenderer(document);
    }

    /** @throws IOException when the file is gone or is not a PDF that can be read */
    public static PacketPages open(Path packet) throws IOException {
        return new PacketPages(Loader.loadPDF(packet.toFile()));
    }

    public int count() {
        return document.getNumberOfPages();
    }

    /** Page {@code index} (from 0) in colour at {@link #DPI}, white behind. */
    public BufferedImage page(int index) throws IOException {
        return renderer.renderImageWithDPI(index, DPI, ImageType.RGB);
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
