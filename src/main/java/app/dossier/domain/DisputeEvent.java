package app.dossier.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One step in a dispute's life: the status it reached, when, what happened (a note in the user's
 * words) and the evidence that shows it (ids of files in the case file, such as the screenshot of the
 * factory's reply).
 */
public record DisputeEvent(DisputeStatus status, LocalDateTime at, String note, List<Long> evidenceIds) {
    public DisputeEvent {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
        note = Text.clean(note);
        evidenceIds = evidenceIds == null ? List.of() : List.copyOf(evidenceIds);
    }

    public DisputeEvent(DisputeStatus status, LocalDateTime at, String note) {
        this(status, at, note, List.of());
    }
}
