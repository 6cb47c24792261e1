package app.dossier.ui.dispute;

import app.dossier.domain.CaseFile;
import app.dossier.domain.Dispute;
import app.dossier.domain.DisputeStatus;
import app.dossier.domain.Evidence;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Order;
import app.dossier.domain.ReceivingRecord;
import app.dossier.service.OrderSummary;
import app.dossier.service.Services;
import app.dossier.ui.common.BackgroundTask;
import app.dossier.ui.common.ErrorText;
import app.dossier.ui.common.Texts;
import app.dossier.ui.common.UiContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The disputes section: every dispute, and for the chosen one where it stands, what the order's
 * records show (ordered, received, short, defective), which evidence categories have files and
 * which are missing, and the files themselves by category.
 */
public final class DisputesViewModel {
    private final UiContext context;
    private final Services services;
    private final Texts texts;

    // Each list is handed out through one kept read-only wrapper: a wrapper made per call holds the
    // view's listeners weakly and silently drops them once it is collected.
    private final ObservableList<DisputeRow> disputes = FXCollections.observableArrayList();
    private final ObservableList<DisputeRow> disputesView = FXCollections.unmodifiableObservableList(disputes);
    private final ReadOnlyObjectWrapper<DisputeRow> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper opened = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<DisputeStatus> statusCode = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ObservableList<Fact> facts = FXCollections.observableArrayList();
    private final ObservableList<Fact> factsView = FXCollections.unmodifiableObservableList(facts);
    private final ObservableList<CategoryState> categories = FXCollections.observableArrayList();
    private final ObservableList<CategoryState> categoriesView = FXCollections.unmodifiableObservableList(categories);
    private final ObservableList<EvidenceRow> files = FXCollections.observableArrayList();
    private final ObservableList<EvidenceRow> filesView = FXCollections.unmodifiableObservableList(files);
    private final DisputeWorkViewModel work;

    /** The dispute to show once loaded; 0 for the newest. */
    private long wanted;
    private long generation;
    private long orderId;

    public DisputesViewModel(UiContext context) {
        this.context = context;
        this.services = context.services();
        this.texts = context.texts();
        this.work = new DisputeWorkViewModel(context, Clock.systemDefaultZone());
        // A step or a new resolution changes the status and the list; the work area reloads itself.
        work.setOnChanged(() -> load(wanted, true, false));
    }

    // ---- what the view binds to

    /** Every dispute, newest first. */
    public ObservableList<DisputeRow> disputes() {
        return disputesView;
    }

    public ReadOnlyObjectProperty<DisputeRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** True while a dispute is shown in the detail. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** "Opened on 2026-11-26 · factory". */
    public ReadOnlyStringProperty openedProperty() {
        return opened.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DisputeStatus> statusCodeProperty() {
        return statusCode.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ObservableList<Fact> facts() {
        return factsView;
    }

    /** The four categories, in their fixed order, each present or missing. */
    public ObservableList<CategoryState> categories() {
        return categoriesView;
    }

    /** The order's files, by category, oldest capture first. */
    public ObservableList<EvidenceRow> files() {
        return filesView;
    }

    /** The work on the dispute shown: resolution, message, steps, packet and refund request. */
    public DisputeWorkViewModel work() {
        return work;
    }

    // ---- commands

    /** Reloads the list and the dispute shown. */
    public void refresh() {
        load(wanted, true, true);
    }

    /** Shows a dispute, reloading the list first so one opened a moment ago is found. */
    public void select(long disputeId) {
        wanted = disputeId;
        load(disputeId, true, true);
    }

    /** Shows the dispute picked in the list. */
    public void choose(DisputeRow row) {
        if (row == null || (selected.get() != null && selected.get().disputeId() == row.disputeId())) {
            return;
        }
        wanted = row.disputeId();
        load(row.disputeId(), false, true);
    }

    /** Goes to the order the dispute is about. */
    public void openOrder() {
        if (shown.get()) {
            context.navigator().showOrder(orderId);
        }
    }

    /** Opens one of the order's files with the system's program. */
    public void openFile(EvidenceRow row) {
        if (row == null) {
            return;
        }
        BackgroundTask.wrap("", progress -> services.evidence().pathOf(row.evidence()))
                .onSuccess(path -> context.platform().open(path))
                .onFailure(e -> context.navigator().warn(ErrorText.of(e, texts)))
                .executeWith(context.runner());
    }

    // ---- loading

    private record Loaded(List<DisputeRow> rows, Dispute dispute, CaseFile caseFile) {
    }

    private void load(long disputeId, boolean withList, boolean withWork) {
        long ticket = ++generation;
        List<DisputeRow> current = List.copyOf(disputes);
        BackgroundTask.wrap("", progress -> {
            List<DisputeRow> rows = withList ? rows(services.disputes().all(), services.orders().list(null)) : current;
            DisputeRow row = rows.stream().filter(r -> r.disputeId() == disputeId).findFirst()
                    .orElse(rows.isEmpty() ? null : rows.get(0));
            if (row == null) {
                return new Loaded(withList ? rows : null, null, null);
            }
            CaseFile caseFile = services.orders().caseOf(row.orderId());
            Dispute dispute = caseFile.disputes().stream().filter(d -> d.id() == row.disputeId()).findFirst()
                    .orElse(null);
            return new Loaded(withList ? rows : null, dispute, caseFile);
        }).onSuccess(loaded -> apply(ticket, loaded, withWork))
                .onFailure(e -> context.navigator().warn(ErrorText.of(e, texts)))
                .executeWith(context.runner());
    }

    private void apply(long ticket, Loaded loaded, boolean withWork) {
        if (loaded.rows() != null) {
            disputes.setAll(loaded.rows());
        }
        if (ticket != generation) {
            return;
        }
        if (loaded.dispute() == null) {
            clear();
            return;
        }
        Dispute dispute = loaded.dispute();
        CaseFile caseFile = loaded.caseFile();
        wanted = dispute.id();
        orderId = dispute.orderId();
        selected.set(disputes.stream().filter(r -> r.disputeId() == dispute.id()).findFirst().orElse(null));
        title.set(texts.get("dispute.heading", caseFile.order().label()));
        opened.set(texts.get("dispute.opened", texts.formats().date(dispute.openedOn()), caseFile.factory().displayName()));
        status.set(texts.get("status." + dispute.status().name()));
        statusCode.set(dispute.status());
        summary.set(dispute.summary() == null ? texts.get("dispute.summary.none") : dispute.summary());
        facts.setAll(facts(caseFile));
        categories.setAll(categories(caseFile.evidence()));
        files.setAll(files(caseFile.evidence()));
        shown.set(true);
        if (withWork) {
            work.show(dispute.id());
        }
    }

    private void clear() {
        selected.set(null);
        shown.set(false);
        title.set("");
        opened.set("");
        status.set("");
        statusCode.set(null);
        summary.set("");
        facts.clear();
        categories.clear();
        files.clear();
        work.clear();
    }

    // ---- turning records into what the user reads

    List<DisputeRow> rows(List<Dispute> all, List<OrderSummary> orders) {
        Map<Long, OrderSummary> byOrder = orders.stream()
                .collect(Collectors.toMap(s -> s.order().id(), Function.identity()));
        return all.stream()
                .sorted(Comparator.comparing(Dispute::openedOn).thenComparingLong(Dispute::id).reversed())
                .map(d -> {
                    OrderSummary s = byOrder.get(d.orderId());
                    return new DisputeRow(d.id(), d.orderId(), s == null ? "#" + d.orderId() : s.order().label(),
                            s == null ? "" : s.factory().displayName(), texts.formats().date(d.openedOn()),
                            texts.get("status." + d.status().name()), d.status(),
                            d.summary() == null ? "" : d.summary());
                })
                .toList();
    }

    List<Fact> facts(CaseFile c) {
        Order order = c.order();
        List<Fact> list = new ArrayList<>();
        list.add(new Fact(texts.get("dispute.fact.factory"), c.factory().displayName(), false));
        list.add(new Fact(texts.get("dispute.fact.product"), order.product(), false));
        list.add(new Fact(texts.get("dispute.fact.ordered"), texts.get("dispute.fact.orderedValue",
                units(order.quantity(), order), texts.formats().date(order.orderedOn()),
                texts.formats().money(order.total())), false));
        ReceivingRecord r = c.receiving();
        if (r == null) {
            list.add(new Fact(texts.get("dispute.fact.received"), texts.get("dispute.fact.notReceived"), false));
            return list;
        }
        list.add(new Fact(texts.get("dispute.fact.received"), r.arrivedAt() == null
                ? units(r.unitsReceived(), order)
                : texts.get("dispute.fact.receivedValue", units(r.unitsReceived(), order),
                        texts.formats().date(r.arrivedAt().toLocalDate())), false));
        long shortUnits = r.unitsShort();
        list.add(new Fact(texts.get("dispute.fact.short"), shortUnits == 0
                ? texts.get("dispute.fact.none")
                : texts.get("dispute.fact.shortValue", units(shortUnits, order),
                        texts.formats().percent(r.unitsExpected() == 0 ? 0 : (double) shortUnits / r.unitsExpected())),
                shortUnits > 0));
        list.add(new Fact(texts.get("dispute.fact.defective"), r.unitsSampled() == 0
                ? texts.get("dispute.fact.notChecked")
                : texts.get("dispute.fact.defectiveValue", texts.formats().count(r.defectiveUnits()),
                        texts.formats().count(r.unitsSampled()),
                        texts.formats().percent((double) r.defectiveUnits() / r.unitsSampled())),
                r.defectiveUnits() > 0));
        return list;
    }

    List<CategoryState> categories(List<Evidence> evidence) {
        List<CategoryState> list = new ArrayList<>();
        for (EvidenceCategory category : EvidenceCategory.values()) {
            int count = (int) evidence.stream().filter(e -> e.category() == category).count();
            list.add(new CategoryState(category, texts.get("category." + category.name()), count,
                    count == 0 ? texts.get("category.missing") : texts.get("dispute.evidence.count", count)));
        }
        return list;
    }

    List<EvidenceRow> files(List<Evidence> evidence) {
        return evidence.stream()
                .sorted(Comparator.comparing(Evidence::category)
                        .thenComparing(Evidence::capturedAt, Comparator.nullsLast(Comparator.<LocalDateTime>naturalOrder()))
                        .thenComparingLong(Evidence::id))
                .map(e -> new EvidenceRow(e, e.caption() == null ? texts.get("dispute.file.noCaption") : e.caption(),
                        e.fileName(), e.capturedAt() == null
                                ? texts.get("dispute.file.capturedUnknown")
                                : texts.get("dispute.file.captured", texts.formats().date(e.capturedAt()))))
                .toList();
    }

    private String units(long count, Order order) {
        return texts.words().quantity(count, order.unit());
    }
}
