package app.dossier.packet;

import app.dossier.domain.CaseFile;
import app.dossier.domain.DisputeEvent;
import app.dossier.domain.DisputeFacts;
import app.dossier.domain.DisputeStatus;
import app.dossier.domain.Evidence;
import app.dossier.domain.Language;
import app.dossier.domain.MessageDrafter;
import app.dossier.domain.Resolution;
import app.dossier.domain.SampleCases;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** The sample short order as packet content, and ways to read a written packet back. */
public final class PacketFixture {
    static final LocalDate GENERATED = LocalDate.of(2026, 10, 4);

    private PacketFixture() {
    }

    /** The sample photos on disk; the defect close-up is stored turned, with EXIF orientation 6. */
    static Function<Evidence, PacketPhoto> samplePhotos() {
        return e -> new PacketPhoto(SampleCases.IMAGES.resolve(e.fileName()),
                e.fileName().equals("o1-defect-closeup.jpg") ? 6 : 1);
    }

    static List<DisputeEvent> timeline() {
        LocalDateTime t = LocalDateTime.of(2026, 10, 3, 15, 0);
        return List.of(
                new DisputeEvent(DisputeStatus.DRAFT, t, "Soạn tin nhắn khiếu nại"),
                new DisputeEvent(DisputeStatus.SENT, t.plusMinutes(20), "Gửi qua chat 1688 kèm 4 ảnh", List.of(6L)),
                new DisputeEvent(DisputeStatus.FACTORY_REPLIED, t.plusDays(1), "李丽: 我们核实一下仓库记录"));
    }

    static PacketContent content(CaseFile caseFile, Language buyer) {
        DisputeFacts facts = DisputeFacts.of(caseFile);
        Resolution refund = Resolution.proposedRefund(caseFile).orElse(null);
        return new PacketContent(caseFile, facts, refund,
                refund == null ? List.of() : MessageDrafter.draftForFactoryAndBuyer(facts, refund, buyer),
                timeline(), samplePhotos(), buyer, GENERATED);
    }

    static PacketContent sample(Language buyer) {
        return content(SampleCases.shortCase(), buyer);
    }

    static byte[] write(PacketContent content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DisputePacket().write(content, out);
        return out.toByteArray();
    }

    public static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    public static String text(byte[] pdf, int firstPage, int lastPage) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(firstPage);
            stripper.setEndPage(lastPage);
            return stripper.getText(document);
        }
    }

    /** Text without line breaks or spaces, so a sentence wrapped over two lines is still found. */
    static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    static List<PDImageXObject> images(PDDocument document) throws IOException {
        List<PDImageXObject> images = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getXObjectNames()) {
                PDXObject object = resources.getXObject(name);
                if (object instanceof PDImageXObject image) {
                    images.add(image);
                }
            }
        }
        return images;
    }

    /** Rule ids and messages of every failed PDF/A-2b check; empty when the file complies. */
    public static List<String> pdfaFailures(byte[] pdf) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (InputStream in = new ByteArrayInputStream(pdf);
                PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFA_2_B);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            if (result.isCompliant()) {
                return List.of();
            }
            return result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() != TestAssertion.Status.PASSED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct()
                    .toList();
        }
    }
}
