package app.dossier.ui.common;

import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.guidance.CategoryCheck;
import app.dossier.domain.guidance.ContractAdvice;
import app.dossier.domain.guidance.Deadline;
import app.dossier.domain.guidance.DisputeReadiness;
import app.dossier.domain.guidance.Finding;
import app.dossier.domain.guidance.GuidanceWords;
import app.dossier.domain.guidance.Gap;
import app.dossier.domain.guidance.Severity;
import app.dossier.domain.guidance.Urgency;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The guidance in the window's language: the sentences from {@link GuidanceWords} (the words by
 * kind, the same the command line prints in English), and the short words of the lists.
 */
public final class GuidanceTexts {
    private final Texts texts;
    private final GuidanceWords words;

    public GuidanceTexts(Texts texts) {
        this.texts = texts;
        this.words = new GuidanceWords(texts.words());
    }

    public Texts texts() {
        return texts;
    }

    // ---- sentences

    /** What a finding says, in the window's language. */
    public String finding(Finding f) {
        return words.finding(f);
    }

    /** Why a record is not complete, in the window's language. */
    public String gap(Gap g) {
        return words.gap(g);
    }

    /** What to do by a deadline, in a sentence. */
    public String deadline(Deadline d) {
        return words.deadline(d);
    }

    /** Why a written agreement is worth it for this order, one sentence per reason. */
    public List<String> adviceReasons(ContractAdvice advice) {
        return words.adviceReasons(advice);
    }
    /** "Fill in before sending: delivery deadline", or empty when the message is complete. */
    public String toFillIn(List<String> what) {
        if (what.isEmpty()) {
            return "";
        }
        String items = what.stream().map(w -> texts.get("guidance.fill." + w.replace(' ', '_')))
                .collect(Collectors.joining(", "));
        return texts.get("guidance.fill", items);
    }

    // ---- short words

    public String severity(Severity s) {
        return texts.get("guidance.severity." + s.name());
    }

    public String urgency(Urgency u) {
        return texts.get("guidance.urgency." + u.name());
    }

    /** What is due, in a few words: "Inspect the goods (48-hour limit)". */
    public String dueWhat(Deadline.Kind kind) {
        return texts.get("guidance.due." + kind.name());
    }

    public String category(EvidenceCategory c) {
        return texts.get("category." + c.name());
    }

    public String state(RecordState state) {
        return texts.get("guidance.state." + state.name());
    }

    /** "Ready for a dispute", or "Not ready for a dispute: Payments (partial), …". */
    public String readiness(DisputeReadiness r) {
        if (r.ready()) {
            return texts.get("guidance.ready");
        }
        return texts.get("guidance.notReady", r.blockers().stream()
                .map(c -> texts.get("guidance.blocker", category(c.category()), state(RecordState.of(c))))
                .collect(Collectors.joining(", ")));
    }

    /** "Ready for a dispute" or "Not ready for a dispute", for a marker with little room. */
    public String readinessShort(DisputeReadiness r) {
        return texts.get(r.ready() ? "guidance.ready" : "guidance.notReady.short");
    }

    public String time(LocalDateTime t) {
        return texts.words().time(t);
    }

    public String date(LocalDate d) {
        return texts.words().date(d);
    }

    /** "26 Nov 2026 16:05 · Due soon", or empty without a due time. */
    public String when(LocalDateTime due, Urgency urgency) {
        if (due == null) {
            return "";
        }
        return urgency == null ? time(due) : texts.get("guidance.when", time(due), urgency(urgency));
    }

    // ---- lines for lists

    public FindingLine line(Finding f) {
        return new FindingLine(f.orderId(), f.orderLabel(), f.kind(), f.severity(), severity(f.severity()), finding(f),
                when(f.due(), f.urgency()), f.urgency());
    }

    public DueLine line(Deadline d) {
        return new DueLine(d.orderId(), d.orderLabel(), d.kind(), dueWhat(d.kind()), deadline(d), time(d.due()),
                d.urgency(), urgency(d.urgency()));
    }

    public CheckLine line(CategoryCheck c) {
        RecordState state = RecordState.of(c);
        return new CheckLine(c.category(), category(c.category()), state, state(state),
                c.gaps().stream().map(this::gap).toList());
    }
}
