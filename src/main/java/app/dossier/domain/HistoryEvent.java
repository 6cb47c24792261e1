package app.dossier.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * One thing that happened to an order: what, when (a date, and a time when one was recorded), the
 * files that show it and a note in the user's (or the chat's) words. The words that describe it are
 * the reader's business: this holds codes and values only.
 *
 * @param date        null when the record has no date (a payment whose day was not entered)
 * @param time        null when only the date is known
 * @param evidenceIds files of the case file that show it, in the order they were found
 * @param note        a note the user typed (a dispute step's, the warehouse's), as typed; null when none
 * @param speaker     who wrote the pinned chat message ({@link HistoryKind#AGREED}); null otherwise
 * @param payment     the payment, as it counts towards the order ({@link HistoryKind#PAID},
 *                    {@link HistoryKind#ACKNOWLEDGED}); null otherwise
 * @param receiving   the receiving record ({@link HistoryKind#ARRIVED}, {@link HistoryKind#COUNTED},
 *                    {@link HistoryKind#FACTORY_TOLD}); null otherwise
 * @param step        the status the dispute reached ({@link HistoryKind#DISPUTE_STEP}); null otherwise
 */
public record HistoryEvent(HistoryKind kind, LocalDate date, LocalTime time, List<Long> evidenceIds, String note,
        String speaker, ConvertedPayment payment, ReceivingRecord receiving, DisputeStatus step) {

    public HistoryEvent {
        Objects.requireNonNull(kind, "kind");
        if (date == null && time != null) {
            throw new IllegalArgumentException("a time without a date");
        }
        evidenceIds = evidenceIds == null ? List.of() : List.copyOf(evidenceIds);
        note = Text.clean(note);
    }

    /** The date and time, or null when only the date (or nothing) is known. */
    public LocalDateTime at() {
        return time == null ? null : date.atTime(time);
    }

    /** Whether a time of day was recorded, not only a date. */
    public boolean timed() {
        return time != null;
    }
}
