package app.dossier.packet;

import static app.dossier.packet.PacketFixture.squeezed;
import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.CaseFile;
import app.dossier.domain.DisputeEvent;
import app.dossier.domain.DisputeFacts;
import app.dossier.domain.DisputeStatus;
import app.dossier.domain.Language;
import app.dossier.domain.MessageDrafter;
import app.dossier.domain.PacketCopy;
import app.dossier.domain.Resolution;
import app.dossier.domain.SampleCases;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;

/**
 * The timeline of the sample short order, in both copies, read back from the PDF: the order's
 * history oldest first, each event with its exhibits, and the dispute's notes only where their
 * reader can read them.
 */
@Tag("slow")
class PacketTimelineTest {
    private static final LocalDateTime OPENED = LocalDateTime.of(2026, 10, 3, 15, 0);
    /** As the dispute service records a dispute's first step: the summary, in Vietnamese, as its note. */
    private static final List<DisputeEvent> STEPS = List.of(
            new DisputeEvent(DisputeStatus.DRAFT, OPENED, "Thiếu 20 bộ và 3 bộ lỗi so với thỏa thuận ngày 2026-09-01"),
            new DisputeEvent(DisputeStatus.SENT, OPENED.plusMinutes(20), "Gửi qua chat 1688 kèm 4 ảnh", List.of(6L)),
            new DisputeEvent(DisputeStatus.FACTORY_REPLIED, OPENED.plusDays(1), "李丽: 我们核实一下仓库记录"));

    private static String factory;
    private static String own;

    @BeforeAll
    static void writeBothCopies() throws Exception {
        CaseFile caseFile = SampleCases.shortCase();
        DisputeFacts facts = DisputeFacts.of(caseFile);
        Resolution refund = Resolution.proposedRefund(caseFile).orElseThrow();
        PacketContent content = new PacketContent(caseFile, facts, refund,
                MessageDrafter.draftForFactoryAndBuyer(facts, refund, Language.ENGLISH), STEPS,
                PacketFixture.samplePhotos(), Language.ENGLISH, PacketFixture.GENERATED);
        factory = timeline(PacketFixture.text(PacketFixture.write(content.withCopy(PacketCopy.FACTORY))));
        own = timeline(PacketFixture.text(PacketFixture.write(content.withCopy(PacketCopy.OWN))));
    }

    @Test
    void theFactorysCopyTellsTheOrdersHistoryOldestFirstWithItsExhibits() {
        // exhibits: 图1–图4 chat and agreements (sample photo, chat, confirmation, notice), 图5 the order page,
        // 图6 the payment proof, 图7–图10 the receiving photos
        assertThat(squeezed(factory)).containsSubsequence(
                "2026-09-01", "谈妥规格与价格", "Specsandpriceagreed", "图1–图3",
                "2026-09-02", "下单：200套×¥18.50", "Ordered:200sets×¥18.50", "图5",
                "2026-09-02", "付款（全款）：¥3,700.00", "Paid(infull):¥3,700.00", "图6",
                "2026-09-0210:40", "工厂确认收到付款¥3,700.00",
                "2026-09-20", "约定交货期限",
                "2026-10-0309:40", "到货：9箱（应到10箱）", "Goodsarrived:9of10parcels", "图7–图10",
                "2026-10-0311:15", "清点与抽检：实收180套，短缺20套；抽检32套，不良3套",
                "Countedandchecked:180setsreceived,20setsshort;32setssampled,3setsdefective", "图7–图10",
                "2026-10-0315:00", "争议：草稿", "Dispute:Draft",
                "2026-10-0315:20", "已将问题告知工厂", "图4",
                "2026-10-0315:20", "争议：已发给工厂", "图4",
                "2026-10-0415:00", "争议：工厂已回复", "李丽:我们核实一下仓库记录");
    }

    @Test
    void aVietnameseNoteIsLeftOutOfTheFactorysCopyAndKeptInTheBuyersOwn() {
        assertThat(factory).doesNotContain("Thiếu 20 bộ").doesNotContain("Gửi qua chat")
                .doesNotContain("1 thùng bị móp").doesNotContain("3 bộ nứt");
        assertThat(squeezed(own)).contains(squeezed("“Thiếu 20 bộ và 3 bộ lỗi so với thỏa thuận ngày 2026-09-01”"),
                squeezed("“Gửi qua chat 1688 kèm 4 ảnh”"), squeezed("“1 thùng bị móp, rách góc”"),
                squeezed("“李丽: 我们核实一下仓库记录”"));
    }

    @Test
    void theFactorysCopyHasNoDongInItsTimeline() {
        assertThat(factory).doesNotContain("₫").doesNotContain("VND");
    }

    /** The text from the timeline's heading to the next section's (Chat and agreements starts a page). */
    private static String timeline(String text) {
        int start = text.indexOf("处理记录 / Timeline");
        int end = text.indexOf("聊天记录与约定", start);
        assertThat(start).as("the timeline's heading").isNotNegative();
        assertThat(end).as("the next section's heading").isGreaterThan(start);
        return text.substring(start, end);
    }
}
