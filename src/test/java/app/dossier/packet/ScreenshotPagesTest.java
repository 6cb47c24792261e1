package app.dossier.packet;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.Evidence;
import app.dossier.domain.SampleCases;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A phone screenshot of a chat prints large enough to read: its smallest text, 32 pixels tall on a
 * 1080-pixel screen (12 dp at 420 dpi: times, quotes), comes out at 8 pt or more.
 */
@Tag("slow")
class ScreenshotPagesTest {
    private static final int SCREEN = 1080;
    private static final int SMALL_TEXT = 32;

    @Test
    void aChatScreenshotPrintsItsSmallestTextAtEightPointsOnAPageOfItsOwn(@TempDir Path dir) throws Exception {
        ImageIO.write(PhotoQualityTest.withoutAlpha(chat(SCREEN, 2340)), "png", dir.resolve("Screenshot_chat.png").toFile());
        SyntheticPhotos.writeAsStored(dir.resolve("IMG_0001.jpg"), SyntheticPhotos.inspection(1600, 1200,
                new java.util.Random(1)), 1, 0.9f);
        List<Evidence> evidence = List.of(PhotoQualityTest.photo(1, dir.resolve("IMG_0001.jpg")),
                PhotoQualityTest.photo(2, dir.resolve("Screenshot_chat.png")));

        byte[] pdf = PhotoQualityTest.packet(SampleCases.withEvidence(SampleCases.shortCase(), evidence),
                e -> PacketPhoto.upright(dir.resolve(e.fileName())));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<DrawnImages.Drawn> drawn = DrawnImages.of(document);
            assertThat(drawn).hasSize(2);
            DrawnImages.Drawn screenshot = drawn.get(1);
            float textPoints = screenshot.width() * SMALL_TEXT / SCREEN;
            System.out.printf(java.util.Locale.ROOT, "screenshot printed %.0f x %.0f pt (%.0f mm wide): small text %.1f pt%n",
                    screenshot.width(), screenshot.height(), screenshot.width() / 72 * 25.4, textPoints);
            assertThat(textPoints).isGreaterThanOrEqualTo(8f);
            assertThat(screenshot.height() / screenshot.width()).isCloseTo(2340f / 1080, org.assertj.core.data.Offset.offset(0.01f));
            assertThat(drawn.stream().filter(d -> d.page() == screenshot.page())).hasSize(1);
        }
    }

    @Test
    void aLongScrollingScreenshotIsCutIntoPagesAtReadableWidth(@TempDir Path dir) throws Exception {
        ImageIO.write(PhotoQualityTest.withoutAlpha(chat(SCREEN, 6000)), "png", dir.resolve("Screenshot_long.png").toFile());
        List<Evidence> evidence = List.of(PhotoQualityTest.photo(1, dir.resolve("Screenshot_long.png")));

        byte[] pdf = PhotoQualityTest.packet(SampleCases.withEvidence(SampleCases.shortCase(), evidence),
                e -> PacketPhoto.upright(dir.resolve(e.fileName())));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<DrawnImages.Drawn> pieces = DrawnImages.of(document);
            assertThat(pieces).hasSizeGreaterThanOrEqualTo(3);
            assertThat(pieces.stream().map(DrawnImages.Drawn::page).distinct()).hasSize(pieces.size());
            assertThat(pieces).allMatch(p -> p.width() * SMALL_TEXT / SCREEN >= 8f, "small text at 8 pt or more");
            float total = (float) pieces.stream().mapToDouble(DrawnImages.Drawn::height).sum();
            assertThat(total / pieces.get(0).width()).isCloseTo(6000f / 1080, org.assertj.core.data.Offset.offset(0.02f));
        }
    }

    /** A chat as a phone shows it: bubbles left and right, message text 42 px, times and names 32 px. */
    static BufferedImage chat(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(237, 237, 237));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(247, 247, 247));
        g.fillRect(0, 0, width, 160);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 48));
        g.drawString("Factory Li Li", 360, 110);
        int y = 230;
        for (int i = 0; y < height - 200; i++) {
            boolean mine = i % 2 == 1;
            g.setColor(new Color(120, 120, 120));
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, SMALL_TEXT));
            g.drawString("10:" + (10 + i % 50) + " AM", width / 2 - 70, y);
            y += 40;
            g.setColor(mine ? new Color(149, 236, 105) : Color.WHITE);
            g.fillRoundRect(mine ? 300 : 140, y, 640, 150, 20, 20);
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 42));
            g.drawString(mine ? "Carton " + i + " is short by 12 sets" : "We check warehouse record " + i,
                    mine ? 330 : 170, y + 65);
            g.drawString("Order 2837461920384756123", mine ? 330 : 170, y + 120);
            y += 200;
        }
        g.dispose();
        return image;
    }
}
