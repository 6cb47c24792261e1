package app.dossier.packet;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.PacketOptions;
import app.dossier.service.ProgressListener;
import app.dossier.service.Workspace;
import app.dossier.domain.PacketCopy;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every page of the sample's packets, both copies, rendered as its reader sees it: each page
 * renders, carries something printed beyond its running head and page number, and is written to
 * {@code target/packet-pages/<copy>-<n>.png} to be looked at (page 1 of the factory's copy is the
 * picture in docs/packet.md).
 */
@Tag("slow")
class PacketPagesTest {
    private static final float DPI = 60;

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(PacketCopy.class)
    void everyPageRendersWithItsContent(PacketCopy copy) throws Exception {
        // the sample as a user loads it, through the services: its defects, its buyer, its dispute
        byte[] pdf;
        try (Workspace workspace = Workspace.withSample(temp.resolve("data"))) {
            long order = workspace.services().orders().find("2837461920384756123").id();
            Path file = temp.resolve(copy.tag() + ".pdf");
            workspace.services().disputes().writePacket(order, PacketOptions.of(copy, null), file, ProgressListener.NONE);
            pdf = Files.readAllBytes(file);
        }
        Path folder = Files.createDirectories(Path.of("target", "packet-pages"));
        try (var old = Files.newDirectoryStream(folder, copy.name().toLowerCase() + "-*.png")) {
            for (Path page : old) {
                Files.delete(page); // a longer packet of an earlier run leaves no stray pages behind
            }
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            assertThat(document.getNumberOfPages()).isGreaterThan(3);
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                BufferedImage page = renderer.renderImageWithDPI(i, DPI, ImageType.RGB);
                ImageIO.write(page, "png", folder.resolve(copy.name().toLowerCase() + "-" + (i + 1) + ".png").toFile());
                // the running head and the page number alone ink well under 1% of an A4 page at this size
                assertThat(inked(page)).as("%s copy, page %d has content", copy, i + 1).isGreaterThan(0.01);
            }
        }
    }

    /** The share of the page's pixels that are not near white. */
    private static double inked(BufferedImage page) {
        long dark = 0;
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                int rgb = page.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (r + g + b < 3 * 200) {
                    dark++;
                }
            }
        }
        return (double) dark / ((long) page.getWidth() * page.getHeight());
    }
}
