package app.dossier.ui.receiving;

import app.dossier.domain.guidance.SamplePlan;
import app.dossier.service.OrderSummary;
import app.dossier.ui.common.BackgroundTask;
import app.dossier.ui.common.UiContext;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/**
 * The sample check for the lot on the warehouse screen: as soon as an order is chosen, the AQL plan
 * (General Inspection Level II, major and minor defects) for the units ordered, or for the units
 * received once they are typed, with the seed's 10 % and 15 % beside it; once units checked and
 * defects are typed, whether the lot passes or fails the plan. The defects are not sorted into major
 * and minor on this screen, so all count as major: the stricter plan.
 */
public final class SamplePlanModel {
    /** Where the count stands against the plan. */
    public enum Verdict { NONE, PASS, FAIL }

    private final UiContext context;
    private final ObservableValue<OrderSummary> chosen;
    private final ObservableValue<Long> received;
    private final ObservableValue<Long> sampled;
    private final ObservableValue<Long> defective;
    private final ReadOnlyObjectWrapper<SamplePlan> plan = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper lot = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper check = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper major = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper minor = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper code = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper rule = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Verdict> verdict = new ReadOnlyObjectWrapper<>(Verdict.NONE);
    private final ReadOnlyStringWrapper verdictWords = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fewer = new ReadOnlyStringWrapper("");
    private Long planned;
    private long generation;

    SamplePlanModel(UiContext context, ObservableValue<OrderSummary> chosen, ObservableValue<Long> received,
            ObservableValue<Long> sampled, ObservableValue<Long> defective) {
        this.context = context;
        this.chosen = chosen;
        this.received = received;
        this.sampled = sampled;
        this.defective = defective;
        chosen.addListener((o, was, now) -> replan());
        received.addListener((o, was, now) -> replan());
        sampled.addListener((o, was, now) -> judge());
        defective.addListener((o, was, now) -> judge());
        plan.addListener((o, was, now) -> {
            describe();
            judge();
        });
    }

    /** The units the plan is for: those received once typed, else those ordered; null without an order. */
    private Long lotSize() {
        if (chosen.getValue() == null) {
            return null;
        }
        Long counted = received.getValue();
        if (counted != null && counted > 0) {
            return counted;
        }
        long ordered = chosen.getValue().order().quantity();
        return ordered > 0 ? ordered : null;
    }

    /** Reads the plan for the lot in the background whenever the lot changes. */
    private void replan() {
        Long size = lotSize();
        if (Objects.equals(size, planned)) {
            describe();
            return;
        }
        planned = size;
        long wanted = ++generation;
        if (size == null) {
            plan.set(null);
            return;
        }
        BackgroundTask.wrap("", progress -> context.services().guidance().samplePlan(size))
                .onSuccess(p -> {
                    if (wanted == generation) {
                        plan.set(p);
                        describe();
                    }
                })
                .onFailure(error -> {
                    if (wanted == generation) {
                        plan.set(null);
                    }
                })
                .executeWith(context.runner());
    }

    private void describe() {
        SamplePlan p = plan.get();
        if (p == null || chosen.getValue() == null) {
            for (ReadOnlyStringWrapper words : new ReadOnlyStringWrapper[] {lot, check, major, minor, code, rule}) {
                words.set("");
            }
            return;
        }
        Long counted = received.getValue();
        boolean fromReceived = counted != null && counted > 0 && counted == p.lotSize();
        lot.set(context.t(fromReceived ? "receiving.plan.lot.received" : "receiving.plan.lot.expected", p.lotSize(),
                context.texts().words().unit(p.lotSize(), chosen.getValue().order().unit())));
        check.set(p.inspectEveryUnit() ? context.t("receiving.plan.checkAll", p.lotSize())
                : context.t("receiving.plan.check", p.unitsToInspect()));
        major.set(context.t("receiving.plan.major", p.major().aql().label(), p.major().accept(), p.major().reject()));
        minor.set(context.t("receiving.plan.minor", p.minor().aql().label(), p.minor().accept(), p.minor().reject()));
        code.set(context.t("receiving.plan.code", String.valueOf(p.codeLetter())));
        rule.set(context.t("receiving.plan.rule", p.tenPercent(), p.fifteenPercent()));
    }

    /** Pass or fail against the major plan once units checked and defects are typed. */
    private void judge() {
        SamplePlan p = plan.get();
        Long checked = sampled.getValue();
        Long bad = defective.getValue();
        if (p == null || checked == null || checked <= 0 || bad == null || bad > checked) {
            verdict.set(Verdict.NONE);
            verdictWords.set("");
            fewer.set("");
            return;
        }
        boolean fails = bad >= p.major().reject();
        verdict.set(fails ? Verdict.FAIL : Verdict.PASS);
        verdictWords.set(context.t(fails ? "receiving.plan.fail" : "receiving.plan.pass", bad, checked,
                p.major().aql().label(), p.major().accept()));
        long wanted = p.unitsToInspect();
        fewer.set(checked < wanted ? context.t("receiving.plan.fewer", checked, wanted, wanted - checked) : "");
    }

    // ---- state

    /** The plan for the lot, or null before an order is chosen. */
    public ReadOnlyObjectProperty<SamplePlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    /** "For the 300 pcs ordered (AQL, General Inspection Level II)". */
    public ReadOnlyStringProperty lotProperty() {
        return lot.getReadOnlyProperty();
    }

    /** "Check 50 units, picked at random from different cartons". */
    public ReadOnlyStringProperty checkProperty() {
        return check.getReadOnlyProperty();
    }

    /** "Major defects (AQL 2.5): pass with up to 3, fail at 4". */
    public ReadOnlyStringProperty majorProperty() {
        return major.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty minorProperty() {
        return minor.getReadOnlyProperty();
    }

    /** "Code letter H". */
    public ReadOnlyStringProperty codeProperty() {
        return code.getReadOnlyProperty();
    }

    /** "Rule of thumb 10 % / 15 %: 30 / 45 units". */
    public ReadOnlyStringProperty ruleProperty() {
        return rule.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Verdict> verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    /** "Fails the plan: 3 defective in 32 checked; AQL 2.5 allows up to 2. …", or empty before the count. */
    public ReadOnlyStringProperty verdictWordsProperty() {
        return verdictWords.getReadOnlyProperty();
    }

    /** Said when fewer units were checked than the plan asks for; empty otherwise. */
    public ReadOnlyStringProperty fewerProperty() {
        return fewer.getReadOnlyProperty();
    }
}
