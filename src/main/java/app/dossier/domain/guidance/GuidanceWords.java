package app.dossier.domain.guidance;

import app.dossier.domain.Language;
import app.dossier.domain.words.Words;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The guidance in one language, from the words by kind: {@code guidance.finding.<KIND>},
 * {@code guidance.gap.<KIND>}, {@code guidance.deadline.<KIND>}, each with a case suffix where
 * a kind reads differently by case ({@link #findingCase}), filled with the record's named values.
 * The command line words it in English, the window in its language.
 */
public final class GuidanceWords {
    private final Words words;

    public GuidanceWords(Words words) {
        this.words = words;
    }

    public static GuidanceWords in(Language language) {
        return new GuidanceWords(Words.in(language));
    }

    public static GuidanceWords english() {
        return in(Language.ENGLISH);
    }

    public Words words() {
        return words;
    }

    /** What a finding says; {@code minutesToDue} is said as "in 6 hours" or "2 days ago". */
    public String finding(Finding f) {
        Map<String, Object> values = new HashMap<>(f.params());
        values.put("discrepancy", discrepancy(f.params()));
        if (f.params().get("minutesToDue") instanceof Long minutes) {
            values.put("fromNow", fromNow(minutes));
        }
        if (f.params().get("chatApps") instanceof String apps) {
            values.put("chatApps", words.get("guidance.words.chatApps." + apps));
        }
        return words.named(code("guidance.finding." + f.kind().name(), findingCase(f)), values);
    }

    /** Why a record is not complete. */
    public String gap(Gap g) {
        Map<String, Object> values = new HashMap<>(g.params());
        if (g.params().get("needs") instanceof List<?> needs) {
            values.put("needs", needs.stream().map(n -> (Gap.RateNeeded) n)
                    .map(n -> words.get("guidance.gap.needs." + n.where().name(), n.unit(), n.currency()))
                    .reduce((a, b) -> words.get("guidance.gap.needs.and", a, b)).orElse(""));
        }
        return words.named(code("guidance.gap." + g.kind().name(), gapCase(g)), values);
    }

    /** What to do by a deadline, in a sentence. */
    public String deadline(Deadline d) {
        Map<String, Object> values = new HashMap<>(d.params());
        values.put("due", d.due());
        String overdue = d.kind() == Deadline.Kind.DISPUTE_WINDOW && d.urgency() == Urgency.OVERDUE ? "OVERDUE" : null;
        return words.named(code("guidance.deadline." + d.kind().name(), overdue), values);
    }

    /** Why a written agreement is worth it for this order, one sentence per reason. */
    public List<String> adviceReasons(ContractAdvice advice) {
        Map<String, Object> values = new HashMap<>();
        values.put("valueVnd", advice.value().totalVnd());
        values.put("threshold", advice.threshold());
        List<String> out = new ArrayList<>();
        if (advice.oem()) {
            out.add(words.named("guidance.advice.oem", values));
        }
        if (advice.large()) {
            out.add(words.named("guidance.advice.large", values));
        } else if (!advice.rateKnown()) {
            out.add(words.named("guidance.advice.rateUnknown", values));
        }
        return out;
    }

    /** "Payments: partial (…; …)": a record, its state and its gaps. */
    public String describe(CategoryCheck check) {
        String category = words.get("category." + check.category().name());
        String state = words.get("guidance.state." + (check.status() == CategoryStatus.MISSING && check.waiting()
                ? "WAITING" : check.status().name()));
        if (check.gaps().isEmpty()) {
            return words.get("guidance.check", category, state);
        }
        return words.get("guidance.check.gaps", category, state,
                check.gaps().stream().map(this::gap).collect(Collectors.joining(" ")));
    }

    /** "Ready for a dispute: …", or "Not ready for a dispute yet. Payments: partial (…)." */
    public String readiness(DisputeReadiness r) {
        if (r.ready()) {
            return words.get("guidance.readiness.READY");
        }
        return words.get("guidance.readiness.NOT_READY",
                r.blockers().stream().map(c -> describe(c) + ".").collect(Collectors.joining(" ")));
    }

    /**
     * The case a finding's wording depends on: where the arrival time came from and whether the
     * limit passed; a first order, a payment without a date; a chat never saved.
     */
    static String findingCase(Finding f) {
        boolean overdue = f.urgency() == Urgency.OVERDUE;
        return switch (f.kind()) {
            case NOT_INSPECTED -> f.params().get("arrivalFrom") + (overdue ? ".OVERDUE" : "");
            case FACTORY_NOT_NOTIFIED -> overdue ? "OVERDUE" : null;
            case DEPOSIT_NOT_ACKNOWLEDGED -> join("YES".equals(f.params().get("firstOrder")) ? "first" : null,
                    f.params().containsKey("paidOn") ? null : "nodate");
            case CHAT_EXPORT_DUE -> f.params().containsKey("newestChatAt") ? null : "none";
            default -> null;
        };
    }

    static String gapCase(Gap g) {
        return switch (g.kind()) {
            case NO_CONFIRMATION_RECORDS -> String.valueOf(g.params().get("channel"));
            case NO_WRITTEN_CONFIRMATION -> Boolean.TRUE.equals(g.params().get("summarySaved")) ? "summary" : null;
            case PAYMENT_WITHOUT_PROOF, PAYMENTS_NOT_COMPARABLE -> g.params().containsKey("paidOn") ? null : "nodate";
            case NOT_ARRIVED_YET -> g.params().containsKey("deadline") ? null : "none";
            case NO_RECEIVING_RECORD -> Long.valueOf(0).equals(g.params().get("photos")) ? "none" : null;
            default -> null;
        };
    }

    private static String join(String a, String b) {
        return a == null ? b : b == null ? a : a + "." + b;
    }

    private static String code(String kind, String variant) {
        return variant == null ? kind : kind + "." + variant;
    }

    /** "in 6 hours", "2 days ago": how far a due time is from now, rounded down. */
    private String fromNow(long minutes) {
        long abs = Math.abs(minutes);
        String span = abs >= 48 * 60 ? words.get("guidance.words.days", abs / (24 * 60))
                : abs >= 60 ? words.get("guidance.words.hours", abs / 60) : words.get("guidance.words.minutes", abs);
        return words.get(minutes >= 0 ? "guidance.words.in" : "guidance.words.ago", span);
    }

    /** "20 units short and 3 defective units", for the findings about telling the factory. */
    private String discrepancy(Map<String, Object> params) {
        long unitsShort = params.get("unitsShort") instanceof Long n ? n : 0;
        long defective = params.get("defectiveUnits") instanceof Long n ? n : 0;
        String shortWords = unitsShort > 0 ? words.get("guidance.words.short", unitsShort) : null;
        String defectWords = defective > 0 ? words.get("guidance.words.defective", defective) : null;
        if (shortWords != null && defectWords != null) {
            return words.get("guidance.words.both", shortWords, defectWords);
        }
        return shortWords != null ? shortWords : defectWords != null ? defectWords : "";
    }

    /** Minutes from {@code now} to {@code due}, negative once it has passed. */
    static long minutesTo(LocalDateTime due, LocalDateTime now) {
        return Duration.between(now, due).toMinutes();
    }
}
