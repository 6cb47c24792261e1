package app.dossier.ui.shell;

import app.dossier.domain.Order;
import app.dossier.domain.guidance.Deadline;
import app.dossier.domain.guidance.Finding;
import app.dossier.domain.guidance.OrderCompleteness;
import app.dossier.domain.guidance.Severity;
import app.dossier.service.OrderSummary;
import app.dossier.service.Services;
import app.dossier.ui.common.BackgroundTask;
import app.dossier.ui.common.DueLine;
import app.dossier.ui.common.ErrorText;
import app.dossier.ui.common.FindingLine;
import app.dossier.ui.common.GuidanceTexts;
import app.dossier.ui.common.UiContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The start screen: how much is recorded, what is due soon or overdue, the most pressing findings,
 * the orders with records to fix and which orders are ready for a dispute; and, on an empty data
 * folder, the offer to load the sample business.
 */
public final class StartViewModel {
    /** How many pressing findings the start screen lists; the rest are counted. */
    static final int PRESSING_SHOWN = 8;

    private final UiContext context;
    private final GuidanceTexts words;
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canLoadSample = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<DueLine> due = FXCollections.observableArrayList();
    private final ObservableList<FindingLine> pressing = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper morePressing = new ReadOnlyStringWrapper("");
    private final ObservableList<GapLine> gaps = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper ready = new ReadOnlyStringWrapper("");

    public StartViewModel(UiContext context) {
        this.context = context;
        this.words = new GuidanceTexts(context.texts());
    }

    private record Loaded(int factories, List<OrderSummary> orders, int disputes, boolean canLoadSample,
            List<Deadline> due, List<Finding> findings, List<OrderCompleteness> gaps, List<OrderCompleteness> ready) {
    }

    /** Reads everything the start screen shows, in the background. */
    public void refresh() {
        BackgroundTask.wrap("", progress -> {
            Services s = context.services();
            List<OrderSummary> orders = s.orders().list(null);
            List<OrderCompleteness> withGaps = s.guidance().ordersWithGaps();
            Set<Long> gapIds = withGaps.stream().map(OrderCompleteness::orderId).collect(Collectors.toSet());
            List<OrderCompleteness> readyOnes = new ArrayList<>();
            for (OrderSummary o : orders) {
                if (!gapIds.contains(o.order().id())) {
                    OrderCompleteness c = s.guidance().completeness(o.order().id());
                    if (c.readiness().ready()) {
                        readyOnes.add(c);
                    }
                }
            }
            return new Loaded(s.factories().list().size(), orders, s.disputes().all().size(),
                    s.sample().whyNot() == null, s.guidance().dueList(), s.guidance().findings(null), withGaps,
                    readyOnes);
        }).onSuccess(this::show)
                .onFailure(error -> context.navigator().warn(ErrorText.of(error, context.texts())))
                .executeWith(context.runner());
    }

    private void show(Loaded loaded) {
        counts.set(context.t("start.counts", loaded.factories(), loaded.orders().size(), loaded.disputes()));
        canLoadSample.set(loaded.canLoadSample());
        due.setAll(loaded.due().stream().map(words::line).toList());
        List<Finding> urgent = loaded.findings().stream().filter(f -> f.severity() != Severity.ADVICE).toList();
        pressing.setAll(urgent.stream().limit(PRESSING_SHOWN).map(words::line).toList());
        int more = urgent.size() - pressing.size();
        morePressing.set(more > 0 ? context.t("start.findings.more", more) : "");
        Map<Long, OrderSummary> byId = loaded.orders().stream()
                .collect(Collectors.toMap(o -> o.order().id(), Function.identity()));
        gaps.setAll(loaded.gaps().stream().map(c -> gapLine(c, byId.get(c.orderId()))).toList());
        Set<String> seen = new HashSet<>();
        List<String> labels = loaded.ready().stream().map(OrderCompleteness::orderLabel).filter(seen::add).toList();
        ready.set(labels.isEmpty() ? "" : context.t("start.ready", String.join(", ", labels)));
    }

    private GapLine gapLine(OrderCompleteness c, OrderSummary summary) {
        String detail = "";
        if (summary != null) {
            Order o = summary.order();
            String factory = summary.factory() == null ? "" : summary.factory().displayName();
            boolean numbered = o.orderNumber() != null && !o.orderNumber().isBlank();
            detail = numbered ? o.product() + (factory.isEmpty() ? "" : " · " + factory) : factory;
        }
        return new GapLine(c.orderId(), c.orderLabel(), detail, c.categories().stream().map(words::line).toList(),
                c.readiness().ready(), words.readiness(c.readiness()));
    }

    /** Opens an order's case file. */
    public void open(long orderId) {
        context.navigator().showOrder(orderId);
    }

    /** Loads the sample business into the empty data folder. */
    public void loadSample() {
        if (loading.get()) {
            return;
        }
        loading.set(true);
        BackgroundTask.wrap(context.t("start.loadSample"), progress -> context.services().sample().load(progress))
                .onSuccess(orders -> {
                    loading.set(false);
                    context.navigator().say(context.t("start.sampleLoaded", orders));
                    refresh();
                })
                .onFailure(error -> {
                    loading.set(false);
                    context.navigator().warn(ErrorText.of(error, context.texts()));
                    refresh();
                })
                .executeWith(context.runner());
    }

    // ---- state

    /** "3 factories · 5 orders · 1 dispute". */
    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canLoadSampleProperty() {
        return canLoadSample.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Deadlines overdue or due soon, soonest first. */
    public ObservableList<DueLine> due() {
        return due;
    }

    /** The most pressing findings (urgent, then to fix), at most {@value #PRESSING_SHOWN}. */
    public ObservableList<FindingLine> pressing() {
        return pressing;
    }

    /** "and 4 more: see each order", or empty. */
    public ReadOnlyStringProperty morePressingProperty() {
        return morePressing.getReadOnlyProperty();
    }

    /** Orders with records to fix now. */
    public ObservableList<GapLine> gaps() {
        return gaps;
    }

    /** "Ready for a dispute: …" naming the orders whose four records are complete; empty when none. */
    public ReadOnlyStringProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }
}
