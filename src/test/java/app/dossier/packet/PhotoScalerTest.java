package app.dossier.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dossier.domain.SampleCases;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhotoScalerTest {

    /**
     * A picture with a red block at its top-left and a blue one at its top-right, stored the way a
     * camera stores it for each EXIF orientation; turned back, both blocks must be where the person
     * holding the phone saw them.
     */
    @ParameterizedTest(name = "orientation {0}")
    @CsvSource({"1, 400, 200", "2, 400, 200", "3, 400, 200", "4, 400, 200",
            "5, 200, 400", "6, 200, 400", "7, 200, 400", "8, 200, 400"})
    void everyOrientationEndsUpright(int orientation, int uprightWidth, int uprightHeight) {
        BufferedImage upright = new BufferedImage(uprightWidth, uprightHeight, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = upright.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, uprightWidth, uprightHeight);
        g.setColor(Color.RED);
        g.fillRect(0, 0, 60, 40);
        g.setColor(Color.BLUE);
        g.fillRect(uprightWidth - 30, 0, 30, 20);
        g.dispose();
        BufferedImage stored = storedAs(upright, orientation);

        BufferedImage turned = PhotoScaler.orientAndScale(stored, orientation, stored.getWidth(), stored.getHeight());

        assertThat(turned.getWidth()).isEqualTo(uprightWidth);
        assertThat(turned.getHeight()).isEqualTo(uprightHeight);
        assertThat(new Color(turned.getRGB(10, 10))).isEqualTo(Color.RED);
        assertThat(new Color(turned.getRGB(uprightWidth - 10, uprightHeight - 10))).isEqualTo(Color.WHITE);
        assertThat(new Color(turned.getRGB(uprightWidth - 5, 5))).isEqualTo(Color.BLUE);
        assertThat(new Color(turned.getRGB(uprightWidth / 2, 10))).isEqualTo(Color.WHITE);
        assertThat(new Color(turned.getRGB(10, uprightHeight - 10))).isEqualTo(Color.WHITE);
    }

    @Test
    void theSampleCloseUpStoredTurnedComesOutPortrait() throws IOException {
        Path closeUp = SampleCases.IMAGES.resolve("o1-defect-closeup.jpg");
        BufferedImage stored = ImageIO.read(closeUp.toFile());
        assertThat(stored.getWidth()).isGreaterThan(stored.getHeight());

        PhotoScaler.ScaledPhoto scaled = PhotoScaler.scale(closeUp, 6, 1000, 600, 200_000);

        assertThat(scaled.height()).isEqualTo(600);
        assertThat(scaled.width()).isEqualTo(450);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(scaled.jpeg()));
        assertThat(back.getWidth()).isEqualTo(450);
        assertThat(back.getColorModel().hasAlpha()).isFalse();
    }

    @Test
    void aScreenshotWithTransparencyIsFlattenedOnWhite(@TempDir Path dir) throws IOException {
        BufferedImage clear = new BufferedImage(300, 200, BufferedImage.TYPE_INT_ARGB);
        Path png = dir.resolve("clear.png");
        ImageIO.write(clear, "png", png.toFile());

        PhotoScaler.ScaledPhoto scaled = PhotoScaler.scale(png, 1, 1000, 1000, 100_000);

        BufferedImage back = ImageIO.read(new ByteArrayInputStream(scaled.jpeg()));
        assertThat(scaled.width()).isEqualTo(300); // never enlarged
        assertThat(new Color(back.getRGB(150, 100)).getRed()).isGreaterThan(245);
    }

    @Test
    void aNoisyPhotoIsSqueezedUnderItsByteBudget(@TempDir Path dir) throws IOException {
        Path noisy = dir.resolve("noise.jpg");
        SyntheticPhotos.write(noisy, 2000, 1500, new java.util.Random(7));

        PhotoScaler.ScaledPhoto scaled = PhotoScaler.scale(noisy, 1, 1100, 600, 120_000);

        assertThat(scaled.jpeg().length).isLessThanOrEqualTo(120_000);
        assertThat(scaled.width()).isLessThanOrEqualTo(1100);
        assertThat(scaled.height()).isLessThanOrEqualTo(600);
    }

    @Test
    void somethingThatIsNotAnImageIsRefused(@TempDir Path dir) throws IOException {
        Path text = dir.resolve("notes.jpg");
        Files.writeString(text, "not a picture");

        assertThatThrownBy(() -> PhotoScaler.scale(text, 1, 100, 100, 10_000)).isInstanceOf(IOException.class);
    }

    /**
     * The pixels as a camera stores them, from the EXIF definition of each orientation: where the
     * stored image's first row and first column lie in the scene (1: top, left; 2: top, right;
     * 3: bottom, right; 4: bottom, left; 5: left, top; 6: right, top; 7: right, bottom; 8: left, bottom).
     */
    private static BufferedImage storedAs(BufferedImage upright, int orientation) {
        int w = upright.getWidth();
        int h = upright.getHeight();
        boolean turned = orientation >= 5;
        BufferedImage stored = new BufferedImage(turned ? h : w, turned ? w : h, BufferedImage.TYPE_INT_RGB);
        for (int sy = 0; sy < stored.getHeight(); sy++) {
            for (int sx = 0; sx < stored.getWidth(); sx++) {
                int[] xy = switch (orientation) {
                    case 2 -> new int[] {w - 1 - sx, sy};
                    case 3 -> new int[] {w - 1 - sx, h - 1 - sy};
                    case 4 -> new int[] {sx, h - 1 - sy};
                    case 5 -> new int[] {sy, sx};
                    case 6 -> new int[] {w - 1 - sy, sx};
                    case 7 -> new int[] {w - 1 - sy, h - 1 - sx};
                    case 8 -> new int[] {sy, h - 1 - sx};
                    default -> new int[] {sx, sy};
                };
                stored.setRGB(sx, sy, upright.getRGB(xy[0], xy[1]));
            }
        }
        return stored;
    }
}
