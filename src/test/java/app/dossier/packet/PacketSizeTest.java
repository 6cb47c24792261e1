package app.dossier.packet;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.CaseFile;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small run of {@link PacketBenchmark}: full-size phone photos go in, a packet small enough to send comes out. */
class PacketSizeTest {

    @Test
    void twelveMegapixelPhotosAreDownscaledToAFewHundredKilobytesEach(@TempDir Path dir) throws Exception {
        CaseFile caseFile = PacketBenchmark.caseWithPhotos(dir, 3, 4000, 3000);

        PacketBenchmark.Result result = PacketBenchmark.run(caseFile, dir, dir.resolve("packet.pdf"));

        assertThat(result.photos()).isEqualTo(3);
        // 40 such photos must stay under 10 MB: the fonts plus at most 200 KB a photo
        assertThat(result.bytes()).isLessThan(3 * EvidencePages.PHOTO_BYTES + 1_000_000L);
        try (PDDocument document = Loader.loadPDF(dir.resolve("packet.pdf").toFile())) {
            List<PDImageXObject> images = PacketFixture.images(document);
            assertThat(images).hasSize(3);
            // a 4:3 photo fills the photo box's height at about 160 dpi: 594 of 3,000 pixels are kept
            int height = (int) (EvidencePages.PHOTO_HEIGHT * EvidencePages.PIXELS_PER_POINT);
            assertThat(images).allMatch(i -> i.getHeight() == height && i.getWidth() == height * 4 / 3, "594 x 792");
            assertThat(images).allMatch(i -> i.getStream().getLength() <= EvidencePages.PHOTO_BYTES);
        }
    }
}
