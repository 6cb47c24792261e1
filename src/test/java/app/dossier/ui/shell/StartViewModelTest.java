package app.dossier.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.guidance.Deadline;
import app.dossier.domain.guidance.Finding;
import app.dossier.domain.guidance.Severity;
import app.dossier.domain.guidance.Urgency;
import app.dossier.service.Workspace;
import app.dossier.ui.ModelContext;
import app.dossier.ui.TestContext;
import app.dossier.ui.common.CheckLine;
import app.dossier.ui.common.DueLine;
import app.dossier.ui.common.FindingLine;
import app.dossier.ui.common.RecordState;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start screen on the sample business at 10:00 on 26 Nov 2026 in Hà Nội ({@link Workspace#CLOCK}). */
class StartViewModelTest {
    @TempDir
    Path temp;

    private ModelContext ui;
    private StartViewModel model;
    private long hoodies;
    private long lunchBoxes;

    @BeforeEach
    void open() {
        ui = new ModelContext(temp, true);
        model = new StartViewModel(ui.context());
        hoodies = ui.workspace().services().orders().find("2851234098765432101").id();
        lunchBoxes = ui.workspace().services().orders().find("2840019375561028394").id();
        model.refresh();
    }

    @AfterEach
    void close() {
        ui.close();
    }

    @Test
    void theDueListHasTheHoodieInspectionDueSoonAndTheLunchBoxNotificationOverdue() {
        assertThat(model.due()).extracting(DueLine::orderId, DueLine::kind, DueLine::urgency).contains(
                tuple(hoodies, Deadline.Kind.INSPECT_LIMIT, Urgency.DUE_SOON),
                tuple(lunchBoxes, Deadline.Kind.NOTIFY_LIMIT, Urgency.OVERDUE));
        DueLine inspect = model.due().stream().filter(d -> d.orderId() == hoodies).findFirst().orElseThrow();
        assertThat(inspect.orderLabel()).isEqualTo("2851234098765432101");
        assertThat(inspect.what()).isEqualTo("Inspect the goods (48-hour limit)");
        assertThat(inspect.when()).isEqualTo("26 Nov 2026 16:05");
        assertThat(inspect.urgencyWords()).isEqualTo("Due soon");
        assertThat(inspect.overdue()).isFalse();
        DueLine notify = model.due().stream().filter(d -> d.orderId() == lunchBoxes).findFirst().orElseThrow();
        assertThat(notify.overdue()).isTrue();
        assertThat(notify.urgencyWords()).isEqualTo("Overdue");
        assertThat(notify.message()).contains("Tell the factory in writing");
    }

    @Test
    void clickingADueLineOpensItsOrder() {
        model.open(hoodies);
        assertThat(ui.navigator().went).containsExactly("order " + hoodies);
    }

    @Test
    void thePressingFindingsAreUrgentOrToFixWithTheirMessage() {
        assertThat(model.pressing()).isNotEmpty().allMatch(f -> f.severity() != Severity.ADVICE);
        assertThat(model.pressing().get(0).severity()).isEqualTo(Severity.URGENT);
        assertThat(model.pressing()).extracting(FindingLine::kind).contains(Finding.Kind.FACTORY_NOT_NOTIFIED,
                Finding.Kind.DEPOSIT_NOT_ACKNOWLEDGED, Finding.Kind.NOT_INSPECTED, Finding.Kind.SAMPLE_NOT_CONFIRMED,
                Finding.Kind.CHAT_EXPORT_DUE);
        FindingLine lunch = model.pressing().stream().filter(f -> f.kind() == Finding.Kind.FACTORY_NOT_NOTIFIED)
                .findFirst().orElseThrow();
        assertThat(lunch.severityWords()).isEqualTo("Urgent");
        assertThat(lunch.when()).isEqualTo("8 Nov 2026 14:00 · Overdue");
        assertThat(lunch.text()).contains("1 defective unit", "the factory has not been told");
    }

    @Test
    void theOrdersWithGapsShowTheirFourRecordsAndWhatBlocksADispute() {
        assertThat(model.gaps()).extracting(GapLine::orderLabel).containsExactlyInAnyOrder("JX-2026-031",
                "2851234098765432101", "定制磁吸礼盒 — Hộp quà nắp nam châm in logo");
        GapLine hoodie = model.gaps().stream().filter(g -> g.orderId() == hoodies).findFirst().orElseThrow();
        assertThat(hoodie.ready()).isFalse();
        assertThat(hoodie.checks()).extracting(CheckLine::category, CheckLine::state).containsExactly(
                tuple(EvidenceCategory.AGREEMENT, RecordState.MISSING),
                tuple(EvidenceCategory.CONFIRMATION, RecordState.COMPLETE),
                tuple(EvidenceCategory.PAYMENT, RecordState.COMPLETE),
                tuple(EvidenceCategory.RECEIVING, RecordState.PARTIAL));
        assertThat(hoodie.readiness()).isEqualTo("Not ready for a dispute: Chat and agreements (missing),"
                + " Receiving and QC (partial)");
        assertThat(hoodie.detail()).startsWith("加绒卫衣 — Áo hoodie lót nỉ · 广州市锦绣服装有限公司");
        assertThat(model.readyProperty().get())
                .isEqualTo("Ready for a dispute: 2840019375561028394, 2837461920384756123");
    }

    @Test
    void theCountsAndTheSampleOfferOnAFolderWithTheSample() {
        assertThat(model.countsProperty().get()).isEqualTo("3 factories · 5 orders · 1 dispute");
        assertThat(model.canLoadSampleProperty().get()).isFalse();
    }

    @Test
    void inVietnameseTheFindingsAndDeadlinesAreSaidInVietnamese() {
        StartViewModel vi = new StartViewModel(new TestContext(ui.workspace().services(), Locale.forLanguageTag("vi"))
                .context);
        vi.refresh();
        DueLine inspect = vi.due().stream().filter(d -> d.orderId() == hoodies).findFirst().orElseThrow();
        assertThat(inspect.what()).isEqualTo("Kiểm hàng (hạn chót 48 giờ)");
        assertThat(inspect.when()).isEqualTo("16:05 ngày 26/11/2026");
        assertThat(inspect.urgencyWords()).isEqualTo("Sắp đến hạn");
        FindingLine lunch = vi.pressing().stream().filter(f -> f.kind() == Finding.Kind.FACTORY_NOT_NOTIFIED)
                .findFirst().orElseThrow();
        assertThat(lunch.text()).isEqualTo("Biên bản nhận hàng ghi 1 sản phẩm lỗi mà vẫn chưa báo xưởng. Hãy gửi ngay"
                + " cho xưởng một tin nhắn có số đơn, các con số và ảnh: hạn 48 giờ đã hết lúc 14:00 ngày 08/11/2026.");
        FindingLine deposit = vi.pressing().stream().filter(f -> f.kind() == Finding.Kind.DEPOSIT_NOT_ACKNOWLEDGED)
                .findFirst().orElseThrow();
        assertThat(deposit.text()).startsWith("Khoản cọc ¥3.200,00 trả ngày 18/11/2026 chưa được xưởng xác nhận"
                + " bằng văn bản, mà đây là đơn đầu tiên với xưởng này.");
        assertThat(vi.pressing()).allMatch(f -> !f.text().contains("{"));
        assertThat(vi.countsProperty().get()).isEqualTo("3 xưởng · 5 đơn hàng · 1 khiếu nại");
    }
}
