package app.dossier.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Whether the time a photo says it was taken can be believed: a phone with a wrong clock writes a
 * time after the photo reached Dossier, or years before the order existed. The window says so beside
 * the photo, so the importer checks it before a factory does.
 */
public enum CaptureTime {
    /** No time, or one that fits. */
    PLAUSIBLE,
    /** Later than the moment the file was added: the phone's clock is ahead. */
    AFTER_ADDED,
    /** More than a year before the order was placed: the phone's clock was reset or never set. */
    YEARS_BEFORE_ORDER;

    /** Phones and computers a few hours apart (zones, a clock not yet synchronised) are not wrong clocks. */
    static final Duration SLACK = Duration.ofHours(3);
    static final int DAYS_BEFORE_ORDER = 365;

    /**
     * @param capturedAt when the photo says it was taken; null when it does not say
     * @param addedAt    when it was added to the case file, on the same clock as {@code capturedAt}
     * @param orderedOn  when the order was placed
     */
    public static CaptureTime judge(LocalDateTime capturedAt, LocalDateTime addedAt, LocalDate orderedOn) {
        if (capturedAt == null) {
            return PLAUSIBLE;
        }
        if (addedAt != null && capturedAt.isAfter(addedAt.plus(SLACK))) {
            return AFTER_ADDED;
        }
        if (orderedOn != null && capturedAt.toLocalDate().isBefore(orderedOn.minusDays(DAYS_BEFORE_ORDER))) {
            return YEARS_BEFORE_ORDER;
        }
        return PLAUSIBLE;
    }
}
