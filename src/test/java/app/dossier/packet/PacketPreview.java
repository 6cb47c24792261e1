package app.dossier.packet;

import app.dossier.domain.Language;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the sample short order's packet to a file, to look at it (with pdftoppm, say). Not a test.
 * Arguments: the PDF to write, the buyer's language (vi, en or zh; vi when left out), and "broken"
 * to show one photo as unreadable and one as missing, or "bare" to leave out the confirmation and
 * payment files.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) app.dossier.packet.PacketPreview /tmp/packet.pdf vi
 * </pre>
 */
public final class PacketPreview {
    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        Language buyer = args.length > 1 ? Language.fromTag(args[1]) : Language.VIETNAMESE;
        PacketContent content = PacketFixture.sample(buyer);
        if (args.length > 2 && args[2].equals("broken")) {
            Path broken = Files.createTempFile("broken", ".jpg");
            Files.write(broken, new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3});
            content = new PacketContent(content.caseFile(), content.facts(), content.resolution(), content.messages(),
                    content.timeline(), e -> e.fileName().equals("o1-pallet.jpg") ? PacketPhoto.upright(broken)
                            : e.fileName().equals("o1-sample.jpg") ? null : PacketFixture.samplePhotos().apply(e),
                    buyer, content.generatedOn());
        }
        if (args.length > 2 && args[2].equals("bare")) {
            content = PacketFixture.content(app.dossier.domain.SampleCases.withEvidence(content.caseFile(),
                    content.caseFile().evidence().stream()
                            .filter(e -> e.category() == app.dossier.domain.EvidenceCategory.AGREEMENT
                                    || e.category() == app.dossier.domain.EvidenceCategory.RECEIVING)
                            .toList()), buyer);
        }
        PacketSummary summary = new DisputePacket().write(content, target);
        System.out.println(summary);
        System.out.println("PDF/A-2b problems: " + PacketFixture.pdfaFailures(Files.readAllBytes(target)));
    }
}
