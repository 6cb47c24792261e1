package app.dossier.domain.guidance;

import app.dossier.domain.CaseFile;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * All the guidance over a set of case files, with one set of settings and one evidence
 * classifier. Holds no state: every method is a function of its arguments and the clock.
 */
public final class Guidance {
    private final GuidanceSettings settings;
    private final EvidenceClassifier classifier;

    public Guidance(GuidanceSettings settings, EvidenceClassifier classifier) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.classifier = Objects.requireNonNull(classifier, "classifier");
    }

    /** Default settings, evidence recognised by keywords. */
    public static Guidance standard() {
        return new Guidance(GuidanceSettings.defaults(), EvidenceClassifier.byKeywords());
    }

    public GuidanceSettings settings() {
        return settings;
    }

    public EvidenceClassifier classifier() {
        return classifier;
    }

    /** The four records of one order and whether it is ready for a dispute. */
    public OrderCompleteness completeness(CaseFile c, Clock clock) {
        return Completeness.of(c, classifier, clock);
    }

    /** Every order with a record to fix now. */
    public List<OrderCompleteness> ordersWithGaps(List<CaseFile> cases, Clock clock) {
        return Completeness.withGaps(cases, classifier, clock);
    }

    /** Every finding, most severe first, then by due time. */
    public List<Finding> findings(List<CaseFile> cases, Clock clock) {
        return Warnings.all(cases, settings, classifier, clock);
    }

    /** The findings of one order; {@code all} lets it tell a first order with a factory. */
    public List<Finding> findings(CaseFile c, List<CaseFile> all, Clock clock) {
        List<Finding> out = new ArrayList<>(Warnings.forOrder(c, all, settings, classifier,
                LocalDateTime.now(clock), clock.getZone()));
        out.sort(Warnings.ORDER);
        return out;
    }

    /** Every open deadline, sorted by due time. */
    public List<Deadline> deadlines(List<CaseFile> cases, Clock clock) {
        return Deadlines.open(cases, settings, clock);
    }

    /** The deadlines due soon or overdue, sorted by due time. */
    public List<Deadline> dueList(List<CaseFile> cases, Clock clock) {
        return Deadlines.dueList(cases, settings, clock);
    }

    /** Advice and terms for an OEM or large order; empty when a written agreement is not needed or already saved. */
    public Optional<ContractAdvice> contractAdvice(CaseFile c) {
        return ContractAdvice.forOrder(c, settings, classifier);
    }

    /** The summary to send the factory of an off-platform order for its 确认. */
    public FactoryMessage orderSummary(CaseFile c) {
        return FactoryMessages.orderSummary(c);
    }

    /** Short and defect rates and disputes of every factory with orders. */
    public List<FactoryRecord> factoryRecords(List<CaseFile> cases) {
        return FactoryRecord.all(cases);
    }

    /** The sample plan for a lot with the settings' AQLs. */
    public SamplePlan samplePlan(long lotSize) {
        return SamplePlan.forLot(lotSize, settings.majorAql(), settings.minorAql());
    }
}
