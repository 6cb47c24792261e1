package app.dossier.imports;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.photos.PhoneFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A photo's EXIF is read once per content and remembered; a photo not there yet is read when it comes. */
class PhotoMetadataOfContentTest {
    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    @TempDir
    Path folder;

    /** A content id no other test uses, since the memory is the process's. */
    private static String content() {
        return UUID.randomUUID().toString();
    }

    private Path photo(String name, int orientation) {
        return PhoneFiles.write(folder, name, PhoneFiles.jpeg(PhoneFiles.picture(64, 48),
                PhoneFiles.exif("2026:10:03 10:31:00", "+07:00", orientation)));
    }

    @Test
    void theSameContentIsReadOnceAndAnsweredFromMemoryAfterwards() throws IOException {
        String sha256 = content();
        Path closeUp = photo("closeup.jpg", 6);
        PhotoMetadata first = PhotoMetadata.ofContent(sha256, closeUp, HANOI);
        assertThat(first.orientation()).isEqualTo(6);
        assertThat(first.capturedAt()).contains(LocalDateTime.of(2026, 10, 3, 10, 31));

        Files.delete(closeUp);

        assertThat(PhotoMetadata.ofContent(sha256, closeUp, HANOI)).as("not opened again").isEqualTo(first);
    }

    @Test
    void aFileNotThereIsNotRememberedAsHavingNoMetadata() {
        String sha256 = content();
        Path later = folder.resolve("later.jpg");
        assertThat(PhotoMetadata.ofContent(sha256, later, HANOI)).isEqualTo(PhotoMetadata.NONE);

        photo("later.jpg", 6);

        assertThat(PhotoMetadata.ofContent(sha256, later, HANOI).orientation()).isEqualTo(6);
    }

    @Test
    void theCaptureTimeFollowsTheZoneItIsReadFor() {
        String sha256 = content();
        Path closeUp = photo("closeup.jpg", 1);

        assertThat(PhotoMetadata.ofContent(sha256, closeUp, HANOI).capturedAt())
                .contains(LocalDateTime.of(2026, 10, 3, 10, 31));
        assertThat(PhotoMetadata.ofContent(sha256, closeUp, ZoneId.of("Asia/Shanghai")).capturedAt())
                .contains(LocalDateTime.of(2026, 10, 3, 11, 31));
    }
}
