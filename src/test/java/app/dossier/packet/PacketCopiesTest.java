package app.dossier.packet;

import static app.dossier.packet.PacketFixture.squeezed;
import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.CaseFile;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Language;
import app.dossier.domain.PacketCopy;
import app.dossier.domain.SampleCases;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample short order without its payment proof, in English: the factory's copy and the buyer's
 * own, read back as text.
 */
@Tag("slow")
class PacketCopiesTest {
    private static byte[] factory;
    private static byte[] own;

    @BeforeAll
    static void writeBothCopies() throws Exception {
        CaseFile noProof = SampleCases.withEvidence(SampleCases.shortCase(), SampleCases.shortCase().evidence().stream()
                .filter(e -> e.category() != EvidenceCategory.PAYMENT).toList());
        PacketContent content = PacketFixture.content(noProof, Language.ENGLISH);
        factory = PacketFixture.write(content.withCopy(PacketCopy.FACTORY));
        own = PacketFixture.write(content.withCopy(PacketCopy.OWN));
    }

    @Test
    void theFactorysCopyHasNoDongNoRatesAndNoWordOfMissingEvidence() throws Exception {
        String text = PacketFixture.text(factory);

        assertThat(text).doesNotContain("₫").doesNotContain("VND").doesNotContain("/¥")
                .doesNotContain("Missing evidence").doesNotContain("缺少证据")
                .doesNotContain("No files in this category").doesNotContain("此类没有文件");
        assertThat(squeezed(text)).contains("部分退款：¥425.50").contains("Partialrefund:¥425.50=23sets×¥18.50").contains("¥3,700.00")
                .contains(squeezed("We propose a partial refund of ¥425.50 (23 sets × ¥18.50)"));
        assertThat(PacketFixture.pdfaFailures(factory)).isEmpty();
    }

    @Test
    void theFactorysCopyHasNoSectionForWhatTheBuyerHasNoFileOf() throws Exception {
        assertThat(bookmarks(factory)).doesNotContain("付款凭证 / Payments").contains("付款明细 / Payment ledger",
                "收货与质检 / Receiving and QC");
        assertThat(bookmarks(own)).contains("付款凭证 / Payments");
    }

    @Test
    void theBuyersOwnCopyStillHasEverything() throws Exception {
        String text = PacketFixture.text(own);

        assertThat(text).contains("₫").contains("VND").contains("Missing evidence").contains("缺少证据")
                .contains("No files in this category");
        assertThat(squeezed(text)).contains("1,553,075₫");
        assertThat(squeezed(PacketFixture.text(own, 1, 1))).contains(squeezed("(20 sets short + 3 sets defective) (≈ 1,553,075 ₫)"));
    }

    private static List<String> bookmarks(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
            }
            return titles;
        }
    }
}
