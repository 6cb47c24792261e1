package app.dossier.samples;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.samples.SampleImages.Kind;
import app.dossier.samples.SampleImages.PhotoFacts;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Tag("slow")
class SampleImagesTest {

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void drawsEverySampleImageWithItsSizeAndCaptureTime(@TempDir Path dir) throws Exception {
        List<Path> written = SampleImages.generate(dir);

        assertThat(written).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrderElementsOf(SampleImages.FILES.keySet());
        assertThat(SampleImages.FILES).hasSize(25);
        long total = 0;
        for (Map.Entry<String, Kind> e : SampleImages.FILES.entrySet()) {
            Path file = dir.resolve(e.getKey());
            Kind kind = e.getValue();
            long size = Files.size(file);
            total += size;
            BufferedImage image = ImageIO.read(file.toFile());
            assertThat(image).as(e.getKey()).isNotNull();
            assertThat(image.getWidth()).as(e.getKey() + " width").isEqualTo(kind.width);
            assertThat(image.getHeight()).as(e.getKey() + " height").isEqualTo(kind.height);
            if (kind == Kind.PHOTO) {
                assertThat(e.getKey()).endsWith(".jpg");
                assertThat(size).as(e.getKey() + " bytes").isBetween(40_000L, 250_000L);
                PhotoFacts facts = SampleImages.PHOTOS.get(e.getKey());
                JpegImageMetadata exif = (JpegImageMetadata) Imaging.getMetadata(file.toFile());
                assertThat(exif.findExifValueWithExactMatch(ExifTagConstants.EXIF_TAG_DATE_TIME_ORIGINAL)
                        .getStringValue()).as(e.getKey() + " DateTimeOriginal").isEqualTo(facts.takenAt());
                assertThat(exif.findExifValueWithExactMatch(TiffTagConstants.TIFF_TAG_ORIENTATION).getIntValue())
                        .as(e.getKey() + " Orientation").isEqualTo(facts.orientation());
            } else {
                assertThat(e.getKey()).endsWith(".png");
                assertThat(size).as(e.getKey() + " bytes").isBetween(5_000L, 150_000L);
            }
        }
        assertThat(total).as("whole folder").isLessThan(4_000_000L);
        assertThat(SampleImages.PHOTOS.get("o1-defect-closeup.jpg").orientation()).isEqualTo(6);
        assertThat(SampleImages.PHOTOS.get("o1-pallet.jpg").takenAt()).isEqualTo("2026:10:03 09:52:00");
    }

    @Test
    void turnsAnUprightPictureSoThatOrientationSixShowsItUpright() {
        // 3 wide, 2 high, upright; a viewer honouring orientation 6 turns the stored pixels clockwise
        BufferedImage upright = Draw.image(3, 2);
        upright.setRGB(0, 0, 0x111111);
        upright.setRGB(2, 0, 0x222222);
        upright.setRGB(0, 1, 0x333333);

        BufferedImage stored = SampleImages.turnedForOrientation6(upright);

        assertThat(stored.getWidth()).isEqualTo(2);
        assertThat(stored.getHeight()).isEqualTo(3);
        assertThat(stored.getRGB(0, 0) & 0xffffff).as("upright top-right").isEqualTo(0x222222);
        assertThat(stored.getRGB(0, 2) & 0xffffff).as("upright top-left").isEqualTo(0x111111);
        assertThat(stored.getRGB(1, 2) & 0xffffff).as("upright bottom-left").isEqualTo(0x333333);
    }
}
