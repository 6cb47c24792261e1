package app.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class CaptureTimeTest {
    private static final LocalDate ORDERED = LocalDate.of(2026, 9, 2);
    private static final LocalDateTime ADDED = LocalDateTime.of(2026, 10, 3, 11, 0);

    @Test
    void aPhotoTakenBetweenTheOrderAndItsAddingIsBelieved() {
        assertThat(CaptureTime.judge(LocalDateTime.of(2026, 10, 3, 10, 31), ADDED, ORDERED)).isEqualTo(CaptureTime.PLAUSIBLE);
        // a sample photographed months before the order, a phone an hour ahead in another zone
        assertThat(CaptureTime.judge(LocalDateTime.of(2026, 3, 1, 9, 0), ADDED, ORDERED)).isEqualTo(CaptureTime.PLAUSIBLE);
        assertThat(CaptureTime.judge(ADDED.plusHours(1), ADDED, ORDERED)).isEqualTo(CaptureTime.PLAUSIBLE);
        assertThat(CaptureTime.judge(null, ADDED, ORDERED)).isEqualTo(CaptureTime.PLAUSIBLE);
    }

    @Test
    void aTimeAfterThePhotoWasAddedIsAClockAhead() {
        assertThat(CaptureTime.judge(LocalDateTime.of(2027, 10, 3, 10, 31), ADDED, ORDERED))
                .isEqualTo(CaptureTime.AFTER_ADDED);
        assertThat(CaptureTime.judge(ADDED.plusDays(2), ADDED, ORDERED)).isEqualTo(CaptureTime.AFTER_ADDED);
    }

    @Test
    void aTimeYearsBeforeTheOrderIsAClockResetOrNeverSet() {
        assertThat(CaptureTime.judge(LocalDateTime.of(2015, 1, 1, 0, 0), ADDED, ORDERED))
                .isEqualTo(CaptureTime.YEARS_BEFORE_ORDER);
        assertThat(CaptureTime.judge(LocalDateTime.of(2025, 9, 1, 12, 0), ADDED, ORDERED))
                .isEqualTo(CaptureTime.YEARS_BEFORE_ORDER);
    }
}
