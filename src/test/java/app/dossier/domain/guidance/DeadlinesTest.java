package app.dossier.domain.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.dossier.domain.CaseFile;
import app.dossier.domain.DisputeStatus;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlinesTest {
    private static final LocalDateTime ARRIVED = LocalDateTime.parse("2026-11-24T16:05");
    private final GuidanceSettings settings = GuidanceSettings.defaults();

    private static CaseFile arrived(long orderId, long shortUnits, long sampled, LocalDateTime notifiedAt,
            DisputeStatus dispute) {
        CaseBuilder b = CaseBuilder.order().id(orderId);
        b.received(b.receiving(ARRIVED, 200, 200 - shortUnits, sampled, 0, sampled > 0 ? ARRIVED.plusHours(1) : null,
                notifiedAt));
        if (dispute != null) {
            b.dispute(dispute);
        }
        return b.build();
    }

    @Test
    void anUncheckedArrivalHasTheInspectionTargetAndLimitAndTheDisputeWindow() {
        List<Deadline> open = Deadlines.open(List.of(arrived(1, 0, 0, null, null)), settings,
                CaseBuilder.at("2026-11-24T18:00"));
        assertThat(open).extracting(Deadline::kind, Deadline::due).containsExactly(
                tuple(Deadline.Kind.INSPECT_TARGET, ARRIVED.plusHours(24)),
                tuple(Deadline.Kind.INSPECT_LIMIT, ARRIVED.plusHours(48)),
                tuple(Deadline.Kind.DISPUTE_WINDOW, ARRIVED.plusDays(30)));
    }

    @Test
    void aShortageNotToldHasTheNoticeTargetAndLimit() {
        List<Deadline> open = Deadlines.open(List.of(arrived(1, 20, 32, null, null)), settings,
                CaseBuilder.at("2026-11-24T18:00"));
        assertThat(open).extracting(Deadline::kind).containsExactly(Deadline.Kind.NOTIFY_TARGET,
                Deadline.Kind.NOTIFY_LIMIT, Deadline.Kind.DISPUTE_WINDOW);
    }

    @Test
    void thingsDoneHaveNoDeadline() {
        assertThat(Deadlines.open(List.of(arrived(1, 0, 32, null, null)), settings, CaseBuilder.at("2026-11-24T18:00")))
                .isEmpty();
        assertThat(Deadlines.open(List.of(arrived(1, 20, 32, ARRIVED.plusHours(2), DisputeStatus.ESCALATED)), settings,
                CaseBuilder.at("2026-11-24T18:00"))).isEmpty();
    }

    @Test
    void theDisputeWindowIsOnlyForPlatformOrdersAndIsASetting() {
        CaseBuilder b = CaseBuilder.order().offPlatform();
        CaseFile offPlatform = b.received(b.receiving(ARRIVED, 200, 180, 32, 0, ARRIVED, ARRIVED)).build();
        assertThat(Deadlines.open(List.of(offPlatform), settings, CaseBuilder.at("2026-11-25T10:00"))).isEmpty();
        List<Deadline> fifteen = Deadlines.open(List.of(arrived(1, 20, 32, ARRIVED, null)),
                settings.withPlatformDisputeWindow(Duration.ofDays(15)), CaseBuilder.at("2026-11-25T10:00"));
        assertThat(fifteen).extracting(Deadline::due).containsExactly(ARRIVED.plusDays(15));
    }

    @Test
    void deliveryIsDueAtTheEndOfTheDeadlineDayUntilSomethingArrives() {
        CaseFile coming = CaseBuilder.order().deadline("2026-11-28").build();
        List<Deadline> open = Deadlines.open(List.of(coming), settings, CaseBuilder.at("2026-11-26T10:00"));
        assertThat(open).extracting(Deadline::kind, Deadline::due, Deadline::urgency)
                .containsExactly(tuple(Deadline.Kind.DELIVERY, LocalDateTime.parse("2026-11-28T23:59"), Urgency.DUE_SOON));
        CaseFile came = CaseBuilder.order().deadline("2026-11-28")
                .file(app.dossier.domain.EvidenceCategory.RECEIVING, "door.jpg", null, "2026-11-26T08:00").build();
        assertThat(Deadlines.open(List.of(came), settings, CaseBuilder.at("2026-11-26T10:00")))
                .extracting(Deadline::kind).doesNotContain(Deadline.Kind.DELIVERY);
    }

    @Test
    void theDueListIsSortedByDueTimeDropsPassedTargetsAndKeepsOnlyOverdueAndDueSoon() {
        CaseFile unchecked = arrived(1, 0, 0, null, null);
        CaseFile farAway = CaseBuilder.order().id(2).deadline("2027-03-01").build();
        CaseFile overdueDelivery = CaseBuilder.order().id(3).deadline("2026-11-01").build();
        List<Deadline> due = Deadlines.dueList(List.of(unchecked, farAway, overdueDelivery), settings,
                CaseBuilder.at("2026-11-26T10:00"));
        assertThat(due).extracting(Deadline::orderId, Deadline::kind, Deadline::urgency).containsExactly(
                tuple(3L, Deadline.Kind.DELIVERY, Urgency.OVERDUE),
                tuple(1L, Deadline.Kind.INSPECT_LIMIT, Urgency.DUE_SOON));
        assertThat(due).extracting(Deadline::due).isSorted();
    }

    @Test
    void theHorizonIsASetting() {
        CaseFile coming = CaseBuilder.order().deadline("2026-12-05").build();
        assertThat(Deadlines.dueList(List.of(coming), settings, CaseBuilder.at("2026-11-26T10:00"))).isEmpty();
        assertThat(Deadlines.dueList(List.of(coming), settings.withDueSoon(Duration.ofDays(10)),
                CaseBuilder.at("2026-11-26T10:00"))).hasSize(1);
    }

    @Test
    void aClosedWindowSaysSo() {
        Deadline window = Deadlines.open(List.of(arrived(1, 20, 32, ARRIVED, null)), settings,
                CaseBuilder.at("2027-01-10T10:00")).get(0);
        assertThat(window.urgency()).isEqualTo(Urgency.OVERDUE);
        assertThat(GuidanceWords.english().deadline(window)).contains("probably closed on 24 Dec 2026");
    }
}
