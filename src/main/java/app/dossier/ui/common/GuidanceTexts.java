package app.dossier.ui.common;

import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Money;
import app.dossier.domain.MoneyParser;
import app.dossier.domain.guidance.CategoryCheck;
import app.dossier.domain.guidance.ContractAdvice;
import app.dossier.domain.guidance.Deadline;
import app.dossier.domain.guidance.DisputeReadiness;
import app.dossier.domain.guidance.Finding;
import app.dossier.domain.guidance.Gap;
import app.dossier.domain.guidance.Severity;
import app.dossier.domain.guidance.Urgency;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The guidance in the window's language. The domain writes each finding, gap and deadline in
 * English with a stable kind and named values; a language may say it in its own words under
 * {@code guidance.finding.<KIND>}, {@code guidance.gap.<KIND>} and {@code guidance.deadline.<KIND>},
 * where {@code {name}} stands for the value of that name ({@code {name:date}} for the date alone).
 * Where a kind reads differently by case, {@code <KIND>.<variant>} is tried first (see
 * {@link #findingVariant}). Without a key, or when a value it names is absent, the domain's English
 * is shown: English needs no keys of its own.
 */
public final class GuidanceTexts {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)(?::(date))?\\}");

    private final Texts texts;
    private final DateTimeFormatter date;
    private final DateTimeFormatter time;

    public GuidanceTexts(Texts texts) {
        this.texts = texts;
        this.date = DateTimeFormatter.ofPattern(texts.get("guidance.format.date"), texts.locale());
        this.time = DateTimeFormatter.ofPattern(texts.get("guidance.format.time"), texts.locale());
    }

    public Texts texts() {
        return texts;
    }

    // ---- sentences

    /** What a finding says, in the window's language. */
    public String finding(Finding f) {
        Map<String, Object> values = new HashMap<>(f.params());
        values.put("discrepancy", discrepancy(f.params()));
        return worded("guidance.finding." + f.kind().name(), findingVariant(f), values, f.message());
    }

    /** Why a record is not complete, in the window's language. */
    public String gap(Gap g) {
        return worded("guidance.gap." + g.kind().name(), gapVariant(g), g.params(), g.text());
    }

    /** What to do by a deadline, in a sentence. */
    public String deadline(Deadline d) {
        String variant = d.kind() == Deadline.Kind.DISPUTE_WINDOW && d.urgency() == Urgency.OVERDUE ? "OVERDUE" : null;
        return worded("guidance.deadline." + d.kind().name(), variant, Map.of("due", d.due()), d.message());
    }

    /** Why a written agreement is worth it for this order, one sentence per reason. */
    public List<String> adviceReasons(ContractAdvice advice) {
        List<String> english = advice.reasons();
        List<String> out = new ArrayList<>();
        int i = 0;
        if (advice.oem()) {
            out.add(worded("guidance.advice.oem", null, Map.of(), english.get(i++)));
        }
        if (advice.large()) {
            Map<String, Object> values = new HashMap<>();
            values.put("valueVnd", advice.value().totalVnd());
            out.add(worded("guidance.advice.large", null, values, english.get(i)));
        } else if (!advice.rateKnown() && i < english.size()) {
            out.add(worded("guidance.advice.rateUnknown", null, Map.of(), english.get(i)));
        }
        return out;
    }

    /** "Fill in before sending: delivery deadline", or empty when the message is complete. */
    public String toFillIn(List<String> what) {
        if (what.isEmpty()) {
            return "";
        }
        String items = what.stream().map(w -> {
            String key = "guidance.fill." + w.replace(' ', '_');
            return texts.has(key) ? texts.get(key) : w;
        }).collect(Collectors.joining(", "));
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
        return time.format(t);
    }

    public String date(LocalDate d) {
        return date.format(d);
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

    // ---- how keys are chosen and filled

    /**
     * The case a finding's wording depends on: where the arrival time came from and whether the
     * limit passed; a first order; a chat never saved.
     */
    static String findingVariant(Finding f) {
        boolean overdue = f.urgency() == Urgency.OVERDUE;
        return switch (f.kind()) {
            case NOT_INSPECTED -> f.params().get("arrivalFrom") + (overdue ? ".OVERDUE" : "");
            case FACTORY_NOT_NOTIFIED -> overdue ? "OVERDUE" : null;
            case DEPOSIT_NOT_ACKNOWLEDGED -> "YES".equals(f.params().get("firstOrder")) ? "first" : null;
            case CHAT_EXPORT_DUE -> f.params().containsKey("newestChatAt") ? null : "none";
            default -> null;
        };
    }

    static String gapVariant(Gap g) {
        return switch (g.kind()) {
            case NO_CONFIRMATION_RECORDS -> String.valueOf(g.params().get("channel"));
            case NO_WRITTEN_CONFIRMATION -> Boolean.TRUE.equals(g.params().get("summarySaved")) ? "summary" : null;
            case PAYMENT_WITHOUT_PROOF -> g.params().containsKey("paidOn") ? null : "nodate";
            case NOT_ARRIVED_YET -> g.params().containsKey("deadline") ? null : "none";
            case NO_RECEIVING_RECORD -> Long.valueOf(0).equals(g.params().get("photos")) ? "none" : null;
            default -> null;
        };
    }

    private String worded(String key, String variant, Map<String, Object> values, String english) {
        String chosen = variant != null && texts.has(key + "." + variant) ? key + "." + variant : key;
        if (!texts.has(chosen)) {
            return english;
        }
        String filled = fill(texts.get(chosen), values);
        return filled == null ? english : filled;
    }

    /** The pattern with every {name} replaced; null when a name has no value. */
    private String fill(String pattern, Map<String, Object> values) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = values.get(m.group(1));
            if (value == null) {
                return null;
            }
            String shown = m.group(2) != null && value instanceof LocalDateTime t ? date(t.toLocalDate()) : format(value);
            m.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String format(Object value) {
        if (value instanceof Money money) {
            return MoneyParser.format(money);
        }
        if (value instanceof LocalDateTime t) {
            return time(t);
        }
        if (value instanceof LocalDate d) {
            return date(d);
        }
        if (value instanceof Long || value instanceof Integer) {
            return Numbers.count(((Number) value).longValue(), texts.locale());
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }

    /** "20 units short and 3 defective units", for the findings about telling the factory. */
    private String discrepancy(Map<String, Object> params) {
        long unitsShort = params.get("unitsShort") instanceof Long n ? n : 0;
        long defective = params.get("defectiveUnits") instanceof Long n ? n : 0;
        String shortWords = unitsShort > 0 ? texts.get("guidance.words.short", unitsShort) : null;
        String defectWords = defective > 0 ? texts.get("guidance.words.defective", defective) : null;
        if (shortWords != null && defectWords != null) {
            return texts.get("guidance.words.both", shortWords, defectWords);
        }
        return shortWords != null ? shortWords : defectWords != null ? defectWords : "";
    }
}
