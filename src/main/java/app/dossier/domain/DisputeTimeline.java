package app.dossier.domain;

import static app.dossier.domain.DisputeStatus.CLOSED;
import static app.dossier.domain.DisputeStatus.DRAFT;
import static app.dossier.domain.DisputeStatus.ESCALATED;
import static app.dossier.domain.DisputeStatus.FACTORY_REPLIED;
import static app.dossier.domain.DisputeStatus.RESOLVED;
import static app.dossier.domain.DisputeStatus.SENT;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The dated steps of a dispute, and the rule for which step may follow which.
 *
 * <pre>
 * draft → sent → factory replied → resolved → closed
 *                  ↑   ↓ (another reply)
 *           sent / factory replied → escalated (1688 platform dispute) → resolved or closed
 * a draft that is never sent, or a sent message the buyer gives up on, may be closed
 * </pre>
 */
public final class DisputeTimeline {
    private static final Map<DisputeStatus, Set<DisputeStatus>> NEXT = new EnumMap<>(Map.of(
            DRAFT, Set.of(SENT, CLOSED),
            SENT, Set.of(FACTORY_REPLIED, ESCALATED, CLOSED),
            FACTORY_REPLIED, Set.of(FACTORY_REPLIED, RESOLVED, ESCALATED),
            ESCALATED, Set.of(RESOLVED, CLOSED),
            RESOLVED, Set.of(CLOSED),
            CLOSED, Set.of()));

    private final List<DisputeEvent> events;

    private DisputeTimeline(List<DisputeEvent> events) {
        this.events = List.copyOf(events);
    }

    public static DisputeTimeline empty() {
        return new DisputeTimeline(List.of());
    }

    /** A timeline from stored events, each checked against the one before it. */
    public static DisputeTimeline of(List<DisputeEvent> events) {
        DisputeTimeline timeline = empty();
        for (DisputeEvent event : events) {
            timeline = timeline.then(event);
        }
        return timeline;
    }

    /** The statuses that may follow {@code from}, in the order of {@link DisputeStatus}. */
    public static List<DisputeStatus> allowedNext(DisputeStatus from) {
        return NEXT.get(from).stream().sorted().toList();
    }

    public static boolean isAllowed(DisputeStatus from, DisputeStatus to) {
        return NEXT.get(from).contains(to);
    }

    /**
     * @throws InvalidInputException saying which steps may follow, when {@code to} may not follow {@code from}
     */
    public static void checkTransition(DisputeStatus from, DisputeStatus to) {
        if (isAllowed(from, to)) {
            return;
        }
        List<DisputeStatus> allowed = allowedNext(from);
        String options = allowed.isEmpty()
                ? "nothing more can happen to it"
                : "it can next be " + allowed.stream().map(DisputeTimeline::describe)
                        .collect(Collectors.joining(", ", "", "")).replaceFirst(", ([^,]*)$", " or $1");
        throw new InvalidInputException("A dispute that is " + describe(from) + " cannot become "
                + describe(to) + ": " + options + ".");
    }

    /**
     * This timeline with one more step.
     *
     * @throws InvalidInputException when the step may not follow the last one, or is dated before it
     */
    public DisputeTimeline then(DisputeEvent event) {
        if (events.isEmpty()) {
            if (event.status() != DRAFT) {
                throw new InvalidInputException("A dispute starts as a draft, not as " + describe(event.status()) + ".");
            }
        } else {
            DisputeEvent last = last();
            checkTransition(last.status(), event.status());
            if (event.at().isBefore(last.at())) {
                throw new InvalidInputException("This step is dated " + DateInput.format(event.at())
                        + ", before the last one (" + describe(last.status()) + ", " + DateInput.format(last.at())
                        + "). Check the date.");
            }
        }
        List<DisputeEvent> more = new ArrayList<>(events);
        more.add(event);
        return new DisputeTimeline(more);
    }

    public List<DisputeEvent> events() {
        return events;
    }

    /** Where the dispute stands now; a dispute with no step yet is a draft. */
    public DisputeStatus status() {
        return events.isEmpty() ? DRAFT : last().status();
    }

    public List<DisputeStatus> allowedNext() {
        return events.isEmpty() ? List.of(DRAFT) : allowedNext(status());
    }

    /** The status in words, as the sentence "a dispute that is …" needs it. */
    public static String describe(DisputeStatus status) {
        return switch (status) {
            case DRAFT -> "a draft";
            case SENT -> "sent to the factory";
            case FACTORY_REPLIED -> "answered by the factory";
            case RESOLVED -> "resolved";
            case ESCALATED -> "escalated to a 1688 platform dispute";
            case CLOSED -> "closed";
        };
    }

    private DisputeEvent last() {
        return events.get(events.size() - 1);
    }
}
