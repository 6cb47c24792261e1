package app.dossier.domain.guidance;

import java.time.Duration;
import java.time.LocalDateTime;

/** Where a due time stands against now. */
public enum Urgency {
    /** The due time has passed. */
    OVERDUE,
    /** Due within the horizon (three days by default), or exactly now. */
    DUE_SOON,
    /** Due later than the horizon. */
    LATER;

    /** OVERDUE when now is after {@code due}; DUE_SOON when {@code due} is at most {@code horizon} away. */
    public static Urgency of(LocalDateTime due, LocalDateTime now, Duration horizon) {
        if (now.isAfter(due)) {
            return OVERDUE;
        }
        return now.plus(horizon).isBefore(due) ? LATER : DUE_SOON;
    }
}
