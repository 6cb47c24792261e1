package app.dossier.tree;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.Refusal;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/** Files that claim to be pictures are checked before they are kept. */
class FileKindTest {
    private static final byte[] JPEG_START = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};
    private static final byte[] JPEG_END = {0x00, (byte) 0xFF, (byte) 0xD9};

    private static byte[] pngHead(int width, int height) {
        ByteBuffer b = ByteBuffer.allocate(24);
        b.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        b.putInt(13).put(new byte[] {'I', 'H', 'D', 'R'}).putInt(width).putInt(height);
        return b.array();
    }

    private static final byte[] PNG_END = {'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};

    /** The reason in English, as the command line prints it; null when the file is fine. */
    private static String problem(String fileName, long size, byte[] head, byte[] tail) {
        Refusal.Wording problem = FileKind.problem(fileName, size, head, tail);
        return problem == null ? null : problem.english();
    }

    @Test
    void aWholeJpegAndAWholePngAreFine() {
        assertThat(problem("a.jpg", 100, JPEG_START, JPEG_END)).isNull();
        assertThat(problem("a.PNG", 100, pngHead(4000, 3000), PNG_END)).isNull();
    }

    @Test
    void aPngThatClaimsFortyThousandPixelsSquareIsRefused() {
        assertThat(problem("huge.png", 100, pngHead(40_000, 40_000), PNG_END))
                .contains("40000 × 40000 pixels", "cannot be opened safely");
    }

    @Test
    void aPngWithoutItsEndIsCutOff() {
        assertThat(problem("a.png", 100, pngHead(10, 10), new byte[] {1, 2, 3, 4, 5, 6, 7, 8}))
                .contains("cut off");
    }

    @Test
    void aJpegThatIsReallyAPngIsNamedAsSuch() {
        assertThat(problem("a.jpg", 100, pngHead(10, 10), PNG_END)).contains("it is a PNG picture");
    }

    @Test
    void otherKindsOfFileAreKeptAsTheyAre() {
        assertThat(problem("chat.txt", 5, "hello".getBytes(), "hello".getBytes())).isNull();
        assertThat(FileKind.ofName("export.xlsx").mediaType()).contains("spreadsheetml");
        assertThat(FileKind.ofName("voice.amr").picture()).isFalse();
        assertThat(FileKind.ofName("IMG.JPEG").picture()).isTrue();
    }

    @Test
    void aPdfOrAZipNamedAsAPictureIsSaidToBeWhatItIs() {
        byte[] pdf = "%PDF-1.7 ...".getBytes();
        byte[] zip = {'P', 'K', 3, 4, 0, 0};
        assertThat(problem("scan.jpg", 100, pdf, pdf)).isEqualTo("“scan.jpg” is named as a JPEG photo but is not one (it is a PDF).");
        assertThat(problem("order.png", 100, zip, zip))
                .isEqualTo("“order.png” is named as a PNG picture but is not one (it is a zip or Office file).");
        assertThat(problem("x.png", 100, JPEG_START, JPEG_END)).endsWith("(it is a JPEG photo; rename it to .jpg).");
        assertThat(problem("x.jpg", 100, "hello".getBytes(), "hello".getBytes()))
                .isEqualTo("“x.jpg” is named as a JPEG photo but is not one.");
    }

    @Test
    void anEmptyFileIsNeverKept() {
        assertThat(problem("notes.txt", 0, new byte[0], new byte[0])).contains("empty (0 bytes)");
    }
}
