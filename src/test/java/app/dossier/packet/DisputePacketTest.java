package app.dossier.packet;

import static app.dossier.packet.PacketFixture.squeezed;
import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.CaseFile;
import java.time.LocalDate;
import java.math.BigDecimal;
import app.dossier.domain.Money;
import app.dossier.domain.PaymentCovers;
import app.dossier.domain.Payment;
import app.dossier.domain.DisputeFacts;
import app.dossier.domain.Evidence;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Language;
import app.dossier.domain.SampleCases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample short order's packet, written once with English as the buyer's language and read back. */
@Tag("slow")
class DisputePacketTest {
    private static byte[] pdf;

    @BeforeAll
    static void writeTheSamplePacket() throws Exception {
        pdf = PacketFixture.write(PacketFixture.sample(Language.ENGLISH));
    }

    @Test
    void theMessageNumbersAreThereInChineseAndEnglish() throws Exception {
        String text = squeezed(PacketFixture.text(pdf));

        assertThat(text).contains(squeezed("订单号：2837461920384756123"))
                .contains("我们实收180套")
                .contains("短缺20套，另有3套不良")
                .contains("订购200套")
                .contains("少发20套")
                .contains("部分退款¥425.50")
                .contains(squeezed("we received 180 sets, 20 sets short and 3 sets defective against the agreement dated 2026-09-01"))
                .contains(squeezed("we ordered 200 sets"))
                .contains(squeezed("so 20 sets are missing"));
    }

    @Test
    void pageOneIsTheClaimCountByCountWithTheRefundReckonedAndADayToReply() throws Exception {
        String claim = squeezed(PacketFixture.text(pdf, 1, 1));

        assertThat(claim).contains("订购Ordered200套200sets")
                .contains("实收Received180套")
                .contains("短缺Short20套")
                .contains("抽检Checked32套")
                .contains("Defective3套")
                .contains(squeezed("部分退款：¥425.50 = 23套 × ¥18.50（短缺20套 + 不良3套）"))
                .contains(squeezed("Partial refund: ¥425.50 = 23 sets × ¥18.50 (20 sets short + 3 sets defective)"))
                .contains(squeezed("请于2026年10月7日前回复确认（3天内）。"))
                .contains(squeezed("Please reply by 7 Oct 2026 (within 3 days)."));
        String details = squeezed(PacketFixture.text(pdf, 2, 2));
        assertThat(details).contains("义乌市佳美日用品有限公司")
                .contains(squeezed("All four kinds of evidence have files."))
                .doesNotContain("Missingevidence:");
    }

    @Test
    void theTextCopiesOutAsItReadsWithoutLigatureGlyphs() throws Exception {
        String text = PacketFixture.text(pdf);
        // what each glyph copies out as, before the stripper's own clean-up (which would hide "ﬁ" as "fi")
        StringBuilder glyphs = new StringBuilder();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper() {
                @Override
                protected void writeString(String string, List<org.apache.pdfbox.text.TextPosition> positions) {
                    positions.forEach(p -> glyphs.append(p.getUnicode()));
                }
            };
            stripper.getText(document);
        }

        assertThat(text).contains("confirmation").contains("义乌市佳美日用品有限公司");
        assertThat(glyphs.toString()).contains("confirmation").contains("files");
        assertThat(glyphs.codePoints().filter(cp -> cp >= 0xFB00 && cp <= 0xFB06)).isEmpty();
        assertThat(text.codePoints().filter(cp -> cp >= 0xFB00 && cp <= 0xFB06)).isEmpty();
    }

    @Test
    void chineseAndEnglishWriteEveryAmountOneWay() throws Exception {
        // less the one caption the user typed in Vietnamese, printed as typed
        String text = squeezed(PacketFixture.text(pdf)).replace("BiênlaiAlipay¥3.700,00", "");

        assertThat(text).contains("¥3,700.00").contains("1,553,075₫").contains("13,505,000₫")
                .doesNotContain("3.700,00").doesNotContain("1.553.075").doesNotContain("13.505.000");
    }

    @Test
    void theVietnameseMessageWritesAmountsTheVietnameseWay() throws Exception {
        byte[] vietnamese = PacketFixture.write(PacketFixture.sample(Language.VIETNAMESE));
        String message = squeezed(PacketFixture.text(vietnamese, 1, 3));

        assertThat(message).contains(squeezed("hoàn tiền một phần ¥425,50 (23 bộ × ¥18,50), tương đương khoảng 1.553.075 ₫"))
                .contains("部分退款¥425.50（23套×¥18.50）");
    }

    @Test
    void everyFileIsAnExhibitWithItsNumberAndTheClaimCitesTheNumbers() throws Exception {
        String text = squeezed(PacketFixture.text(pdf));
        int files = SampleCases.shortCase().evidence().size();
        // the receiving files come last: they are what the claim's "photos" are
        long firstReceiving = files - SampleCases.shortCase().evidence().stream()
                .filter(e -> e.category() == EvidenceCategory.RECEIVING).count() + 1;

        for (int n = 1; n <= files; n++) {
            assertThat(text).contains("图" + n + "/Exhibit" + n); // beside the file
        }
        assertThat(text).doesNotContain("图" + (files + 1)).doesNotContain("照片见附件").doesNotContain("photosattached")
                .contains("短缺20套，另有3套不良（见图" + firstReceiving + "–图" + files + "）")
                .contains(squeezed("(see Exhibits " + firstReceiving + "–" + files + ")"))
                .contains("证据索引/Indexofexhibits");
        String index = squeezed(PacketFixture.text(pdf, lastPage(), lastPage()));
        assertThat(index).contains("图" + files + "Exhibit" + files);
    }

    private static int lastPage() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    @Test
    void aBuyerWhoReadsChineseGetsTheChineseMessageOnce() throws Exception {
        // as the service passes them: the message for the factory, then the buyer's, both Chinese
        PacketContent c = PacketFixture.sample(Language.CHINESE);
        List<app.dossier.domain.DisputeMessage> twice = new ArrayList<>(c.messages());
        twice.add(c.messages().get(0));
        byte[] chinese = PacketFixture.write(new PacketContent(c.caseFile(), c.facts(), c.resolution(), twice,
                c.timeline(), c.photos(), c.buyerLanguage(), c.generatedOn()));
        String text = squeezed(PacketFixture.text(chinese));

        assertThat(text.split("请核实后回复确认", -1)).hasSize(2);
    }

    @Test
    void noWordIsCutInANarrowTableColumn() throws Exception {
        // the payment ledger's nine columns: "Acknowledged" once broke as "Acknowledge / d"
        assertThat(PacketFixture.text(pdf)).contains("Acknowledged").contains("Paid so far");
    }

    @Test
    void oneBookmarkPerSectionInOrder() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> titles = new ArrayList<>();
            List<Integer> pages = new ArrayList<>();
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
                pages.add(document.getPages().indexOf(item.findDestinationPage(document)));
            }
            assertThat(titles).containsExactly("诉求 / The claim", "订单信息 / Order details", "沟通消息 / The message", "处理记录 / Timeline",
                    "聊天记录与约定 / Chat and agreements", "订单与确认 / Order and confirmation", "付款凭证 / Payments",
                    "收货与质检 / Receiving and QC", "付款明细 / Payment ledger", "收货记录 / Receiving record",
                    "附录：文件清单 / Appendix: every file");
            assertThat(pages).isSorted().doesNotContain(-1);
            assertThat(pages.get(0)).isZero();
        }
    }

    @Test
    void severalA4PagesEachNumbered() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int count = document.getNumberOfPages();
            assertThat(count).isGreaterThan(1);
            for (PDPage page : document.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(0.5f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(0.5f));
            }
            assertThat(squeezed(PacketFixture.text(pdf, count, count))).contains("Page" + count + "of" + count);
            assertThat(squeezed(PacketFixture.text(pdf, 2, 2))).contains("第2页，共" + count + "页");
        }
    }

    @Test
    void everyFontOnEveryPageIsEmbedded() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int fonts = 0;
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts++;
                }
            }
            assertThat(fonts).isGreaterThan(0);
        }
    }

    @Test
    void itIsValidPdfA2b() throws Exception {
        assertThat(PacketFixture.pdfaFailures(pdf)).isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).contains("pdfaid:part").contains("争议材料 2837461920384756123");
        }
    }

    @Test
    void everyPhotoIsAnImageUprightAndSmall() throws Exception {
        long photos = SampleCases.shortCase().evidence().stream().filter(DisputeFacts::isImage).count();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDImageXObject> images = PacketFixture.images(document);
            assertThat(images).hasSize((int) photos);
            for (PDImageXObject image : images) {
                assertThat(image.getSuffix()).isEqualTo("jpg");
                assertThat(image.getColorSpace().getNumberOfComponents()).isEqualTo(3);
                assertThat(image.getStream().getLength()).isLessThanOrEqualTo(EvidencePages.photoBytes((int) photos));
            }
            // receiving photos, in capture order: pallet, carton, the turned close-up, the count sheet
            PDImageXObject closeUp = images.get(images.size() - 2);
            assertThat(closeUp.getHeight()).isGreaterThan(closeUp.getWidth());
        }
    }

    @Test
    void aMissingCategoryIsSaidInTheOrderDetailsAndInItsSection(@TempDir Path dir) throws Exception {
        CaseFile noPayments = SampleCases.withEvidence(SampleCases.shortCase(), SampleCases.shortCase().evidence()
                .stream().filter(e -> e.category() != EvidenceCategory.PAYMENT).toList());
        byte[] written = PacketFixture.write(PacketFixture.content(noPayments, Language.ENGLISH));

        String cover = squeezed(PacketFixture.text(written, 1, 2));
        assertThat(cover).contains("缺少证据：付款凭证。此类没有任何文件。")
                .contains(squeezed("Missing evidence: Payments — this packet has no file of this kind."))
                .doesNotContain("Allfourkinds")
                .doesNotContain("?"); // every character has a glyph
        assertThat(squeezed(PacketFixture.text(written))).contains(squeezed("此类没有文件。 / No files in this category."));
    }

    @Test
    void aTransferInDongShowsBothAmountsAndItsRateInThePaymentsTable() throws Exception {
        Payment deposit = new Payment(1, 1, LocalDate.of(2026, 9, 2), Money.of("3650000", Money.VND),
                new BigDecimal("3650"), PaymentCovers.DEPOSIT, "Bank", null, null, null, null);
        Payment balance = new Payment(2, 1, LocalDate.of(2026, 9, 10), Money.of("2700.00", Money.CNY),
                new BigDecimal("3650"), PaymentCovers.BALANCE, "Alipay", null, null, null, null);
        CaseFile paidInDong = SampleCases.withPayments(SampleCases.shortCase(), List.of(balance, deposit));

        String all = squeezed(PacketFixture.text(PacketFixture.write(PacketFixture.content(paidInDong, Language.ENGLISH))));

        // date, amount paid and in yuan, covers, method, rate with its unit, in đồng, …, paid so far, owed
        assertThat(all).contains("2026-09-023,650,000₫=¥1,000.00定金DepositBank3,650₫/¥3,650,000₫",
                        "¥1,000.00¥2,700.002026-09-10¥2,700.00")
                .contains(squeezed("已付款/Paid ¥3,700.00"), squeezed("尚欠/Owed ¥0.00"));
    }

    @Test
    void aBrokenPhotoBecomesALabelledBoxAndTheRestIsStillThere(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("o1-pallet.jpg");
        Files.write(broken, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3, 4, 5});
        PacketContent sample = PacketFixture.sample(Language.VIETNAMESE);
        PacketContent withBroken = new PacketContent(sample.caseFile(), sample.facts(), sample.resolution(),
                sample.messages(), sample.timeline(),
                e -> e.fileName().equals("o1-pallet.jpg") ? PacketPhoto.upright(broken)
                        : e.fileName().equals("o1-sample.jpg") ? null : PacketFixture.samplePhotos().apply(e),
                Language.VIETNAMESE, PacketFixture.GENERATED);

        PacketSummary summary = new DisputePacket().write(withBroken, dir.resolve("packet.pdf"));

        assertThat(summary.photosNotShown()).containsExactlyInAnyOrder("o1-pallet.jpg", "o1-sample.jpg");
        assertThat(summary.photos()).isEqualTo(8);
        byte[] written = Files.readAllBytes(dir.resolve("packet.pdf"));
        assertThat(summary.bytes()).isEqualTo(written.length);
        String text = squeezed(PacketFixture.text(written));
        Evidence pallet = SampleCases.shortCase().evidence().stream()
                .filter(e -> e.fileName().equals("o1-pallet.jpg")).findFirst().orElseThrow();
        assertThat(text).contains(squeezed("无法读取此图片 / Không đọc được ảnh này"))
                .contains(squeezed("找不到此文件 / Không tìm thấy tệp này"))
                .contains("SHA-256:" + pallet.sha256());
        assertThat(PacketFixture.pdfaFailures(written)).isEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).doesNotContain("packet.pdf.part")
                    .noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void vietnameseIsShownComposedEvenWhenTypedDecomposed() throws Exception {
        CaseFile base = SampleCases.shortCase();
        List<Evidence> decomposed = base.evidence().stream()
                .map(e -> e.fileName().equals("o1-pallet.jpg")
                        ? e.withCaption(Normalizer.normalize("Chín thùng trên pallet, nhãn 9/10", Normalizer.Form.NFD))
                        : e)
                .toList();
        byte[] written = PacketFixture.write(PacketFixture.content(SampleCases.withEvidence(base, decomposed),
                Language.VIETNAMESE));

        String text = PacketFixture.text(written);
        assertThat(text).contains("Chín thùng trên pallet, nhãn 9/10")
                .contains("chúng tôi đã nhận 180 bộ")
                .doesNotContain("?");
    }
}
