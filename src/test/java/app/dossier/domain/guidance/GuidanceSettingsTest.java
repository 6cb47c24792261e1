package app.dossier.domain.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dossier.domain.InvalidInputException;
import app.dossier.domain.Money;
import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class GuidanceSettingsTest {
    private final GuidanceSettings defaults = GuidanceSettings.defaults();

    @Test
    void theDefaultsAreTheSeedsNumbers() {
        assertThat(defaults.inspectLimit()).isEqualTo(Duration.ofHours(48));
        assertThat(defaults.notifyTarget()).isEqualTo(Duration.ofHours(24));
        assertThat(defaults.chatExportEvery()).isEqualTo(Duration.ofDays(14));
        assertThat(defaults.dueSoon()).isEqualTo(Duration.ofDays(3));
        assertThat(defaults.platformDisputeWindow()).isEqualTo(Duration.ofDays(30));
        assertThat(defaults.largeOrder()).isEqualTo(Money.of("30000000", Money.VND));
        assertThat(defaults.majorAql()).isEqualTo(Aql.AQL_2_5);
        assertThat(defaults.minorAql()).isEqualTo(Aql.AQL_4_0);
    }

    @Test
    void nonsenseIsRefusedWithAMessage() {
        assertThatThrownBy(() -> defaults.withChatExportEvery(Duration.ZERO)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("chat export interval");
        assertThatThrownBy(() -> defaults.withDueSoon(Duration.ofDays(-1))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> defaults.withLargeOrder(Money.of("8000", Money.CNY)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("đồng");
    }

    @Test
    void urgencyCountsTheHorizonInclusively() {
        LocalDateTime now = LocalDateTime.parse("2026-11-26T10:00");
        Duration three = Duration.ofDays(3);
        assertThat(Urgency.of(now.plusDays(3), now, three)).isEqualTo(Urgency.DUE_SOON);
        assertThat(Urgency.of(now.plusDays(3).plusMinutes(1), now, three)).isEqualTo(Urgency.LATER);
        assertThat(Urgency.of(now, now, three)).isEqualTo(Urgency.DUE_SOON);
        assertThat(Urgency.of(now.minusMinutes(1), now, three)).isEqualTo(Urgency.OVERDUE);
    }
}
