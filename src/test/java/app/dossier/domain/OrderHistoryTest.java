package app.dossier.domain;

import static app.dossier.domain.HistoryKind.ACKNOWLEDGED;
import static app.dossier.domain.HistoryKind.AGREED;
import static app.dossier.domain.HistoryKind.ARRIVED;
import static app.dossier.domain.HistoryKind.COUNTED;
import static app.dossier.domain.HistoryKind.DISPUTE_STEP;
import static app.dossier.domain.HistoryKind.DUE;
import static app.dossier.domain.HistoryKind.FACTORY_TOLD;
import static app.dossier.domain.HistoryKind.ORDERED;
import static app.dossier.domain.HistoryKind.PAID;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderHistoryTest {
    private static final LocalDateTime NOTICE = LocalDateTime.of(2026, 10, 3, 15, 20);
    private static final List<DisputeEvent> STEPS = List.of(
            new DisputeEvent(DisputeStatus.DRAFT, NOTICE.minusMinutes(20), "Thiếu 20 bộ và 3 bộ lỗi"),
            new DisputeEvent(DisputeStatus.SENT, NOTICE, "Gửi qua chat 1688 kèm 4 ảnh", List.of(6L, 99L)),
            new DisputeEvent(DisputeStatus.FACTORY_REPLIED, NOTICE.plusDays(1), "李丽: 我们核实一下仓库记录"));

    @Test
    void theShortOrdersHistoryFromAgreementToTheFactorysReplyOldestFirst() {
        OrderHistory history = OrderHistory.of(SampleCases.shortCase(), STEPS);

        assertThat(history.events()).extracting(HistoryEvent::kind).containsExactly(AGREED, ORDERED, PAID,
                ACKNOWLEDGED, DUE, ARRIVED, COUNTED, DISPUTE_STEP, FACTORY_TOLD, DISPUTE_STEP, DISPUTE_STEP);
        assertThat(history.events()).extracting(HistoryEvent::date).containsExactly(LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 20),
                LocalDate.of(2026, 10, 3), LocalDate.of(2026, 10, 3), LocalDate.of(2026, 10, 3),
                LocalDate.of(2026, 10, 3), LocalDate.of(2026, 10, 3), LocalDate.of(2026, 10, 4));
        assertThat(history.events()).extracting(HistoryEvent::time).containsExactly(null, null, null,
                LocalTime.of(10, 40), null, LocalTime.of(9, 40), LocalTime.of(11, 15), LocalTime.of(15, 0),
                LocalTime.of(15, 20), LocalTime.of(15, 20), LocalTime.of(15, 20));

        HistoryEvent agreed = history.of(AGREED).get(0);
        assertThat(agreed.evidenceIds()).containsExactlyInAnyOrder(1L, 2L, 3L); // not the notice of 3 October
        assertThat(agreed.timed()).isFalse();
        assertThat(history.of(ORDERED).get(0).evidenceIds()).containsExactly(4L);
        HistoryEvent paid = history.of(PAID).get(0);
        assertThat(paid.evidenceIds()).containsExactly(5L);
        assertThat(paid.payment().counted()).isEqualTo(Money.of("3700.00", Money.CNY));
        assertThat(history.of(ACKNOWLEDGED).get(0).at()).isEqualTo(LocalDateTime.of(2026, 9, 2, 10, 40));
        assertThat(history.of(DUE).get(0).evidenceIds()).isEmpty();
        HistoryEvent arrived = history.of(ARRIVED).get(0);
        assertThat(arrived.receiving().parcelsReceived()).isEqualTo(9);
        assertThat(arrived.evidenceIds()).containsExactly(7L, 8L, 9L, 10L);
        assertThat(arrived.note()).isEqualTo("1 thùng bị móp, rách góc");
        HistoryEvent counted = history.of(COUNTED).get(0);
        assertThat(counted.evidenceIds()).containsExactly(7L, 8L, 9L, 10L);
        assertThat(counted.note()).isEqualTo("3 bộ nứt cán xẻng lớn");
        assertThat(history.of(FACTORY_TOLD).get(0).evidenceIds()).containsExactly(6L);
        List<HistoryEvent> steps = history.of(DISPUTE_STEP);
        assertThat(steps).extracting(HistoryEvent::step).containsExactly(DisputeStatus.DRAFT, DisputeStatus.SENT,
                DisputeStatus.FACTORY_REPLIED);
        assertThat(steps.get(1).evidenceIds()).as("a file no longer in the case file is left out").containsExactly(6L);
        assertThat(steps.get(2).note()).isEqualTo("李丽: 我们核实一下仓库记录");
    }

    @Test
    void atTheSameMomentEventsFollowTheKindsOrder() {
        List<HistoryEvent> told = OrderHistory.of(SampleCases.shortCase(), STEPS).events().stream()
                .filter(e -> NOTICE.equals(e.at())).toList();

        assertThat(told).extracting(HistoryEvent::kind).containsExactly(FACTORY_TOLD, DISPUTE_STEP);
    }

    @Test
    void noReceivingRecordMeansNothingArrivedCountedOrTold() {
        OrderHistory history = OrderHistory.of(SampleCases.with(SampleCases.shortCase(), (ReceivingRecord) null),
                List.of());

        assertThat(history.events()).extracting(HistoryEvent::kind).containsExactly(AGREED, ORDERED, PAID,
                ACKNOWLEDGED, DUE);
    }

    @Test
    void anOrderWithNoDatesHasOnlyItsUndatedPaymentsAndTheyComeLast() {
        Order o = SampleCases.shortOrder();
        Order undated = new Order(o.id(), o.factoryId(), o.orderNumber(), o.channel(), o.kind(), o.product(), o.specs(),
                o.quantity(), o.unit(), o.unitPrice(), null, null, null, o.notes(), o.folder());
        Payment p = SampleCases.fullPayment();
        Payment noDay = new Payment(2, 1, null, Money.of("100.00", Money.CNY), null, PaymentCovers.OTHER, null, null,
                null, null, null);
        CaseFile caseFile = SampleCases.withPayments(SampleCases.with(SampleCases.with(SampleCases.shortCase(), undated),
                (ReceivingRecord) null), List.of(noDay));

        OrderHistory history = OrderHistory.of(caseFile, List.of(new DisputeEvent(DisputeStatus.DRAFT, NOTICE, null)));

        assertThat(history.events()).extracting(HistoryEvent::kind).containsExactly(DISPUTE_STEP, PAID);
        assertThat(history.events().get(1).date()).isNull();
        assertThat(history.events().get(1).at()).isNull();
        assertThat(OrderHistory.of(CaseFile.of(SampleCases.jiamei(), undated, List.of(), List.of(), null, List.of()),
                List.of()).events()).isEmpty();
    }

    @Test
    void twoPaymentsOnOneDayKeepTheLedgersOrderAndADateOnlyEventComesBeforeTheTimedOnesThatDay() {
        LocalDate day = LocalDate.of(2026, 9, 2);
        Payment deposit = new Payment(7, 1, day, Money.of("1110.00", Money.CNY), null, PaymentCovers.DEPOSIT, "Alipay",
                null, null, LocalDateTime.of(2026, 9, 2, 9, 5), null);
        Payment balance = new Payment(8, 1, day, Money.of("9490000", Money.VND), new BigDecimal("3650"),
                PaymentCovers.BALANCE, "Bank", null, null, null, null);
        CaseFile caseFile = SampleCases.withPayments(SampleCases.shortCase(), List.of(balance, deposit));

        List<HistoryEvent> onTheDay = OrderHistory.of(caseFile, List.of()).events().stream()
                .filter(e -> day.equals(e.date())).toList();

        assertThat(onTheDay).extracting(HistoryEvent::kind).containsExactly(ORDERED, PAID, PAID, ACKNOWLEDGED);
        assertThat(onTheDay.get(1).payment().payment().id()).isEqualTo(7);
        assertThat(onTheDay.get(2).payment().payment().id()).isEqualTo(8);
        assertThat(onTheDay.get(2).payment().counted()).isEqualTo(Money.of("2600.00", Money.CNY));
        assertThat(onTheDay.get(3).payment().payment().id()).isEqualTo(7);
    }

    @Test
    void aPinnedChatMessageIsTheAgreementWithItsTimeSenderAndChat() {
        CaseFile caseFile = SampleCases.shortCase().withConversations(List.of(new Conversation(1, "MEMOTRACE_CSV",
                "Minh", "李丽", 40, List.of(new PinnedMessage(12, LocalDateTime.of(2026, 9, 1, 14, 28), "李丽",
                        "好的，按样品做，灰色和浅绿色各100套")))));

        List<HistoryEvent> agreed = OrderHistory.of(caseFile, List.of()).of(AGREED);

        assertThat(agreed).hasSize(1); // the agreed-on date is the pinned message's day
        assertThat(agreed.get(0).at()).isEqualTo(LocalDateTime.of(2026, 9, 1, 14, 28));
        assertThat(agreed.get(0).speaker()).isEqualTo("李丽");
        assertThat(agreed.get(0).evidenceIds()).containsExactly(1L);
    }

    @Test
    void anAgreedOnDateOtherThanThePinnedMessagesIsKeptToo() {
        CaseFile caseFile = SampleCases.shortCase().withConversations(List.of(new Conversation(1, "MEMOTRACE_CSV",
                null, null, 40, List.of(new PinnedMessage(3, LocalDateTime.of(2026, 8, 28, 10, 15), "李丽",
                        "样品照片")))));

        List<HistoryEvent> agreed = OrderHistory.of(caseFile, List.of()).of(AGREED);

        assertThat(agreed).extracting(HistoryEvent::date).containsExactly(LocalDate.of(2026, 8, 28),
                LocalDate.of(2026, 9, 1));
    }
}
