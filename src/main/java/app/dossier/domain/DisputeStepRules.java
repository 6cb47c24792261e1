package app.dossier.domain;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What a dispute's next step needs before it is recorded: a time, not before the last step's, and a
 * note that fits. Which step may follow which stays {@link DisputeTimeline}'s rule (the window only
 * offers the steps that may).
 */
public final class DisputeStepRules {
    private DisputeStepRules() {
    }

    /** Everything wrong with a step dated {@code at} with {@code note} after {@code events}; empty when it can be kept. */
    public static List<FieldProblem> problems(List<DisputeEvent> events, LocalDateTime at, String note) {
        List<FieldProblem> out = new ArrayList<>();
        if (at == null) {
            out.add(FieldProblem.of(Field.STEP_AT, Refusal.STEP_TIME_REQUIRED));
        } else if (!events.isEmpty() && at.isBefore(events.get(events.size() - 1).at())) {
            out.add(FieldProblem.of(Field.STEP_AT, Refusal.STEP_BEFORE_LAST, at, events.get(events.size() - 1).at()));
        }
        FieldProblem.text(Field.STEP_NOTE, note).ifPresent(out::add);
        return out;
    }
}
