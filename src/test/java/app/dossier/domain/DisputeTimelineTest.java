package app.dossier.domain;

import static app.dossier.domain.DisputeStatus.CLOSED;
import static app.dossier.domain.DisputeStatus.DRAFT;
import static app.dossier.domain.DisputeStatus.ESCALATED;
import static app.dossier.domain.DisputeStatus.FACTORY_REPLIED;
import static app.dossier.domain.DisputeStatus.RESOLVED;
import static app.dossier.domain.DisputeStatus.SENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisputeTimelineTest {
    private static final LocalDateTime T = LocalDateTime.of(2026, 10, 3, 15, 20);

    @Test
    void whatMayFollowEachStatus() {
        assertThat(DisputeTimeline.allowedNext(DRAFT)).containsExactly(SENT, CLOSED);
        assertThat(DisputeTimeline.allowedNext(SENT)).containsExactly(FACTORY_REPLIED, ESCALATED, CLOSED);
        assertThat(DisputeTimeline.allowedNext(FACTORY_REPLIED)).containsExactly(FACTORY_REPLIED, RESOLVED, ESCALATED);
        assertThat(DisputeTimeline.allowedNext(ESCALATED)).containsExactly(RESOLVED, CLOSED);
        assertThat(DisputeTimeline.allowedNext(RESOLVED)).containsExactly(CLOSED);
        assertThat(DisputeTimeline.allowedNext(CLOSED)).isEmpty();
    }

    @Test
    void aStepThatMayNotFollowIsRefusedWithWhatCouldFollowInstead() {
        assertThatThrownBy(() -> DisputeTimeline.checkTransition(SENT, RESOLVED))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("A dispute that is sent to the factory cannot become resolved: it can next be answered "
                        + "by the factory, escalated to a 1688 platform dispute or closed.");
        assertThatThrownBy(() -> DisputeTimeline.checkTransition(CLOSED, SENT))
                .hasMessage("A dispute that is closed cannot become sent to the factory: nothing more can happen to it.");
    }

    @Test
    void theUsualPathAndTheEscalatedPath() {
        DisputeTimeline settled = DisputeTimeline.of(List.of(
                new DisputeEvent(DRAFT, T, "Drafted"),
                new DisputeEvent(SENT, T.plusMinutes(10), "Sent in 1688 chat", List.of(6L)),
                new DisputeEvent(FACTORY_REPLIED, T.plusDays(1), "Factory offers ¥300"),
                new DisputeEvent(FACTORY_REPLIED, T.plusDays(2), "Factory agrees to ¥425.50"),
                new DisputeEvent(RESOLVED, T.plusDays(3), "Refund received"),
                new DisputeEvent(CLOSED, T.plusDays(3), null)));
        assertThat(settled.status()).isEqualTo(CLOSED);
        assertThat(settled.allowedNext()).isEmpty();
        assertThat(settled.events().get(1).evidenceIds()).containsExactly(6L);

        DisputeTimeline escalated = DisputeTimeline.empty()
                .then(new DisputeEvent(DRAFT, T, null))
                .then(new DisputeEvent(SENT, T, null))
                .then(new DisputeEvent(ESCALATED, T.plusDays(4), "No reply in 3 days"));
        assertThat(escalated.status()).isEqualTo(ESCALATED);
        assertThat(escalated.allowedNext()).containsExactly(RESOLVED, CLOSED);
    }

    @Test
    void aTimelineStartsAsADraftAndRunsForwardInTime() {
        assertThatThrownBy(() -> DisputeTimeline.empty().then(new DisputeEvent(SENT, T, null)))
                .hasMessage("A dispute starts as a draft, not as sent to the factory.");
        assertThatThrownBy(() -> DisputeTimeline.empty().then(new DisputeEvent(DRAFT, T, null))
                .then(new DisputeEvent(SENT, T.minusHours(2), null)))
                .hasMessageContaining("dated 2026-10-03 13:20, before the last one (a draft, 2026-10-03 15:20)");
        assertThat(DisputeTimeline.empty().allowedNext()).containsExactly(DRAFT);
    }
}
