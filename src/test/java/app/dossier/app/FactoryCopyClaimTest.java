package app.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.BusinessProfile;
import app.dossier.domain.ChineseText;
import app.dossier.packet.PacketFixture;
import app.dossier.service.Checkpoint;
import app.dossier.service.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample's short order, as its factory reads the first page of the packet: the claim grasped in
 * thirty seconds, in Chinese and English, with nothing of the buyer's Vietnamese and nothing in đồng.
 */
@Tag("slow")
class FactoryCopyClaimTest {
    private static final String ORDER = "2837461920384756123";

    @TempDir
    static Path temp;

    private static byte[] factory;
    private static String pageOne;
    private static BusinessProfile buyer;

    @BeforeAll
    static void theFactorysCopy() throws Exception {
        Path data = temp.resolve("D");
        Composition composition = new Composition(Checkpoint.NONE, Workspace.CLOCK);
        assertThat(CommandRun.on(data, composition, "sample").code()).isZero();
        CommandRun packet = CommandRun.on(data, composition, "packet", ORDER, "--copy", "factory", "--out",
                temp.resolve("factory.pdf").toString());
        assertThat(packet.code()).as(packet.err()).isZero();
        factory = Files.readAllBytes(temp.resolve("factory.pdf"));
        pageOne = PacketFixture.text(factory, 1, 1);
        try (var services = composition.open(app.dossier.service.DataLocation.peek(data, null))) {
            buyer = services.profile().profile();
        }
    }

    @Test
    void pageOneGivesEachCountApartAndNamesTheDefectInChinese() {
        String claim = squeezed(pageOne);
        assertThat(claim).contains("订购Ordered200套200sets")
                .contains("实收Received180套")
                .contains("短缺Short20套")
                .contains("抽检Checked32套")
                .contains("3套：开裂或破损3套（图10）")
                .contains("到货9箱（应到10箱）；包装破损1箱（图9）");
    }

    @Test
    void pageOneAsksForTheRefundWithItsReckoningAndADayToReply() {
        String claim = squeezed(pageOne);
        assertThat(claim).contains(squeezed("部分退款：¥425.50 = 23套 × ¥18.50（短缺20套 + 不良3套）"))
                .contains(squeezed("Partial refund: ¥425.50 = 23 sets × ¥18.50 (20 sets short + 3 sets defective)"))
                .containsPattern("请于\\d{4}年\\d{1,2}月\\d{1,2}日前回复确认（3天内）。")
                .containsPattern("Pleasereplyby\\d{1,2}[A-Z][a-z]{2}\\d{4}\\(within3days\\)\\.");
    }

    @Test
    void pageOneQuotesTheAgreementWithItsTimeAndExhibitAndNamesTheBuyer() {
        String claim = squeezed(pageOne);
        assertThat(claim).contains("「大货按照这个样品做，颜色和包装都一样，确认。9月20日前发货。」")
                .contains("——李丽，发于2026-09-0114:30（图5）")
                .contains("硅胶铲5件套，200套×¥18.50=¥3,700.00（图6）");
        assertThat(buyer.name()).isEqualTo("Nguyễn Thị Mai");
        assertThat(pageOne).contains(buyer.name()).contains(buyer.company()).contains(buyer.memberName())
                .contains(buyer.wechatId());
    }

    @Test
    void pageOneHasNoDongAndNoVietnameseButTheBuyersOwnName() {
        String withoutBuyer = pageOne.replace(buyer.name(), "").replace(buyer.company(), "");
        assertThat(withoutBuyer).doesNotContain("₫").doesNotContain("VND");
        assertThat(withoutBuyer.lines().filter(ChineseText::hasVietnamese)).as("lines in Vietnamese").isEmpty();
    }

    @Test
    void theWholeCopyExtractsAsPrintedAndIsStillPdfA() throws Exception {
        String all = PacketFixture.text(factory);
        assertThat(all.codePoints().filter(c -> c >= 0xFB00 && c <= 0xFB06)).as("ligature glyphs").isEmpty();
        assertThat(PacketFixture.pdfaFailures(factory)).isEmpty();
    }

    @Test
    void everySectionAndEveryPhotoHasABookmark() throws Exception {
        List<String> sections = new ArrayList<>();
        List<String> exhibits = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(factory)) {
            for (PDOutlineItem section : document.getDocumentCatalog().getDocumentOutline().children()) {
                sections.add(section.getTitle());
                section.children().forEach(e -> exhibits.add(e.getTitle()));
            }
        }
        assertThat(sections).startsWith("诉求 / The claim", "订单信息 / Order details", "沟通消息 / The message",
                "处理记录 / Timeline");
        assertThat(exhibits).contains("图10 / Exhibit 10  o1-defect-closeup.jpg", "图8 / Exhibit 8  o1-pallet.jpg");
    }

    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }
}
