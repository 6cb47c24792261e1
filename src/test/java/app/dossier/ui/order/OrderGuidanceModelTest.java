package app.dossier.ui.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.dossier.domain.Evidence;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.guidance.CategoryStatus;
import app.dossier.domain.guidance.Finding;
import app.dossier.domain.guidance.Severity;
import app.dossier.service.Workspace;
import app.dossier.ui.ModelContext;
import app.dossier.ui.TestContext;
import app.dossier.ui.common.CheckLine;
import app.dossier.ui.common.FindingLine;
import app.dossier.ui.common.RecordState;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guidance of the order shown, on the sample business at 10:00 on 26 Nov 2026 ({@link Workspace#CLOCK}). */
class OrderGuidanceModelTest {
    @TempDir
    Path temp;

    private ModelContext ui;
    private OrderViewModel order;
    private OrderGuidanceModel guidance;
    private long giftBoxes;

    @BeforeEach
    void open() {
        ui = new ModelContext(temp, true);
        order = new OrderViewModel(ui.context(), Workspace.CLOCK, () -> {
        });
        guidance = order.guidance();
        giftBoxes = ui.workspace().services().orders().list(null).stream().map(s -> s.order())
                .filter(o -> o.orderNumber() == null).findFirst().orElseThrow().id();
    }

    @AfterEach
    void close() {
        ui.close();
    }

    @Test
    void theGiftBoxDepositWasNeverAcknowledgedAndItsSummaryIsReadyToSend() {
        order.load(giftBoxes);

        FindingLine deposit = guidance.findings().get(0);
        assertThat(deposit.kind()).isEqualTo(Finding.Kind.DEPOSIT_NOT_ACKNOWLEDGED);
        assertThat(deposit.severity()).isEqualTo(Severity.URGENT);
        assertThat(deposit.text()).contains("¥3,200.00", "first order");
        assertThat(guidance.findings()).extracting(FindingLine::kind).contains(Finding.Kind.SAMPLE_NOT_CONFIRMED,
                Finding.Kind.ORDER_NOT_CONFIRMED, Finding.Kind.CONTRACT_ADVICE_OEM);
        assertThat(guidance.headlineProperty().get()).isEqualTo("1 urgent · 2 to fix · 1 piece of advice");

        assertThat(guidance.offPlatformProperty().get()).isTrue();
        assertThat(guidance.confirmedProperty().get()).isFalse();
        assertThat(guidance.summaryChineseProperty().get()).contains("产品：定制磁吸礼盒", "数量：2,000件", "单价：¥3.20",
                "总价：¥6,400.00", "交货期：2026年12月10日前", "请直接回复“确认”");
        assertThat(guidance.summaryEnglishProperty().get()).contains("Quantity: 2,000 pcs", "Total: ¥6,400.00",
                "Delivery by: 2026-12-10");
        assertThat(guidance.summaryToFillInProperty().get()).isEmpty();

        guidance.copySummaryChinese();
        guidance.copySummaryEnglish();
        assertThat(ui.desktop().copied).containsExactly(guidance.summaryChineseProperty().get(),
                guidance.summaryEnglishProperty().get());
        assertThat(ui.navigator().lastSaid()).isEqualTo("Copied the order summary in English.");
    }

    @Test
    void theGiftBoxRecordsAreMarkedCompletePartialMissingOrNotYet() {
        order.load(giftBoxes);

        assertThat(guidance.checks()).extracting(CheckLine::category, CheckLine::state, CheckLine::stateWords)
                .containsExactly(tuple(EvidenceCategory.AGREEMENT, RecordState.PARTIAL, "partial"),
                        tuple(EvidenceCategory.CONFIRMATION, RecordState.MISSING, "missing"),
                        tuple(EvidenceCategory.PAYMENT, RecordState.PARTIAL, "partial"),
                        tuple(EvidenceCategory.RECEIVING, RecordState.WAITING, "not yet"));
        assertThat(guidance.checks().get(2).reasons()).containsExactly("The payments recorded add up to ¥3,200.00 of"
                + " ¥6,400.00; ¥3,200.00 is still to pay, or its payment is not recorded.");
        assertThat(guidance.readyProperty().get()).isFalse();
        assertThat(guidance.readinessProperty().get()).isEqualTo("Not ready for a dispute");
        assertThat(guidance.blockersProperty().get()).startsWith("Not ready for a dispute: Chat and agreements"
                + " (partial), Order and confirmation (missing)");
        assertThat(order.stateProperty(EvidenceCategory.PAYMENT).get()).isEqualTo(RecordState.PARTIAL);
        assertThat(order.tabTitleProperty(EvidenceCategory.PAYMENT).get()).isEqualTo("Payments (1)");
        assertThat(order.tabTipProperty(EvidenceCategory.PAYMENT).get()).startsWith("Payments: partial\n• ");
        assertThat(order.stateProperty(EvidenceCategory.RECEIVING).get()).isEqualTo(RecordState.WAITING);
        assertThat(order.tabTitleProperty(EvidenceCategory.RECEIVING).get()).isEqualTo("Receiving and QC: not yet");
    }

    @Test
    void theTShirtsAreAdvisedAWrittenAgreementAsOemAndLargeWithTermsInChinese() {
        order.load(ui.workspace().services().orders().find("JX-2026-031").id());

        assertThat(guidance.advisedProperty().get()).isTrue();
        assertThat(guidance.adviceReasons()).hasSize(2);
        assertThat(guidance.adviceReasons().get(0)).startsWith("It is made to your design (OEM)");
        assertThat(guidance.adviceReasons().get(1)).contains("105.523.200 ₫", "30.000.000 ₫");
        assertThat(guidance.termsChineseProperty().get()).contains("这批货是按我们的设计定制的，金额也比较大",
                "订单号：JX-2026-031", "设计归属", "独家供应", "模具和印版", "首批货", "请回复“确认”");
        assertThat(guidance.termsEnglishProperty().get()).contains("Design ownership", "Exclusivity");
        assertThat(guidance.findings()).extracting(FindingLine::kind).contains(Finding.Kind.CONTRACT_ADVICE_OEM,
                Finding.Kind.CONTRACT_ADVICE_LARGE_ORDER);

        guidance.copyTermsChinese();
        assertThat(ui.desktop().copied).containsExactly(guidance.termsChineseProperty().get());
        assertThat(ui.navigator().lastSaid())
                .isEqualTo("Copied the terms in Chinese: paste them into WeChat or the 1688 chat.");
        // off the platform too, and already confirmed in writing by the factory
        assertThat(guidance.offPlatformProperty().get()).isTrue();
        assertThat(guidance.confirmedProperty().get()).isTrue();
    }

    @Test
    void aPlatformOrderHasNoSummaryToSendAndTheSpatulasAreReadyForADispute() {
        order.load(ui.workspace().services().orders().find("2837461920384756123").id());

        assertThat(guidance.offPlatformProperty().get()).isFalse();
        assertThat(guidance.advisedProperty().get()).isFalse();
        assertThat(guidance.readyProperty().get()).isTrue();
        assertThat(guidance.readinessProperty().get()).isEqualTo("Ready for a dispute");
        assertThat(guidance.checks()).allMatch(c -> c.state() == RecordState.COMPLETE);
        assertThat(guidance.due()).extracting(d -> d.what()).containsExactly("Last day to open a 1688 dispute");
    }

    @Test
    void recordingTheFactorysConfirmationOnTheGiftBoxTurnsOrderAndConfirmationComplete() throws Exception {
        order.load(giftBoxes);
        Path screenshot = ui.workspace().photo("wechat-hengda-reply.png", 5);
        ui.desktop().willChoose(List.of(screenshot));

        assertThat(guidance.chooseConfirmationFiles()).isTrue();
        ConfirmationForm form = guidance.confirmation();
        assertThat(form.confirmedAt().textProperty().get()).isEqualTo("2026-11-26");
        form.confirmedAt().textProperty().set("25/11/2026 9h30");
        form.viaProperty().set("WeChat");
        assertThat(form.captionProperty().get()).isEqualTo("Factory confirmed in writing on 2026-11-25 09:30 via WeChat");

        assertThat(guidance.recordConfirmation()).isTrue();

        List<Evidence> saved = ui.workspace().services().evidence().ofOrder(giftBoxes).stream()
                .filter(e -> e.category() == EvidenceCategory.CONFIRMATION).toList();
        assertThat(saved).singleElement().satisfies(e -> {
            assertThat(e.fileName()).isEqualTo("wechat-hengda-reply.png");
            assertThat(e.caption()).isEqualTo("Factory confirmed in writing on 2026-11-25 09:30 via WeChat");
            assertThat(e.capturedAt()).isEqualTo(LocalDateTime.of(2026, 11, 25, 9, 30));
        });
        assertThat(ui.workspace().services().guidance().completeness(giftBoxes).check(EvidenceCategory.CONFIRMATION)
                .status()).isEqualTo(CategoryStatus.COMPLETE);
        assertThat(guidance.confirmedProperty().get()).as("the order was read again").isTrue();
        assertThat(guidance.checks().get(1).state()).isEqualTo(RecordState.COMPLETE);
        assertThat(order.stateProperty(EvidenceCategory.CONFIRMATION).get()).isEqualTo(RecordState.COMPLETE);
        assertThat(guidance.findings()).extracting(FindingLine::kind).doesNotContain(Finding.Kind.ORDER_NOT_CONFIRMED);
        assertThat(ui.navigator().lastSaid())
                .isEqualTo("Saved: Factory confirmed in writing on 2026-11-25 09:30 via WeChat.");
    }

    @Test
    void theConfirmationCaptionInVietnameseIsAlsoRecognised() throws Exception {
        OrderViewModel vi = new OrderViewModel(new TestContext(ui.workspace().services(), Locale.forLanguageTag("vi"))
                .context, Workspace.CLOCK, () -> {
                });
        vi.load(giftBoxes);
        Path screenshot = ui.workspace().photo("zalo.jpg", 9);
        ConfirmationForm form = vi.guidance().confirmation();
        form.files().setAll(screenshot);
        form.confirmedAt().textProperty().set("2026-11-24");
        form.viaProperty().set("Zalo");
        assertThat(form.captionProperty().get()).isEqualTo("Xưởng đã xác nhận bằng văn bản ngày 24/11/2026 qua Zalo");

        assertThat(vi.guidance().recordConfirmation()).isTrue();

        assertThat(ui.workspace().services().guidance().completeness(giftBoxes).check(EvidenceCategory.CONFIRMATION)
                .status()).isEqualTo(CategoryStatus.COMPLETE);
    }

    @Test
    void aConfirmationNeedsAScreenshotAPlaceAndADateNotInTheFuture() {
        order.load(giftBoxes);
        ConfirmationForm form = guidance.confirmation();
        form.confirmedAt().textProperty().set("2026-12-01");
        form.viaProperty().set(" ");

        assertThat(guidance.recordConfirmation()).isFalse();

        assertThat(form.filesErrorProperty().get()).isEqualTo("Choose at least one screenshot of the factory's reply.");
        assertThat(form.viaErrorProperty().get()).isEqualTo("Say where the factory confirmed: WeChat, 1688, Zalo…");
        assertThat(form.confirmedAt().errorProperty().get()).isEqualTo("The confirmation cannot be in the future.");
        assertThat(ui.workspace().services().evidence().ofOrder(giftBoxes))
                .noneMatch(e -> e.category() == EvidenceCategory.CONFIRMATION);
    }
}
