package app.dossier.packet;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.CaseFile;
import app.dossier.domain.DefectRegion;
import app.dossier.domain.Evidence;
import app.dossier.domain.Language;
import app.dossier.domain.SampleCases;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A photo with a marked defect is printed whole, with the region outlined, and beside it the region
 * cut from the full-resolution original, upright, under the label 缺陷特写.
 */
@Tag("slow")
class DefectCloseUpTest {
    /** Around the crack on the sample close-up's handle, as the photo is seen upright (EXIF orientation 6). */
    static final DefectRegion CRACK = new DefectRegion(0.42, 0.38, 0.17, 0.13);

    /** The sample short order with the defect marked on its close-up photo. */
    static CaseFile withTheCrackMarked() {
        CaseFile c = SampleCases.shortCase();
        List<Evidence> evidence = c.evidence().stream()
                .map(e -> e.fileName().equals("o1-defect-closeup.jpg") ? e.withDefectRegion(CRACK) : e)
                .toList();
        return CaseFile.of(c.factory(), c.order(), evidence, c.payments(), c.receiving(), c.disputes());
    }

    @Test
    void aRegionOfTheUprightPhotoIsFoundInThePhotoAsStored() {
        DefectRegion topLeftQuarter = new DefectRegion(0, 0, 0.5, 0.5);
        // stored 400 × 200
        assertThat(DefectCloseUp.storedArea(400, 200, 1, topLeftQuarter)).isEqualTo(new Rectangle(0, 0, 200, 100));
        assertThat(DefectCloseUp.storedArea(400, 200, 3, topLeftQuarter)).as("turned 180°")
                .isEqualTo(new Rectangle(200, 100, 200, 100));
        // orientation 6: upright is 200 wide and 400 high; its top left is the stored bottom left
        assertThat(DefectCloseUp.storedArea(400, 200, 6, topLeftQuarter)).isEqualTo(new Rectangle(0, 100, 200, 100));
        // orientation 8: upright top left is the stored top right
        assertThat(DefectCloseUp.storedArea(400, 200, 8, topLeftQuarter)).isEqualTo(new Rectangle(200, 0, 200, 100));
    }

    @Test
    void theCloseUpIsCutFromTheOriginalAndTurnedUpright() {
        // stored 400 × 200 with a red block at stored x 300–380, y 20–60; orientation 6 turns it a quarter
        // clockwise, so upright (200 × 400) the block is at x 140–180, y 300–380
        BufferedImage stored = new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = stored.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 200);
        g.setColor(Color.RED);
        g.fillRect(300, 20, 80, 40);
        g.dispose();

        BufferedImage cut = DefectCloseUp.cut(stored, 6, new DefectRegion(0.7, 0.75, 0.2, 0.2), 1000, 1000);

        assertThat(cut.getWidth()).isEqualTo(40);
        assertThat(cut.getHeight()).isEqualTo(80);
        assertThat(new Color(cut.getRGB(20, 40))).isEqualTo(Color.RED);
        assertThat(new Color(cut.getRGB(20, 40)).getGreen()).isLessThan(30);
    }

    @Test
    void thePacketShowsTheCloseUpBesideThePhotoAtTheOriginalsResolution() throws Exception {
        byte[] pdf = PacketFixture.write(PacketFixture.content(withTheCrackMarked(), Language.VIETNAMESE));

        assertThat(PacketFixture.pdfaFailures(pdf)).isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int page = pageWith(document, "缺陷特写");
            assertThat(page).as("a page with the close-up").isPositive();
            assertThat(PacketFixture.text(pdf, page, page)).contains("缺陷特写 / Cận cảnh chỗ lỗi");
            List<PDImageXObject> images = imagesOn(document.getPage(page - 1));
            assertThat(images).as("the whole photo and the close-up").hasSizeGreaterThanOrEqualTo(2);
            PDImageXObject closeUp = images.stream().filter(i -> i.getWidth() < 300).findFirst().orElseThrow();
            // 17% of the upright original's 960 pixels; the downscaled photo would give about 76
            assertThat(closeUp.getWidth()).isBetween(160, 166);
            assertThat(closeUp.getHeight()).isBetween(164, 169);
        }
        Path preview = Path.of("target", "defect-close-up.pdf");
        Files.createDirectories(preview.getParent());
        Files.write(preview, pdf);
    }

    @Test
    void withoutAMarkThePacketIsAsBefore() throws Exception {
        byte[] pdf = PacketFixture.write(PacketFixture.sample(Language.VIETNAMESE));
        assertThat(PacketFixture.text(pdf)).doesNotContain("缺陷特写");
    }

    private static int pageWith(PDDocument document, String words) throws Exception {
        for (int i = 1; i <= document.getNumberOfPages(); i++) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            if (stripper.getText(document).contains(words)) {
                return i;
            }
        }
        return -1;
    }

    private static List<PDImageXObject> imagesOn(PDPage page) throws Exception {
        List<PDImageXObject> images = new java.util.ArrayList<>();
        for (var name : page.getResources().getXObjectNames()) {
            PDXObject object = page.getResources().getXObject(name);
            if (object instanceof PDImageXObject image) {
                images.add(image);
            }
        }
        return images;
    }
}
