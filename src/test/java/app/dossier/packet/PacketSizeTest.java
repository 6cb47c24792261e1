package app.dossier.packet;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.CaseFile;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small run of {@link PacketBenchmark}: full-size phone photos go in, a packet small enough to send comes out. */
@Tag("slow")
class PacketSizeTest {

    @Test
    void twelveMegapixelPhotosAreDownscaledToAFewHundredKilobytesEach(@TempDir Path dir) throws Exception {
        CaseFile caseFile = PacketBenchmark.caseWithPhotos(dir, 3, 4000, 3000);

        PacketBenchmark.Result result = PacketBenchmark.run(caseFile, dir, dir.resolve("packet.pdf"));

        assertThat(result.photos()).isEqualTo(3);
        // 40 such photos must stay under 10 MB: the fonts plus each photo's share of 9.4 MB (at most 600 KB)
        assertThat(result.bytes()).isLessThan(3 * EvidencePages.photoBytes(3) + 1_000_000L);
        try (PDDocument document = Loader.loadPDF(dir.resolve("packet.pdf").toFile())) {
            List<PDImageXObject> images = PacketFixture.images(document);
            assertThat(images).hasSize(3);
            // a 4:3 photo prints 360 pt wide, two to a page, and keeps the pixels of the full text width (495 pt)
            // at 200 dpi, for a reader who zooms in: 1376 of 4,000 pixels across are kept;
            // the third is stored turned (EXIF orientation 6) and comes out upright all the same
            assertThat(images).extracting(i -> i.getWidth() + " x " + i.getHeight())
                    .containsOnly("1376 x 1032");
            assertThat(images).allMatch(i -> i.getStream().getLength() <= EvidencePages.photoBytes(3));
            assertThat(EvidencePages.photoBytes(40) * 40L).isLessThanOrEqualTo(EvidencePages.ALL_PHOTO_BYTES);
        }
    }
}
