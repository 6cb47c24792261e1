package app.dossier.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import app.dossier.photos.PhoneFiles;

class PhotoMetadataTest {
    private static final Path IMAGES = Path.of("sample-data/images");

    @Test
    void aPhoneHeldUprightGivesItsCaptureTimeAndOrientationSix() {
        PhotoMetadata closeUp = PhotoMetadata.read(IMAGES.resolve("o1-defect-closeup.jpg"));

        assertThat(closeUp.capturedAt()).contains(LocalDateTime.of(2026, 10, 3, 10, 31));
        assertThat(closeUp.orientation()).isEqualTo(6);
    }

    @Test
    void anUprightPhotoIsOrientationOne() {
        PhotoMetadata pallet = PhotoMetadata.read(IMAGES.resolve("o1-pallet.jpg"));

        assertThat(pallet.capturedAt()).contains(LocalDateTime.of(2026, 10, 3, 9, 52));
        assertThat(pallet.orientation()).isEqualTo(1);
    }

    @Test
    void aScreenshotWithoutExifHasNoCaptureTime() {
        assertThat(PhotoMetadata.read(IMAGES.resolve("o1-order-page.png"))).isEqualTo(PhotoMetadata.NONE);
    }

    @Test
    void brokenFilesGiveNothingAndNeverFail(@TempDir Path dir) throws IOException {
        byte[] photo = Files.readAllBytes(IMAGES.resolve("o1-defect-closeup.jpg"));
        Path empty = Files.createFile(dir.resolve("empty.jpg"));
        Path text = Files.writeString(dir.resolve("note.jpg"), "Hàng về thiếu 1 thùng", StandardCharsets.UTF_8);
        Path cut = Files.write(dir.resolve("cut.jpg"), Arrays.copyOf(photo, 40));
        byte[] scrambled = photo.clone();
        for (int i = 20; i < 400; i += 3) {
            scrambled[i] = (byte) 0xFF;
        }
        Path garbled = Files.write(dir.resolve("garbled.jpg"), scrambled);

        for (Path file : new Path[] {empty, text, cut, garbled, dir.resolve("missing.jpg"), dir}) {
            assertThat(PhotoMetadata.read(file)).as(file.getFileName().toString()).satisfies(metadata -> {
                assertThat(metadata.orientation()).isBetween(1, 8);
                assertThat(metadata.capturedAt()).isNotNull();
            });
        }
        assertThat(PhotoMetadata.read(empty)).isEqualTo(PhotoMetadata.NONE);
        assertThat(PhotoMetadata.read(text)).isEqualTo(PhotoMetadata.NONE);
    }

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void anIphoneHeicGivesItsCaptureTimeAndOrientation() {
        PhotoMetadata grid = PhotoMetadata.read(PhoneFiles.SAMPLES.resolve("iphone-grid.heic"), HANOI);
        assertThat(grid.capturedAt()).contains(LocalDateTime.of(2026, 10, 3, 10, 31));
        assertThat(grid.orientation()).isEqualTo(6);
    }

    @Test
    void aCaptureTimeWithItsOffsetIsMovedToTheZoneItIsReadFor() {
        // taken in Yiwu at 08:15:30 +08:00 is 07:15:30 in Hanoi
        PhotoMetadata single = PhotoMetadata.read(PhoneFiles.SAMPLES.resolve("single.heic"), HANOI);
        assertThat(single.capturedAt()).contains(LocalDateTime.of(2026, 10, 4, 7, 15, 30));
    }

    @Test
    void aJpegWithoutAnOffsetKeepsTheCamerasClock(@TempDir Path dir) {
        Path photo = PhoneFiles.write(dir, "p.jpg", PhoneFiles.jpeg(PhoneFiles.picture(64, 48),
                PhoneFiles.exif("2026:10:03 10:31:00", null, 3)));
        PhotoMetadata read = PhotoMetadata.read(photo, ZoneId.of("Asia/Shanghai"));
        assertThat(read.capturedAt()).contains(LocalDateTime.of(2026, 10, 3, 10, 31));
        assertThat(read.orientation()).isEqualTo(3);
    }

    @Test
    void aPhoneVideoGivesWhenItWasTakenAndHowLongItRuns(@TempDir Path dir) {
        Path mp4 = PhoneFiles.write(dir, "VID.mp4", PhoneFiles.mp4(Instant.parse("2026-10-03T03:31:00Z"), 12.5, 2000));
        Path mov = PhoneFiles.write(dir, "IMG_0002.MOV", PhoneFiles.mov(Instant.parse("2026-10-03T03:40:00Z"), 3, 1000));
        PhotoMetadata video = PhotoMetadata.read(mp4, HANOI);
        assertThat(video.capturedAt()).contains(LocalDateTime.of(2026, 10, 3, 10, 31));
        assertThat(video.duration()).contains(Duration.ofMillis(12_500));
        PhotoMetadata iphone = PhotoMetadata.read(mov, HANOI);
        assertThat(iphone.capturedAt()).contains(LocalDateTime.of(2026, 10, 3, 10, 40));
        assertThat(iphone.duration()).contains(Duration.ofSeconds(3));
    }

    @Test
    void anOrientationOutOfRangeMeansUpright() {
        assertThat(new PhotoMetadata(Optional.empty(), 9).orientation()).isEqualTo(1);
        assertThat(new PhotoMetadata(Optional.empty(), 0).orientation()).isEqualTo(1);
    }
}
