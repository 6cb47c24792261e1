package app.dossier.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a dispute's step needs, recorded or corrected: a time not before the dispute was opened, not
 * after today, in order with the steps around it, and a note that fits; and which step may be
 * removed. Which step may follow which stays {@link DisputeTimeline}'s rule (the window only offers
 * the steps that may).
 */
public final class DisputeStepRules {
    private DisputeStepRules() {
    }

    /**
     * Everything wrong with a step dated {@code at} with {@code note} at {@code position} among
     * {@code events} (the dispute's steps as recorded: {@code position == events.size()} for a new step, the
     * step's own index to correct it), for a dispute opened on {@code openedOn}; empty when it can be kept.
     * A time later today is accepted: only a day after {@code today} is the future.
     */
    public static List<FieldProblem> problems(LocalDate openedOn, List<DisputeEvent> events, int position,
            LocalDateTime at, String note, LocalDate today) {
        List<FieldProblem> out = new ArrayList<>();
        DisputeEvent before = position > 0 && position <= events.size() ? events.get(position - 1) : null;
        DisputeEvent after = position + 1 < events.size() ? events.get(position + 1) : null;
        if (at == null) {
            out.add(FieldProblem.of(Field.STEP_AT, Refusal.STEP_TIME_REQUIRED));
        } else if (openedOn != null && at.toLocalDate().isBefore(openedOn)) {
            out.add(FieldProblem.of(Field.STEP_AT, Refusal.STEP_BEFORE_OPENED, at, openedOn));
        } else if (at.toLocalDate().isAfter(today)) {
            out.add(FieldProblem.of(Field.STEP_AT, Refusal.STEP_IN_FUTURE, at, today));
        } else if (before != null && at.isBefore(before.at())) {
            out.add(FieldProblem.of(Field.STEP_AT, Refusal.STEP_BEFORE_LAST, at, before.at()));
        } else if (after != null && at.isAfter(after.at())) {
            out.add(FieldProblem.of(Field.STEP_AT, Refusal.STEP_AFTER_NEXT, at, after.at()));
        }
        FieldProblem.text(Field.STEP_NOTE, note).ifPresent(out::add);
        return out;
    }

    /**
     * Why step {@code number} (counted from 1, as the dispute lists them) of {@code events} may not be
     * removed, if it may not: there is no such step, it is the dispute's opening, or the steps left
     * would not follow each other (a reply with nothing sent before it).
     */
    public static Optional<Refusal.Wording> removalProblem(List<DisputeEvent> events, int number) {
        Optional<Refusal.Wording> missing = missing(events, number);
        if (missing.isPresent()) {
            return missing;
        }
        if (number == 1) {
            return Optional.of(Refusal.STEP_OPENING_NOT_REMOVABLE.with());
        }
        if (number < events.size()) {
            DisputeStatus before = events.get(number - 2).status();
            DisputeStatus next = events.get(number).status();
            if (!DisputeTimeline.isAllowed(before, next)) {
                return Optional.of(Refusal.STEP_NEEDED_BY_NEXT.with(number, number + 1));
            }
        }
        return Optional.empty();
    }

    /** Why there is no step {@code number} among {@code events}, if there is none. */
    public static Optional<Refusal.Wording> missing(List<DisputeEvent> events, int number) {
        return number < 1 || number > events.size()
                ? Optional.of(Refusal.STEP_NOT_FOUND.with(number, events.size()))
                : Optional.empty();
    }
}
