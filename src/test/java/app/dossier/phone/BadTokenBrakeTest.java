package app.dossier.phone;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.Language;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class BadTokenBrakeTest {
    private Instant now = Instant.parse("2026-12-02T08:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void aFewMistypedAddressesCostNothingThenEachTryWaitsTwiceAsLongUpToEightSeconds() {
        BadTokenBrake brake = new BadTokenBrake(clock);
        assertThat(brake.refused("192.168.1.23")).isZero();
        assertThat(brake.refused("192.168.1.23")).isZero();
        assertThat(brake.refused("192.168.1.23")).isZero();
        assertThat(brake.refused("192.168.1.23")).isEqualTo(Duration.ofMillis(250));
        assertThat(brake.refused("192.168.1.23")).isEqualTo(Duration.ofMillis(500));
        assertThat(brake.refused("192.168.1.23")).isEqualTo(Duration.ofSeconds(1));
        for (int i = 0; i < 20; i++) {
            brake.refused("192.168.1.23");
        }
        assertThat(brake.refused("192.168.1.23")).isEqualTo(Duration.ofSeconds(8));
        assertThat(brake.refused("192.168.1.40")).as("another phone is not slowed").isZero();
    }

    @Test
    void tenQuietMinutesForgetTheMistakes() {
        BadTokenBrake brake = new BadTokenBrake(clock);
        for (int i = 0; i < 6; i++) {
            brake.refused("192.168.1.23");
        }
        now = now.plus(Duration.ofMinutes(11));
        assertThat(brake.refused("192.168.1.23")).isZero();
    }

    @Test
    void thePageSpeaksThePhonesLanguageUnlessItAsksForAnother() {
        assertThat(PageLanguage.of(null, "vi-VN,vi;q=0.9,en-US;q=0.8")).isEqualTo(Language.VIETNAMESE);
        assertThat(PageLanguage.of(null, "zh-CN,zh;q=0.9")).isEqualTo(Language.CHINESE);
        assertThat(PageLanguage.of(null, "fr-FR,fr;q=0.9,zh;q=0.5")).isEqualTo(Language.CHINESE);
        assertThat(PageLanguage.of("en", "vi-VN")).isEqualTo(Language.ENGLISH);
        assertThat(PageLanguage.of(null, "de-DE")).isEqualTo(Language.ENGLISH);
        assertThat(PageLanguage.of(null, ";;;")).isEqualTo(Language.ENGLISH);
    }
}
