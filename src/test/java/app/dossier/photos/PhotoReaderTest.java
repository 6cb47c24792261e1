package app.dossier.photos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Photos as phones make them are decoded into their pixels. */
class PhotoReaderTest {
    @TempDir
    Path folder;

    @Test
    void anIphonePhotoStoredAsAGridOfTilesIsDecodedWholeAndCroppedToItsSize() throws IOException {
        BufferedImage photo = PhotoReader.read(PhoneFiles.SAMPLES.resolve("iphone-grid.heic"));
        assertThat(photo.getWidth()).isEqualTo(480);
        assertThat(photo.getHeight()).isEqualTo(360);
        // each tile keeps its own colour and place: red top left, blue top right, green and yellow below
        assertThat(near(photo.getRGB(200, 150), 0xC04030)).isTrue();
        assertThat(near(photo.getRGB(400, 150), 0x3070C0)).isTrue();
        assertThat(near(photo.getRGB(200, 350), 0x40A050)).isTrue();
        assertThat(near(photo.getRGB(400, 350), 0xD0B030)).isTrue();
        // the white label drawn inside the top-right tile is where it was drawn
        assertThat(near(photo.getRGB(256 + 60, 50), 0xFFFFFF)).isTrue();
    }

    @Test
    void aSingleHeicPictureIsDecoded() throws IOException {
        BufferedImage photo = PhotoReader.read(PhoneFiles.SAMPLES.resolve("single.heic"));
        assertThat(photo.getWidth()).isEqualTo(320);
        assertThat(photo.getHeight()).isEqualTo(240);
        assertThat(near(photo.getRGB(250, 200), 0xC04030)).isTrue();
    }

    @Test
    void aWebpScreenshotIsDecoded() throws IOException {
        BufferedImage shot = PhotoReader.read(PhoneFiles.SAMPLES.resolve("screenshot.webp"));
        assertThat(shot.getWidth()).isEqualTo(360);
        assertThat(shot.getHeight()).isEqualTo(240);
    }

    @Test
    void aJpegWithAMotionPhotoOrATrailerAfterItDecodesAsThePicture() throws IOException {
        byte[] jpeg = PhoneFiles.jpeg(PhoneFiles.picture(400, 300), PhoneFiles.exif("2026:10:03 10:31:00", null, 1));
        for (byte[] file : new byte[][] {PhoneFiles.withMotionPhoto(jpeg), PhoneFiles.withSamsungTrailer(jpeg)}) {
            BufferedImage photo = PhotoReader.read(PhoneFiles.write(folder, "p.jpg", file));
            assertThat(photo.getWidth()).isEqualTo(400);
            assertThat(photo.getHeight()).isEqualTo(300);
        }
    }

    @Test
    void somethingThatIsNoPictureIsRefusedWithAReason() {
        Path text = PhoneFiles.write(folder, "notes.heic", "not a photo".getBytes());
        assertThatThrownBy(() -> PhotoReader.read(text)).isInstanceOf(IOException.class);
        Path cut = PhoneFiles.write(folder, "cut.heic", new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c'});
        assertThatThrownBy(() -> PhotoReader.read(cut)).isInstanceOf(IOException.class);
    }

    @Test
    void theTypesItReadsAreTheOnesPhonesWrite() {
        assertThat(PhotoReader.canRead("image/heic")).isTrue();
        assertThat(PhotoReader.canRead("image/webp")).isTrue();
        assertThat(PhotoReader.canRead("video/mp4")).isFalse();
        assertThat(PhotoReader.shownAsIs("image/heic")).isFalse();
        assertThat(PhotoReader.shownAsIs("image/jpeg")).isTrue();
    }

    private static boolean near(int rgb, int expected) {
        Color a = new Color(rgb);
        Color b = new Color(expected);
        return Math.abs(a.getRed() - b.getRed()) < 24 && Math.abs(a.getGreen() - b.getGreen()) < 24
                && Math.abs(a.getBlue() - b.getBlue()) < 24;
    }
}
