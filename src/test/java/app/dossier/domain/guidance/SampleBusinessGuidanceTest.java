package app.dossier.domain.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.dossier.domain.CaseFile;
import app.dossier.domain.DisputeStatus;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Money;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The sample business (sample-data/sample.json) on 26 Nov 2026 at 10:00 in Hà Nội: it is built to
 * show every warning. Orders: 1 spatulas (short, defects), 2 lunch boxes, 3 OEM T-shirts,
 * 4 hoodies (arrived, not counted), 5 OEM gift boxes (first order with the factory).
 */
class SampleBusinessGuidanceTest {
    private static final Clock NOW = CaseBuilder.at("2026-11-26T10:00");
    private final List<CaseFile> cases = SampleCases.load();
    private final Guidance guidance = Guidance.standard();
    private final List<Finding> findings = guidance.findings(cases, NOW);

    private static final long SPATULAS = 1;
    private static final long LUNCH_BOXES = 2;
    private static final long T_SHIRTS = 3;
    private static final long HOODIES = 4;
    private static final long GIFT_BOXES = 5;

    @Test
    void theSampleIsTheOneDescribed() {
        assertThat(cases).extracting(c -> c.order().id(), c -> c.order().product().substring(0, 4))
                .containsExactly(tuple(1L, "硅胶铲5"), tuple(2L, "304不"), tuple(3L, "220克"), tuple(4L, "加绒卫衣"),
                        tuple(5L, "定制磁吸"));
    }

    @Test
    void theGiftBoxHasOnlyASamplePhotoWithoutTheChatThatConfirmedIt() {
        assertThat(ofKind(Finding.Kind.SAMPLE_NOT_CONFIRMED)).extracting(Finding::orderId).contains(GIFT_BOXES);
        Finding giftBox = one(Finding.Kind.SAMPLE_NOT_CONFIRMED, GIFT_BOXES);
        assertThat(giftBox.params().get("files")).isEqualTo(List.of("o5-sample-box.jpg"));
    }

    @Test
    void theTShirtLabelSampleIsAlsoUnconfirmedButTheSpatulaSampleWasConfirmedInChat() {
        assertThat(ofKind(Finding.Kind.SAMPLE_NOT_CONFIRMED)).extracting(Finding::orderId)
                .containsExactlyInAnyOrder(T_SHIRTS, GIFT_BOXES);
    }

    @Test
    void theHoodiesArrivedOn24NovemberAndMustBeInspectedBy16h05Today() {
        Finding hoodies = one(Finding.Kind.NOT_INSPECTED, HOODIES);
        assertThat(hoodies.due()).isEqualTo(LocalDateTime.parse("2026-11-26T16:05"));
        assertThat(hoodies.urgency()).isEqualTo(Urgency.DUE_SOON);
        assertThat(hoodies.params()).containsEntry("arrivalFrom", "PHOTO");
        assertThat(GuidanceWords.english().finding(hoodies)).contains("no receiving record", "26 Nov 2026 16:05", "in 6 hours");
    }

    @Test
    void theHoodiesBecomeOverdueAfter16h05() {
        List<Finding> later = guidance.findings(cases, CaseBuilder.at("2026-11-26T16:06"));
        Finding hoodies = later.stream().filter(f -> f.kind() == Finding.Kind.NOT_INSPECTED).findFirst().orElseThrow();
        assertThat(hoodies.severity()).isEqualTo(Severity.URGENT);
        assertThat(hoodies.urgency()).isEqualTo(Urgency.OVERDUE);
    }

    @Test
    void theDefectiveLunchBoxWasNeverReportedToTheFactory() {
        Finding lunch = one(Finding.Kind.FACTORY_NOT_NOTIFIED, LUNCH_BOXES);
        assertThat(lunch.severity()).isEqualTo(Severity.URGENT);
        assertThat(lunch.due()).isEqualTo(LocalDateTime.parse("2026-11-08T14:00"));
        assertThat(lunch.params()).containsEntry("defectiveUnits", 1L);
    }

    @Test
    void theSpatulaShortageWasReportedTheSameDaySoNothingIsSaidAboutIt() {
        assertThat(kindsOf(SPATULAS)).doesNotContain(Finding.Kind.FACTORY_NOT_NOTIFIED,
                Finding.Kind.FACTORY_NOTIFIED_LATE, Finding.Kind.NOT_INSPECTED, Finding.Kind.INSPECTED_LATE);
    }

    @Test
    void theSpatulaSampleCheckFailsAtAql25() {
        Finding spatulas = one(Finding.Kind.SAMPLE_CHECK_FAILED, SPATULAS);
        assertThat(spatulas.params()).containsEntry("lotSize", 180L).containsEntry("accept", 2L)
                .containsEntry("defectiveUnits", 3L);
    }

    @Test
    void theGiftBoxDepositIsUnacknowledgedOnAFirstOrder() {
        Finding deposit = one(Finding.Kind.DEPOSIT_NOT_ACKNOWLEDGED, GIFT_BOXES);
        assertThat(deposit.severity()).isEqualTo(Severity.URGENT);
        assertThat(deposit.params()).containsEntry("amount", Money.of("3200.00", Money.CNY))
                .containsEntry("firstOrder", "YES");
        assertThat(ofKind(Finding.Kind.DEPOSIT_NOT_ACKNOWLEDGED)).hasSize(1);
    }

    @Test
    void tShirtsAndGiftBoxAreOemAndAreAdvisedAWrittenAgreement() {
        assertThat(ofKind(Finding.Kind.CONTRACT_ADVICE_OEM)).extracting(Finding::orderId)
                .containsExactlyInAnyOrder(T_SHIRTS, GIFT_BOXES);
    }

    @Test
    void onlyTheTShirtsAreALargeOrderPaidInInstallments() {
        Finding large = one(Finding.Kind.CONTRACT_ADVICE_LARGE_ORDER, T_SHIRTS);
        // 8,640 × 3,650 + 20,160 × 3,670, as on the two bank receipts
        assertThat(large.params()).containsEntry("valueVnd", Money.of("105523200", Money.VND));
        // the hoodies are worth 49.5 million đồng but were paid once, through 1688
        assertThat(ofKind(Finding.Kind.CONTRACT_ADVICE_LARGE_ORDER)).hasSize(1);
    }

    @Test
    void theChatsOfOpenOrdersAreDueForExportButNotOfTheClosedOrNewOnes() {
        assertThat(ofKind(Finding.Kind.CHAT_EXPORT_DUE)).extracting(Finding::orderId)
                .containsExactlyInAnyOrder(SPATULAS, T_SHIRTS, HOODIES);
        assertThat(one(Finding.Kind.CHAT_EXPORT_DUE, HOODIES).severity()).isEqualTo(Severity.WARNING);
        assertThat(one(Finding.Kind.CHAT_EXPORT_DUE, SPATULAS).params()).containsEntry("daysSince", 53L);
    }

    @Test
    void aShorterExportIntervalAlsoRemindsAboutTheGiftBoxChat() {
        Guidance weekly = new Guidance(GuidanceSettings.defaults().withChatExportEvery(java.time.Duration.ofDays(7)),
                EvidenceClassifier.byKeywords());
        assertThat(weekly.findings(cases, NOW)).filteredOn(f -> f.kind() == Finding.Kind.CHAT_EXPORT_DUE)
                .extracting(Finding::orderId).contains(GIFT_BOXES);
    }

    @Test
    void theGiftBoxWasNeverConfirmedInWriting() {
        assertThat(ofKind(Finding.Kind.ORDER_NOT_CONFIRMED)).extracting(Finding::orderId).containsExactly(GIFT_BOXES);
    }

    @Test
    void everyWarningOfTheSeedShowsUpAtLeastOnce() {
        assertThat(findings).extracting(Finding::kind).contains(Finding.Kind.SAMPLE_NOT_CONFIRMED,
                Finding.Kind.NOT_INSPECTED, Finding.Kind.FACTORY_NOT_NOTIFIED, Finding.Kind.DEPOSIT_NOT_ACKNOWLEDGED,
                Finding.Kind.CHAT_EXPORT_DUE, Finding.Kind.CONTRACT_ADVICE_OEM, Finding.Kind.CONTRACT_ADVICE_LARGE_ORDER);
    }

    @Test
    void urgentFindingsComeFirst() {
        assertThat(findings.get(0).severity()).isEqualTo(Severity.URGENT);
        assertThat(findings).extracting(Finding::severity).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void onlyTheTwoReceivedPlatformOrdersAreReadyForADispute() {
        assertThat(cases).filteredOn(c -> guidance.completeness(c, NOW).readiness().ready())
                .extracting(c -> c.order().id()).containsExactly(SPATULAS, LUNCH_BOXES);
    }

    @Test
    void theOrdersWithGapsAreTheThreeNewOnes() {
        List<OrderCompleteness> gaps = guidance.ordersWithGaps(cases, NOW);
        assertThat(gaps).extracting(OrderCompleteness::orderId).containsExactly(T_SHIRTS, HOODIES, GIFT_BOXES);
        OrderCompleteness giftBox = gaps.get(2);
        assertThat(giftBox.check(EvidenceCategory.CONFIRMATION).status()).isEqualTo(CategoryStatus.MISSING);
        assertThat(giftBox.check(EvidenceCategory.PAYMENT).gaps()).extracting(Gap::kind)
                .containsExactly(Gap.Kind.NOT_FULLY_PAID);
        assertThat(giftBox.check(EvidenceCategory.RECEIVING).waiting()).isTrue();
        OrderCompleteness hoodies = gaps.get(1);
        assertThat(hoodies.check(EvidenceCategory.AGREEMENT).status()).isEqualTo(CategoryStatus.MISSING);
        assertThat(hoodies.check(EvidenceCategory.RECEIVING).status()).isEqualTo(CategoryStatus.PARTIAL);
    }

    @Test
    void theDueListHasTheHoodieInspectionAndTheMissedDeadlines() {
        List<Deadline> due = guidance.dueList(cases, NOW);
        assertThat(due).extracting(Deadline::orderId, Deadline::kind, Deadline::urgency).containsExactly(
                tuple(SPATULAS, Deadline.Kind.DISPUTE_WINDOW, Urgency.OVERDUE),
                tuple(LUNCH_BOXES, Deadline.Kind.NOTIFY_LIMIT, Urgency.OVERDUE),
                tuple(HOODIES, Deadline.Kind.INSPECT_LIMIT, Urgency.DUE_SOON));
    }

    @Test
    void jiameiHasOneShortCartonAndFourDefectsOnRecord() {
        FactoryRecord jiamei = guidance.factoryRecords(cases).get(0);
        assertThat(jiamei.factoryName()).startsWith("义乌市佳美日用品有限公司");
        assertThat(jiamei.shortRate()).hasValue(new Rate(20, 700));
        assertThat(jiamei.defectRate()).hasValue(new Rate(4, 82));
        assertThat(jiamei.disputesByStatus()).containsEntry(DisputeStatus.DRAFT, 1L);
    }

    @Test
    void theGiftBoxSummaryIsReadyToSendInChineseAndEnglish() {
        FactoryMessage summary = guidance.orderSummary(cases.get(4));
        assertThat(summary.chinese()).contains("产品：定制磁吸礼盒\n", "数量：2,000件", "单价：¥3.20", "总价：¥6,400.00",
                "交货期：2026年12月10日前", "已付定金¥3,200.00（2026年11月18日）", "请直接回复“确认”");
        assertThat(summary.english()).contains("Quantity: 2,000 pcs", "Total: ¥6,400.00", "Delivery by: 2026-12-10",
                "reply \"confirm\"");
        assertThat(summary.toFillIn()).isEmpty();
    }

    private List<Finding> ofKind(Finding.Kind kind) {
        return findings.stream().filter(f -> f.kind() == kind).toList();
    }

    private Finding one(Finding.Kind kind, long orderId) {
        List<Finding> found = findings.stream().filter(f -> f.kind() == kind && f.orderId() == orderId).toList();
        assertThat(found).as(kind + " on order " + orderId).hasSize(1);
        return found.get(0);
    }

    private Set<Finding.Kind> kindsOf(long orderId) {
        return findings.stream().filter(f -> f.orderId() == orderId).map(Finding::kind).collect(Collectors.toSet());
    }
}
