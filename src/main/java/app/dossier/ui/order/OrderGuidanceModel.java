package app.dossier.ui.order;

import app.dossier.domain.Channel;
import app.dossier.domain.Evidence;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Order;
import app.dossier.domain.Text;
import app.dossier.domain.guidance.ContractAdvice;
import app.dossier.domain.guidance.Deadline;
import app.dossier.domain.guidance.FactoryMessage;
import app.dossier.domain.guidance.Finding;
import app.dossier.domain.guidance.OrderCompleteness;
import app.dossier.domain.guidance.Severity;
import app.dossier.service.AttachReport;
import app.dossier.service.EvidenceInput;
import app.dossier.service.Services;
import app.dossier.ui.common.BackgroundTask;
import app.dossier.ui.common.CheckLine;
import app.dossier.ui.common.DueLine;
import app.dossier.ui.common.ErrorText;
import app.dossier.ui.common.FindingLine;
import app.dossier.ui.common.GuidanceTexts;
import app.dossier.ui.common.UiContext;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What Dossier tells the user about the order shown: its four records and whether it is ready for a
 * dispute, its findings and deadlines, the written agreement worth having (OEM and large orders)
 * with its terms to copy, and for an off-platform order the summary to send the factory and a way to
 * record the factory's written confirmation.
 */
public final class OrderGuidanceModel {
    /** Whether the user keeps the guidance shown on the orders screen; remembered like the window's place. */
    static final String SHOWN = "orders.guidance.shown";

    private final UiContext context;
    private final GuidanceTexts words;
    private final LongSupplier shownOrder;
    private final Runnable changed;
    private final ObservableList<CheckLine> checks = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper readiness = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper blockers = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper("");
    private final ObservableList<FindingLine> findings = FXCollections.observableArrayList();
    private final ObservableList<DueLine> due = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper advised = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<String> adviceReasons = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper termsChinese = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper termsEnglish = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper termsToFillIn = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper offPlatform = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper confirmed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper summaryChinese = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summaryEnglish = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summaryToFillIn = new ReadOnlyStringWrapper("");
    private final ConfirmationForm confirmation;
    private final BooleanProperty shown = new SimpleBooleanProperty(true);

    /**
     * @param shownOrder the id of the order shown (0 when none)
     * @param changed    told after the confirmation is recorded, so the order and the list reload
     */
    OrderGuidanceModel(UiContext context, Clock clock, LongSupplier shownOrder, Runnable changed) {
        this.context = context;
        this.words = new GuidanceTexts(context.texts());
        this.shownOrder = shownOrder;
        this.changed = changed;
        this.confirmation = new ConfirmationForm(context, clock);
        shown.set(context.services().settings().get(SHOWN).map(Boolean::parseBoolean).orElse(true));
        shown.addListener((o, was, now) -> context.services().settings().put(SHOWN, Boolean.toString(now)));
    }

    /** What the guidance of one order is made of, read together in the background. */
    record Loaded(OrderCompleteness completeness, List<Finding> findings, List<Deadline> due,
            Optional<ContractAdvice> advice, FactoryMessage summary) {
    }

    /** Reads the guidance of an order; call it off the window's thread. */
    static Loaded read(Services services, Order order) {
        long id = order.id();
        List<Deadline> due = services.guidance().dueList().stream().filter(d -> d.orderId() == id).toList();
        return new Loaded(services.guidance().completeness(id), services.guidance().findings(id), due,
                services.guidance().contractAdvice(id),
                order.channel() == Channel.OFF_PLATFORM ? services.guidance().orderSummary(id) : null);
    }

    void show(Loaded loaded) {
        OrderCompleteness c = loaded.completeness();
        checks.setAll(c.categories().stream().map(words::line).toList());
        ready.set(c.readiness().ready());
        readiness.set(words.readinessShort(c.readiness()));
        blockers.set(c.readiness().ready() ? "" : words.readiness(c.readiness()));
        findings.setAll(loaded.findings().stream().map(words::line).toList());
        due.setAll(loaded.due().stream().map(words::line).toList());
        headline.set(headline(loaded.findings()));
        advised.set(loaded.advice().isPresent());
        adviceReasons.setAll(loaded.advice().map(words::adviceReasons).orElse(List.of()));
        termsChinese.set(loaded.advice().map(a -> a.terms().chinese()).orElse(""));
        termsEnglish.set(loaded.advice().map(a -> a.terms().english()).orElse(""));
        termsToFillIn.set(loaded.advice().map(a -> words.toFillIn(a.terms().toFillIn())).orElse(""));
        FactoryMessage summary = loaded.summary();
        offPlatform.set(summary != null);
        summaryChinese.set(summary == null ? "" : summary.chinese());
        summaryEnglish.set(summary == null ? "" : summary.english());
        summaryToFillIn.set(summary == null ? "" : words.toFillIn(summary.toFillIn()));
        confirmed.set(c.check(EvidenceCategory.CONFIRMATION).complete());
    }

    void clear() {
        checks.clear();
        findings.clear();
        due.clear();
        adviceReasons.clear();
        ready.set(false);
        readiness.set("");
        blockers.set("");
        headline.set("");
        advised.set(false);
        offPlatform.set(false);
        confirmed.set(false);
    }

    /** "1 urgent · 3 to fix · 2 pieces of advice", or that nothing needs doing. */
    private String headline(List<Finding> all) {
        List<String> parts = new ArrayList<>();
        for (Severity s : new Severity[] {Severity.URGENT, Severity.WARNING, Severity.ADVICE}) {
            long n = all.stream().filter(f -> f.severity() == s).count();
            if (n > 0) {
                parts.add(context.t("order.guide.count." + s.name(), n));
            }
        }
        return parts.isEmpty() ? context.t("order.guide.nothing") : String.join(" · ", parts);
    }

    /** The record of one category, for the tab's mark; null before the guidance is read. */
    CheckLine check(EvidenceCategory category) {
        return checks.stream().filter(c -> c.category() == category).findFirst().orElse(null);
    }

    // ---- copying the messages for the factory

    public void copyTermsChinese() {
        copy(termsChinese.get(), "order.guide.copied.termsChinese");
    }

    public void copyTermsEnglish() {
        copy(termsEnglish.get(), "order.guide.copied.termsEnglish");
    }

    public void copySummaryChinese() {
        copy(summaryChinese.get(), "order.guide.copied.summaryChinese");
    }

    public void copySummaryEnglish() {
        copy(summaryEnglish.get(), "order.guide.copied.summaryEnglish");
    }

    private void copy(String text, String saidKey) {
        if (Text.isBlank(text)) {
            return;
        }
        context.platform().copy(text);
        context.navigator().say(context.t(saidKey));
    }

    // ---- recording the factory's confirmation

    /**
     * Starts recording the factory's confirmation: asks for the screenshots with the system's
     * chooser; false when none was chosen.
     */
    public boolean chooseConfirmationFiles() {
        if (shownOrder.getAsLong() == 0) {
            return false;
        }
        confirmation.reset();
        List<Path> chosen = context.platform().chooseFiles(context.t("order.guide.confirm.choose"));
        confirmation.files().setAll(chosen);
        return !chosen.isEmpty();
    }

    /**
     * Saves the screenshots in Order and confirmation with the caption and time of the
     * confirmation; false (with the reasons shown in the form) when something must be fixed first.
     */
    public boolean recordConfirmation() {
        long orderId = shownOrder.getAsLong();
        Optional<List<EvidenceInput>> request = confirmation.request();
        if (orderId == 0 || request.isEmpty()) {
            return false;
        }
        List<EvidenceInput> inputs = request.get();
        String caption = confirmation.captionProperty().get();
        BackgroundTask.wrap(context.t("order.guide.confirm.saving"), progress -> {
            AttachReport report = context.services().evidence().attach(orderId, EvidenceCategory.CONFIRMATION, inputs,
                    progress);
            // A screenshot already in the case file is not copied again; give it the caption if it has none.
            for (AttachReport.Duplicate d : report.duplicates()) {
                Evidence existing = d.existing();
                if (existing.category() == EvidenceCategory.CONFIRMATION && Text.isBlank(existing.caption())) {
                    context.services().evidence().setCaption(existing.id(), caption);
                }
            }
            return report;
        }).onSuccess(report -> {
            if (report.refused().isEmpty()) {
                context.navigator().say(context.t("order.guide.confirm.saved", caption));
            } else {
                StringBuilder text = new StringBuilder(context.t("order.guide.confirm.refused"));
                report.refused().forEach(r -> text.append("\n• ").append(r.source().getFileName()).append(": ")
                        .append(ErrorText.of(r.reason(), r.wording(), context.texts())));
                context.navigator().warn(text.toString());
            }
            changed.run();
        }).onFailure(error -> context.navigator().warn(ErrorText.of(error, context.texts())))
                .executeWith(context.runner());
        return true;
    }

    // ---- state

    /** The four records, each complete, partial, missing or not due yet, with the reasons. */
    public ObservableList<CheckLine> checks() {
        return checks;
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** "Ready for a dispute" or "Not ready for a dispute". */
    public ReadOnlyStringProperty readinessProperty() {
        return readiness.getReadOnlyProperty();
    }

    /** What blocks a dispute: "Not ready for a dispute: Payments (partial), …"; empty when ready. */
    public ReadOnlyStringProperty blockersProperty() {
        return blockers.getReadOnlyProperty();
    }

    /** "1 urgent · 3 to fix · 2 pieces of advice". */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /** The order's findings, most pressing first. */
    public ObservableList<FindingLine> findings() {
        return findings;
    }

    /** The order's deadlines that are overdue or due soon. */
    public ObservableList<DueLine> due() {
        return due;
    }

    /** True for an OEM or large order without a written agreement saved. */
    public ReadOnlyBooleanProperty advisedProperty() {
        return advised.getReadOnlyProperty();
    }

    public ObservableList<String> adviceReasons() {
        return adviceReasons;
    }

    /** The summary of terms to send the factory for its 确认, in Chinese. */
    public ReadOnlyStringProperty termsChineseProperty() {
        return termsChinese.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty termsEnglishProperty() {
        return termsEnglish.getReadOnlyProperty();
    }

    /** What Dossier did not know and marked [fill in]; empty when the terms are complete. */
    public ReadOnlyStringProperty termsToFillInProperty() {
        return termsToFillIn.getReadOnlyProperty();
    }

    /** True for an order placed outside 1688: its summary is shown to send the factory. */
    public ReadOnlyBooleanProperty offPlatformProperty() {
        return offPlatform.getReadOnlyProperty();
    }

    /** True once the factory's written confirmation (or a contract) is saved in Order and confirmation. */
    public ReadOnlyBooleanProperty confirmedProperty() {
        return confirmed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryChineseProperty() {
        return summaryChinese.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryEnglishProperty() {
        return summaryEnglish.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryToFillInProperty() {
        return summaryToFillIn.getReadOnlyProperty();
    }

    /** Whether the guidance's details are shown (the line with readiness and counts always is). */
    public BooleanProperty shownProperty() {
        return shown;
    }

    /** The form for the factory's confirmation. */
    public ConfirmationForm confirmation() {
        return confirmation;
    }
}
