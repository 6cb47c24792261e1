package app.dossier.ui.factory;

import app.dossier.domain.Dispute;
import app.dossier.domain.Factory;
import app.dossier.domain.Field;
import app.dossier.domain.Refusal;
import app.dossier.domain.guidance.FactoryRecord;
import app.dossier.service.OrderSummary;
import app.dossier.service.Services;
import app.dossier.ui.common.BackgroundTask;
import app.dossier.ui.common.ErrorText;
import app.dossier.ui.common.Texts;
import app.dossier.ui.common.UiContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The factories section: the list with its filter, the chosen factory's form, its orders, its
 * disputes and its record so far. New factories start here too. Everything read or written goes
 * through the services on the background runner; results are applied on the window's thread.
 */
public final class FactoriesViewModel {
    private final Services services;
    private final Texts texts;
    private final UiContext context;
    private final FactoryLines lines;

    private final ObservableList<Factory> all = FXCollections.observableArrayList();
    private final FilteredList<Factory> shown = new FilteredList<>(all);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Factory> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper creating = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emptyList = new ReadOnlyStringWrapper("");
    private final FactoryForm form = new FactoryForm();
    private final javafx.beans.property.BooleanProperty showArchived = new javafx.beans.property.SimpleBooleanProperty();
    /** The archived factories listed, and how many orders each factory listed has (of any kind). */
    private java.util.Map<Long, java.time.Instant> archived = java.util.Map.of();
    private java.util.Map<Long, Long> orderCounts = java.util.Map.of();
    // Each list is handed out through one kept read-only wrapper: a wrapper made per call holds the
    // view's listeners weakly and silently drops them once it is collected.
    private final ObservableList<FactoryOrderRow> orders = FXCollections.observableArrayList();
    private final ObservableList<FactoryOrderRow> ordersView = FXCollections.unmodifiableObservableList(orders);
    private final ObservableList<FactoryDisputeRow> disputes = FXCollections.observableArrayList();
    private final ObservableList<FactoryDisputeRow> disputesView = FXCollections.unmodifiableObservableList(disputes);
    private final ObservableList<RecordLine> record = FXCollections.observableArrayList();
    private final ObservableList<RecordLine> recordView = FXCollections.unmodifiableObservableList(record);
    private final BooleanBinding canSave;

    /** The factory to show once loaded; 0 for none. */
    private long wanted;
    /** Counts requests for a factory's detail, so a late answer to an older one is not shown. */
    private long generation;

    public FactoriesViewModel(UiContext context) {
        this.context = context;
        this.services = context.services();
        this.texts = context.texts();
        this.lines = new FactoryLines(texts);
        showArchived.addListener((o, was, now) -> load(selected.get() == null ? 0 : selected.get().id(), true));
        filter.addListener((o, was, now) -> {
            shown.setPredicate(f -> FactoryFilter.matches(f, now));
            updateEmptyList();
        });
        all.addListener((javafx.collections.ListChangeListener<Factory>) change -> updateEmptyList());
        canSave = Bindings.createBooleanBinding(
                () -> !saving.get() && form.problemsProperty().get().isEmpty()
                        && (creating.get() || selected.get() != null),
                saving, form.problemsProperty(), creating, selected);
        updateEmptyList();
    }

    // ---- what the view binds to

    /** The factories that pass the filter, by name. */
    public ObservableList<Factory> factories() {
        return shown;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** What the list says when it shows nothing. */
    public ReadOnlyStringProperty emptyListProperty() {
        return emptyList.getReadOnlyProperty();
    }

    /** The stored factory shown on the right; null while a new one is being typed or none is chosen. */
    public ReadOnlyObjectProperty<Factory> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty creatingProperty() {
        return creating.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    /**
     * What is wrong with one field as typed, in the window's language, from the rule the service
     * enforces; empty when nothing is. A name not typed yet is not called missing: Save waits for it.
     */
    public StringBinding errorOf(Field field) {
        return Bindings.createStringBinding(() -> form.problemsProperty().get().stream()
                .filter(p -> p.field() == field)
                .filter(p -> p.refusal() != Refusal.FACTORY_NAME_REQUIRED || form.changedProperty().get())
                .findFirst().map(p -> ErrorText.of(p, texts)).orElse(""),
                form.problemsProperty(), form.changedProperty());
    }

    /** Why the last save did not go through, in Dossier's words; empty when it did. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty subtitleProperty() {
        return subtitle.getReadOnlyProperty();
    }

    public FactoryForm form() {
        return form;
    }

    public ObservableList<FactoryOrderRow> orders() {
        return ordersView;
    }

    public ObservableList<FactoryDisputeRow> disputes() {
        return disputesView;
    }

    public ObservableList<RecordLine> record() {
        return recordView;
    }

    // ---- commands

    /** Reloads the list and the factory shown; what is typed and not saved stays. */
    public void refresh() {
        load(creating.get() ? 0 : wanted, true);
    }

    /** Shows a factory, reloading the list first so one added elsewhere is there; 0 starts a new one. */
    public void select(long factoryId) {
        if (factoryId <= 0) {
            newFactory();
            return;
        }
        creating.set(false);
        wanted = factoryId;
        load(factoryId, true);
    }

    /** Shows the factory picked in the list. */
    public void choose(Factory factory) {
        if (factory == null || (selected.get() != null && selected.get().id() == factory.id() && !creating.get())) {
            return;
        }
        creating.set(false);
        wanted = factory.id();
        load(factory.id(), false);
    }

    /** Empties the form for a new factory. */
    public void newFactory() {
        generation++;
        wanted = 0;
        creating.set(true);
        selected.set(null);
        form.load(null);
        error.set("");
        orders.clear();
        disputes.clear();
        record.clear();
        title.set(texts.get("factory.newTitle"));
        subtitle.set(texts.get("factory.newHint"));
    }

    /** Saves what is typed: adds a new factory or corrects the shown one (a new name moves its folder). */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        Factory typed = form.typed();
        Factory before = selected.get();
        boolean adding = creating.get() || typed.id() == 0;
        saving.set(true);
        error.set("");
        BackgroundTask.wrap(texts.get("factory.saving"), progress -> adding
                        ? services.factories().add(typed)
                        : services.factories().update(typed))
                .onSuccess(saved -> {
                    saving.set(false);
                    creating.set(false);
                    wanted = saved.id();
                    form.load(saved);
                    selected.set(saved);
                    showHeader(saved);
                    context.navigator().say(savedMessage(saved, before, adding));
                    load(saved.id(), true);
                })
                .onFailure(e -> {
                    saving.set(false);
                    error.set(ErrorText.of(e, texts));
                })
                .executeWith(context.runner());
    }

    /** Opens the 1688 shop in the browser. */
    public void openShop() {
        String link = form.shopLink();
        if (link != null) {
            context.platform().browse(link);
        }
    }

    /** Opens the factory's folder of case files in the file manager. */
    public void openFolder() {
        Factory factory = selected.get();
        if (factory != null) {
            context.platform().open(folderOf(factory));
        }
    }

    public void openOrder(FactoryOrderRow row) {
        if (row != null) {
            context.navigator().showOrder(row.orderId());
        }
    }

    public void openDispute(FactoryDisputeRow row) {
        if (row != null) {
            context.navigator().showDispute(row.disputeId());
        }
    }

    /** True when the form holds something typed that is not saved. */
    public boolean hasUnsavedChanges() {
        return form.changedProperty().get();
    }

    /** The name to speak of the factory shown, for questions such as "leave your changes?". */
    public String shownName() {
        Factory factory = selected.get();
        return factory != null ? factory.name() : texts.get("factory.newTitle");
    }

    // ---- removing

    /** Whether the list shows archived factories too. */
    public javafx.beans.property.BooleanProperty showArchivedProperty() {
        return showArchived;
    }

    public boolean isArchived(Factory factory) {
        return archived.containsKey(factory.id());
    }

    /** "Delete factory…" (no orders), "Archive factory…" (it has orders), or "Unarchive" on an archived one. */
    public String removeText(Factory factory) {
        return texts.get(isArchived(factory) ? "factory.unarchive"
                : orderCounts.getOrDefault(factory.id(), 0L) > 0 ? "factory.archive" : "factory.delete");
    }

    /** The question asked before removing the factory, saying what will happen. */
    public String removeQuestion(Factory factory) {
        long count = orderCounts.getOrDefault(factory.id(), 0L);
        return count > 0 ? texts.get("factory.archive.confirm", factory.name(), count)
                : texts.get("factory.delete.confirm", factory.name());
    }

    /** Deletes a factory without orders or archives one with orders; the status line says which. */
    public void remove(Factory factory) {
        BackgroundTask.wrap("", progress -> services.factories().remove(factory.id()))
                .onSuccess(removal -> {
                    context.navigator().say(removal.archived()
                            ? texts.get("factory.archived", factory.name(), removal.orders())
                            : texts.get("factory.deleted", factory.name()));
                    if (selected.get() != null && selected.get().id() == factory.id()) {
                        selected.set(null);
                        wanted = 0;
                    }
                    load(0, true);
                })
                .onFailure(e -> context.navigator().warn(ErrorText.of(e, texts)))
                .executeWith(context.runner());
    }

    /** Brings an archived factory back into the list. */
    public void unarchive(Factory factory) {
        BackgroundTask.wrap("", progress -> services.factories().unarchive(factory.id()))
                .onSuccess(back -> {
                    context.navigator().say(texts.get("factory.unarchived", back.name()));
                    load(back.id(), true);
                })
                .onFailure(e -> context.navigator().warn(ErrorText.of(e, texts)))
                .executeWith(context.runner());
    }

    // ---- loading

    private record Detail(Factory factory, List<OrderSummary> orders, List<Dispute> disputes, FactoryRecord record) {
    }

    private record Loaded(List<Factory> factories, java.util.Map<Long, java.time.Instant> archived,
            java.util.Map<Long, Long> orderCounts, Detail detail) {
    }

    private void load(long factoryId, boolean withList) {
        long ticket = ++generation;
        boolean withArchived = showArchived.get();
        boolean pickFirst = factoryId == 0 && !creating.get();
        BackgroundTask.wrap("", progress -> {
            List<Factory> list = withList || pickFirst ? services.factories().list(withArchived) : null;
            long show = factoryId;
            if (show == 0 && pickFirst && list != null && !list.isEmpty()) {
                show = FactoryFilter.sorted(list).get(0).id();
            }
            java.util.Map<Long, Long> counts = list == null ? null : services.orders().list(null, true).stream()
                    .collect(Collectors.groupingBy(s -> s.order().factoryId(), Collectors.counting()));
            return new Loaded(list, list == null ? null : services.factories().archived(), counts,
                    show == 0 ? null : detail(show));
        }).onSuccess(loaded -> apply(ticket, loaded, pickFirst))
                .onFailure(e -> context.navigator().warn(ErrorText.of(e, texts)))
                .executeWith(context.runner());
    }

    private Detail detail(long factoryId) {
        Factory factory = services.factories().byId(factoryId);
        List<OrderSummary> summaries = services.orders().list(factoryId);
        Set<Long> orderIds = summaries.stream().map(s -> s.order().id()).collect(Collectors.toSet());
        List<Dispute> theirs = services.disputes().all().stream().filter(d -> orderIds.contains(d.orderId())).toList();
        return new Detail(factory, summaries, theirs, services.guidance().factoryRecord(factoryId));
    }

    private void apply(long ticket, Loaded loaded, boolean pickedFirst) {
        if (loaded.factories() != null) {
            archived = loaded.archived();
            orderCounts = loaded.orderCounts();
            all.setAll(FactoryFilter.sorted(loaded.factories()));
        }
        if (ticket != generation) {
            return;
        }
        Detail detail = loaded.detail();
        if (detail == null) {
            if (pickedFirst && all.isEmpty()) {
                newFactory();
            }
            return;
        }
        Factory factory = detail.factory();
        wanted = factory.id();
        Factory before = selected.get();
        boolean sameFactory = before != null && before.id() == factory.id();
        if (!sameFactory || !form.changedProperty().get()) {
            form.load(factory);
            error.set("");
        }
        selected.set(factory);
        showHeader(factory);
        orders.setAll(lines.orders(detail.orders()));
        disputes.setAll(lines.disputes(detail.disputes(), detail.orders()));
        record.setAll(lines.record(detail.record()));
    }

    private void showHeader(Factory factory) {
        title.set(factory.name());
        subtitle.set(factory.latinName() == null ? "" : factory.latinName());
    }

    private String savedMessage(Factory saved, Factory before, boolean adding) {
        if (adding) {
            return texts.get("factory.added", saved.name());
        }
        if (before != null && !before.folder().equals(saved.folder())) {
            return texts.get("factory.savedMoved", saved.name(), saved.folder());
        }
        return texts.get("factory.saved", saved.name());
    }

    private Path folderOf(Factory factory) {
        return services.location().caseFilesRoot().resolve(factory.folder());
    }

    private void updateEmptyList() {
        String typed = filter.get() == null ? "" : filter.get().strip();
        emptyList.set(all.isEmpty() ? texts.get("factory.list.empty")
                : typed.isEmpty() ? "" : texts.get("factory.list.noMatch", typed));
    }
}
