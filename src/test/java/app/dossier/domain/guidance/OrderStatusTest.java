package app.dossier.domain.guidance;

import static app.dossier.domain.guidance.OrderStatus.COMPLETE;
import static app.dossier.domain.guidance.OrderStatus.DISPUTED;
import static app.dossier.domain.guidance.OrderStatus.GAPS;
import static app.dossier.domain.guidance.OrderStatus.OVERDUE;
import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.CaseFile;
import app.dossier.domain.DisputeStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Where an order stands in the orders list's status filter, by the guidance's own rules. */
class OrderStatusTest {
    private static final Clock NOW = CaseBuilder.at("2026-11-26T10:00");
    private final Guidance guidance = Guidance.standard();

    private static CaseBuilder complete() {
        return CaseBuilder.order().chat().orderPage().paidInFull().receivedComplete("2026-10-03T09:40");
    }

    @Test
    void anOrderWithAllFourRecordsIsCompleteAndNothingElse() {
        assertThat(OrderStatus.of(complete().build(), guidance, NOW)).containsExactly(COMPLETE);
    }

    @Test
    void aRecordToFixNowIsAGap() {
        assertThat(OrderStatus.of(CaseBuilder.order().chat().deadline("2026-12-20").build(), guidance, NOW))
                .containsExactly(GAPS);
    }

    @Test
    void goodsStillComingInTimeAreNeitherAGapNorOverdueOnTheirOwn() {
        CaseFile coming = CaseBuilder.order().chat().orderPage().paidInFull().deadline("2026-12-20").build();
        assertThat(OrderStatus.of(coming, guidance, NOW)).isEmpty();
    }

    @Test
    void aPassedDeliveryDeadlineIsOverdue() {
        CaseFile late = CaseBuilder.order().chat().orderPage().paidInFull().deadline("2026-11-20").build();
        assertThat(OrderStatus.of(late, guidance, NOW)).containsExactly(GAPS, OVERDUE);
    }

    @Test
    void aPassedAimIsNotOverdueWhileItsLimitIsStillAhead() {
        CaseBuilder b = CaseBuilder.order().chat().orderPage().paidInFull();
        LocalDateTime arrived = LocalDateTime.parse("2026-11-25T08:00");
        b.received(b.receiving(arrived, 200, 200, 0, 0, null, null));
        assertThat(OrderStatus.of(b.build(), guidance, NOW)).doesNotContain(OVERDUE);
        assertThat(OrderStatus.of(b.build(), guidance, CaseBuilder.at("2026-11-27T09:00"))).contains(OVERDUE);
    }

    @Test
    void aDisputeCountsUntilItIsResolvedOrClosed() {
        assertThat(OrderStatus.of(complete().dispute(DisputeStatus.SENT).build(), guidance, NOW))
                .containsExactly(DISPUTED, COMPLETE);
        assertThat(OrderStatus.of(complete().dispute(DisputeStatus.ESCALATED).build(), guidance, NOW))
                .contains(DISPUTED);
        assertThat(OrderStatus.of(complete().dispute(DisputeStatus.RESOLVED).build(), guidance, NOW))
                .doesNotContain(DISPUTED);
        assertThat(OrderStatus.of(complete().dispute(DisputeStatus.CLOSED).build(), guidance, NOW))
                .doesNotContain(DISPUTED);
    }

    @Test
    void anArchivedOrderAsksNothing() {
        CaseFile late = CaseBuilder.order().deadline("2026-11-20").build()
                .withArchivedAt(Instant.parse("2026-11-21T03:00:00Z"));
        assertThat(OrderStatus.of(late, guidance, NOW)).isEmpty();
    }
}
