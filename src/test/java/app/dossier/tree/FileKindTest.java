package app.dossier.tree;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.Refusal;
import app.dossier.photos.PhoneFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Files that claim to be pictures or videos are checked by their own structure before they are
 * kept: whatever a phone writes after the picture is fine, a copy cut off is not.
 */
class FileKindTest {
    private static final byte[] JPEG = PhoneFiles.jpeg(PhoneFiles.picture(320, 240),
            PhoneFiles.exif("2026:10:03 10:31:00", "+07:00", 6));

    private static byte[] pngHead(int width, int height) {
        ByteBuffer b = ByteBuffer.allocate(24);
        b.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        b.putInt(13).put(new byte[] {'I', 'H', 'D', 'R'}).putInt(width).putInt(height);
        return b.array();
    }

    private static final byte[] PNG_END = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};

    /** The reason in English, as the command line prints it; null when the file is fine. */
    private static String problem(String fileName, byte[] content) {
        ContentScan scan = ContentScan.forName(fileName);
        // fed in small pieces, as a copy reads them
        for (int at = 0; at < content.length; at += 7) {
            scan.update(content, at, Math.min(7, content.length - at));
        }
        Refusal.Wording problem = FileKind.problem(fileName, scan);
        return problem == null ? null : problem.english();
    }

    @Test
    void aWholeJpegAndAWholePngAreFine() {
        assertThat(problem("a.jpg", JPEG)).isNull();
        assertThat(problem("a.PNG", PhoneFiles.concat(pngHead(4000, 3000), PNG_END))).isNull();
    }

    @Test
    void whatPhonesWriteAfterThePictureIsNotACutOff() {
        assertThat(problem("samsung.jpg", PhoneFiles.withSamsungTrailer(JPEG))).isNull();
        assertThat(problem("motion.jpg", PhoneFiles.withMotionPhoto(JPEG))).isNull();
        assertThat(problem("portrait.jpg", PhoneFiles.mpf(JPEG, PhoneFiles.jpeg(PhoneFiles.picture(64, 48), null))))
                .isNull();
    }

    @Test
    void aJpegCutOffAnywhereIsRefusedEvenWhenItsLastBytesLookLikeAnEnd() {
        for (int keep : new int[] {3, 20, JPEG.length / 2, JPEG.length - 2}) {
            assertThat(problem("cut.jpg", PhoneFiles.cutAt(JPEG, keep))).as("first %d bytes", keep).contains("cut off");
        }
        // cut off inside its EXIF block, where the old check found an end marker among the last bytes
        byte[] inHeader = PhoneFiles.concat(PhoneFiles.cutAt(JPEG, 40), new byte[] {(byte) 0xFF, (byte) 0xD9});
        assertThat(problem("cut.jpg", inHeader)).contains("cut off");
    }

    @Test
    void aJpegThatClaimsSixtyThousandPixelsSquareIsRefusedBeforeAnyoneDecodesIt() {
        assertThat(problem("bomb.jpg", PhoneFiles.claimingSize(JPEG, 60_000, 60_000)))
                .contains("60000 × 60000 pixels", "cannot be opened safely");
    }

    @Test
    void aPngThatClaimsFortyThousandPixelsSquareIsRefused() {
        assertThat(problem("huge.png", PhoneFiles.concat(pngHead(40_000, 40_000), PNG_END)))
                .contains("40000 × 40000 pixels", "cannot be opened safely");
    }

    @Test
    void aPngWithoutItsEndIsCutOff() {
        assertThat(problem("a.png", PhoneFiles.concat(pngHead(10, 10), new byte[] {1, 2, 3, 4, 5, 6, 7, 8})))
                .contains("cut off");
    }

    @Test
    void aJpegThatIsReallyAPngIsNamedAsSuch() {
        assertThat(problem("a.jpg", PhoneFiles.concat(pngHead(10, 10), PNG_END))).contains("it is a PNG picture");
    }

    @Test
    void heicPhotosAreTakenWholeAndRefusedCutOffOrMisnamed() throws IOException {
        byte[] heic = Files.readAllBytes(PhoneFiles.SAMPLES.resolve("iphone-grid.heic"));
        assertThat(problem("IMG_0001.HEIC", heic)).isNull();
        assertThat(FileKind.ofName("IMG_0001.HEIC").picture()).isTrue();
        assertThat(problem("IMG_0001.heic", PhoneFiles.cutAt(heic, heic.length - 100))).contains("cut off");
        assertThat(problem("IMG_0001.heic", JPEG)).contains("it is a JPEG photo; rename it to .jpg");
        assertThat(problem("IMG_0001.jpg", heic)).contains("HEIC photo; rename it to .heic");
    }

    @Test
    void webpPicturesAreCheckedByTheirRiffHeader() throws IOException {
        byte[] webp = Files.readAllBytes(PhoneFiles.SAMPLES.resolve("screenshot.webp"));
        assertThat(problem("chat.webp", webp)).isNull();
        assertThat(FileKind.ofName("chat.webp").picture()).isTrue();
        assertThat(problem("chat.webp", PhoneFiles.cutAt(webp, webp.length / 2))).contains("cut off");
        assertThat(problem("chat.webp", JPEG)).contains("not one");
    }

    @Test
    void phoneVideosAreKeptWholeAndRefusedCutOff() {
        byte[] mp4 = PhoneFiles.mp4(Instant.parse("2026-10-03T03:31:00Z"), 12.5, 50_000);
        assertThat(problem("VID_20261003.mp4", mp4)).isNull();
        assertThat(problem("IMG_0002.MOV", PhoneFiles.mov(Instant.parse("2026-10-03T03:31:00Z"), 3, 1000))).isNull();
        assertThat(problem("VID.mp4", PhoneFiles.cutAt(mp4, mp4.length - 1))).contains("video ends before");
        assertThat(problem("VID.mp4", JPEG)).contains("named as a video but is not one");
        assertThat(FileKind.ofName("VID.mp4").dated()).isTrue();
        assertThat(FileKind.ofName("VID.mp4").picture()).isFalse();
    }

    @Test
    void otherKindsOfFileAreKeptAsTheyAre() {
        assertThat(problem("chat.txt", "hello".getBytes())).isNull();
        assertThat(FileKind.ofName("export.xlsx").mediaType()).contains("spreadsheetml");
        assertThat(FileKind.ofName("voice.amr").picture()).isFalse();
        assertThat(FileKind.ofName("IMG.JPEG").picture()).isTrue();
    }

    @Test
    void aPdfOrAZipNamedAsAPictureIsSaidToBeWhatItIs() {
        byte[] pdf = "%PDF-1.7 ...".getBytes();
        byte[] zip = {'P', 'K', 3, 4, 0, 0};
        assertThat(problem("scan.jpg", pdf)).isEqualTo("“scan.jpg” is named as a JPEG photo but is not one (it is a PDF).");
        assertThat(problem("order.png", zip))
                .isEqualTo("“order.png” is named as a PNG picture but is not one (it is a zip or Office file).");
        assertThat(problem("x.png", JPEG)).endsWith("(it is a JPEG photo; rename it to .jpg).");
        assertThat(problem("x.jpg", "hello".getBytes())).isEqualTo("“x.jpg” is named as a JPEG photo but is not one.");
    }

    @Test
    void anEmptyFileIsNeverKept() {
        assertThat(problem("notes.txt", new byte[0])).contains("empty (0 bytes)");
        assertThat(problem("IMG.heic", new byte[0])).contains("empty (0 bytes)");
    }
}
