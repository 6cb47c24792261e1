package app.dossier.imports;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.photos.PhoneFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A photo's EXIF is read once per content and remembered; a photo not there yet is read when it comes. */
class PhotoMetadataCacheTest {
    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String CLOSE_UP = "9f2c…closeup";

    @TempDir
    Path folder;

    private final PhotoMetadataCache cache = new PhotoMetadataCache();

    private Path photo(String name, int orientation) {
        return PhoneFiles.write(folder, name, PhoneFiles.jpeg(PhoneFiles.picture(64, 48),
                PhoneFiles.exif("2026:10:03 10:31:00", "+07:00", orientation)));
    }

    @Test
    void theSameContentIsReadOnceAndAnsweredFromMemoryAfterwards() throws IOException {
        Path closeUp = photo("closeup.jpg", 6);
        PhotoMetadata first = cache.of(CLOSE_UP, closeUp, HANOI);
        assertThat(first.orientation()).isEqualTo(6);
        assertThat(first.capturedAt()).contains(LocalDateTime.of(2026, 10, 3, 10, 31));

        Files.delete(closeUp);

        assertThat(cache.of(CLOSE_UP, closeUp, HANOI)).as("not opened again").isEqualTo(first);
        assertThat(new PhotoMetadataCache().of(CLOSE_UP, closeUp, HANOI)).as("another memory reads the disk")
                .isEqualTo(PhotoMetadata.NONE);
    }

    @Test
    void aFileNotThereIsNotRememberedAsHavingNoMetadata() {
        Path later = folder.resolve("later.jpg");
        assertThat(cache.of(CLOSE_UP, later, HANOI)).isEqualTo(PhotoMetadata.NONE);

        photo("later.jpg", 6);

        assertThat(cache.of(CLOSE_UP, later, HANOI).orientation()).isEqualTo(6);
    }

    @Test
    void theCaptureTimeFollowsTheZoneItIsReadFor() {
        Path closeUp = photo("closeup.jpg", 1);

        assertThat(cache.of(CLOSE_UP, closeUp, HANOI).capturedAt()).contains(LocalDateTime.of(2026, 10, 3, 10, 31));
        assertThat(cache.of(CLOSE_UP, closeUp, ZoneId.of("Asia/Shanghai")).capturedAt())
                .contains(LocalDateTime.of(2026, 10, 3, 11, 31));
    }
}
