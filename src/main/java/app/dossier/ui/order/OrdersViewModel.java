package app.dossier.ui.order;

import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Factory;
import app.dossier.domain.Order;
import app.dossier.domain.guidance.OrderStatus;
import app.dossier.service.OrderSummary;
import app.dossier.ui.common.BackgroundTask;
import app.dossier.ui.common.ErrorText;
import app.dossier.ui.common.UiContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * The orders screen: the list with its filter, which order is shown, and whether the right side
 * shows that order or the new/edit form.
 */
public final class OrdersViewModel {
    /** What the right side shows. */
    public enum Mode { EMPTY, ORDER, FORM }

    /** Whether the list is still being read, was read, or could not be. */
    public enum ListState { LOADING, READY, FAILED }

    private final UiContext context;
    private final Clock clock;
    private final ObservableList<OrderSummary> all = FXCollections.observableArrayList();
    private final FilteredList<OrderSummary> filtered = new FilteredList<>(all);
    private final SortedList<OrderSummary> shown = new SortedList<>(filtered);
    private final OrderFilters filters = new OrderFilters();
    private final ObservableList<Factory> factories = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ListState> state = new ReadOnlyObjectWrapper<>(ListState.LOADING);
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private String failure = "";
    private Map<Long, Set<OrderStatus>> statuses;
    private final javafx.beans.property.BooleanProperty showArchived = new javafx.beans.property.SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<Long> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(Mode.EMPTY);
    private final OrderViewModel order;
    private final OrderFormModel form;

    public OrdersViewModel(UiContext context, Clock clock) {
        this.context = context;
        this.clock = clock;
        this.order = new OrderViewModel(context, clock, this::reloadList);
        this.form = new OrderFormModel(context, clock);
        for (javafx.beans.Observable part : filters.parts()) {
            part.addListener(o -> refilter());
        }
        filters.sort().addListener((o, was, now) -> shown.setComparator(filters.order()));
        shown.setComparator(filters.order());
        showArchived.addListener((o, was, now) -> reloadList());
        describe();
    }

    private void refilter() {
        filtered.setPredicate(filters.matching(statuses, LocalDate.now(clock)));
        describe();
    }

    /** The count above the list and the words in its place when it shows nothing. */
    private void describe() {
        // Read again after each change: the count stays meanwhile, the list still shows what it had.
        count.set(state.get() != ListState.READY && all.isEmpty() ? ""
                : filters.narrowing().get() ? context.t("order.list.countOf", shown.size(), all.size())
                : context.t("order.list.count", all.size()));
        placeholder.set(switch (state.get()) {
            case LOADING -> context.t("order.list.loading");
            case FAILED -> context.t("order.list.failed", failure);
            case READY -> all.isEmpty() ? context.t(showArchived.get() ? "order.list.emptyArchived" : "order.list.empty")
                    : filters.status().get() != null && statuses == null ? context.t("order.list.statusLoading")
                    : context.t("order.list.noneMatch", all.size());
        });
    }

    /** Reloads the list, and the order shown. */
    public void refresh() {
        reloadList();
        if (mode.get() == Mode.ORDER) {
            order.reload();
        }
    }

    /**
     * Reads the list, then where each order stands: the list shows as soon as it is read, and a status
     * filter applies once the statuses are there. Until the list is read its place says so, and says
     * why when it cannot be read; "No orders yet" only when there are none.
     */
    private void reloadList() {
        boolean withArchived = showArchived.get();
        state.set(ListState.LOADING);
        describe();
        BackgroundTask.wrap("", progress -> context.services().orders().list(null, withArchived))
                .onSuccess(list -> {
                    all.setAll(list);
                    factories.setAll(list.stream().map(OrderSummary::factory).filter(Objects::nonNull)
                            .collect(java.util.stream.Collectors.toMap(Factory::id, f -> f, (a, b) -> a)).values()
                            .stream().sorted(java.util.Comparator.comparing(OrdersViewModel::factoryName,
                                    String.CASE_INSENSITIVE_ORDER)).toList());
                    Factory chosen = filters.factory().get();
                    if (chosen != null) {
                        filters.factory().set(factories.stream().filter(f -> f.id() == chosen.id()).findFirst()
                                .orElse(null));
                    }
                    state.set(ListState.READY);
                    refilter();
                    if (selected.get() == null && mode.get() == Mode.EMPTY && !shown.isEmpty()) {
                        select(shown.get(0).order().id());
                    }
                    loadStatuses();
                })
                .onFailure(error -> {
                    failure = ErrorText.of(error, context.texts());
                    state.set(ListState.FAILED);
                    describe();
                })
                .executeWith(context.runner());
    }

    private void loadStatuses() {
        BackgroundTask.wrap("", progress -> context.services().guidance().statuses())
                .onSuccess(found -> {
                    statuses = found;
                    refilter();
                })
                .onFailure(error -> context.navigator().warn(ErrorText.of(error, context.texts())))
                .executeWith(context.runner());
    }

    /** The factory as the list and its filter name it: the Latin name when there is one. */
    static String factoryName(Factory f) {
        return f.latinName() != null && !f.latinName().isBlank() ? f.latinName() : f.name();
    }

    /** Shows an order on the right. */
    public void select(long orderId) {
        boolean same = Objects.equals(selected.get(), orderId) && mode.get() == Mode.ORDER;
        selected.set(orderId);
        mode.set(Mode.ORDER);
        if (!same || order.order() == null) {
            order.load(orderId);
        }
    }

    /**
     * What removing the order will do, for the menu and the question: archive it when it holds files,
     * payments or a receiving record (the service decides, and says which it did), else delete it.
     */
    public static boolean wouldArchive(OrderSummary s) {
        return s.payments() > 0 || s.received() || s.evidenceCounts().values().stream().anyMatch(n -> n > 0);
    }

    /** "Delete order…" or "Archive order…", as removing it will do; "Unarchive" on an archived one. */
    public String removeText(OrderSummary s) {
        return context.t(s.archived() ? "order.unarchive" : wouldArchive(s) ? "order.archive" : "order.delete");
    }

    /** The question asked before removing the order, saying what will happen. */
    public String removeQuestion(OrderSummary s) {
        int files = s.evidenceCounts().values().stream().mapToInt(Integer::intValue).sum();
        return wouldArchive(s) ? context.t("order.archive.confirm", s.order().label(), files, s.payments())
                : context.t("order.delete.confirm", s.order().label());
    }

    /**
     * Removes the order (deletes a draft, archives one that holds records); the status line says which.
     * A refusal (an open dispute) is shown in words.
     */
    public void remove(OrderSummary s) {
        long id = s.order().id();
        BackgroundTask.wrap("", progress -> context.services().orders().remove(id))
                .onSuccess(removal -> {
                    context.navigator().say(removal.archived()
                            ? context.t("order.archived", removal.name(), removal.files(), removal.payments())
                            : context.t("order.deleted", removal.name()));
                    if (Objects.equals(selected.get(), id) && (!removal.archived() || !showArchived.get())) {
                        selected.set(null);
                        mode.set(Mode.EMPTY);
                    }
                    reloadList();
                })
                .onFailure(error -> context.navigator().warn(ErrorText.of(error, context.texts())))
                .executeWith(context.runner());
    }

    /** Brings an archived order back into the list. */
    public void unarchive(OrderSummary s) {
        BackgroundTask.wrap("", progress -> context.services().orders().unarchive(s.order().id()))
                .onSuccess(order -> {
                    context.navigator().say(context.t("order.unarchived", order.label()));
                    reloadList();
                })
                .onFailure(error -> context.navigator().warn(ErrorText.of(error, context.texts())))
                .executeWith(context.runner());
    }

    /** Whether the list shows archived orders too. */
    public javafx.beans.property.BooleanProperty showArchivedProperty() {
        return showArchived;
    }

    /** Opens the empty form for a new order (for this factory, when one is given). */
    public void newOrder(Long factoryId) {
        BackgroundTask.wrap("", progress -> context.services().factories().list())
                .onSuccess(factories -> {
                    form.startNew(factories, factoryId);
                    mode.set(Mode.FORM);
                })
                .onFailure(error -> context.navigator().warn(ErrorText.of(error, context.texts())))
                .executeWith(context.runner());
    }

    /** Opens the form on the order shown, to correct it. */
    public void edit() {
        Order shownOrder = order.order();
        if (shownOrder == null) {
            return;
        }
        BackgroundTask.wrap("", progress -> context.services().factories().list())
                .onSuccess(factories -> {
                    form.startEdit(shownOrder, factories);
                    mode.set(Mode.FORM);
                })
                .onFailure(error -> context.navigator().warn(ErrorText.of(error, context.texts())))
                .executeWith(context.runner());
    }

    /** Saves the form; the saved order is then listed and shown. */
    public void saveForm() {
        form.save(saved -> {
            reloadList();
            select(saved.id());
        });
    }

    /** Leaves the form without saving. */
    public void cancelForm() {
        mode.set(selected.get() == null ? Mode.EMPTY : Mode.ORDER);
    }

    /** Attach… for the shown order's current category (Ctrl+O). */
    public void attach() {
        if (mode.get() == Mode.ORDER) {
            order.chooseAndAttach();
        }
    }

    /** Whether leaving the form now would lose typing. */
    public boolean formHasUnsavedInput() {
        return mode.get() == Mode.FORM && form.isDirty();
    }

    /** The first line of a list row: the order number, or the product when there is none. */
    public static String rowTitle(OrderSummary s) {
        return s.order().label();
    }

    /** The second line: the product (when the title is the number) and the factory. */
    public static String rowDetail(OrderSummary s) {
        Order o = s.order();
        String factory = s.factory() == null ? "" : factoryName(s.factory());
        return o.orderNumber() == null || o.orderNumber().isBlank() ? factory : o.product() + " · " + factory;
    }

    /** Which of the four categories have files, in order. */
    public static List<Boolean> dots(OrderSummary s) {
        return java.util.Arrays.stream(EvidenceCategory.values()).map(c -> s.count(c) > 0).toList();
    }

    public String dotsTooltip(OrderSummary s) {
        StringBuilder text = new StringBuilder();
        for (EvidenceCategory c : EvidenceCategory.values()) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(s.count(c) > 0 ? "✓ " : "✗ ").append(context.t("category." + c.name())).append(": ")
                    .append(s.count(c) > 0 ? context.t("order.list.files", s.count(c)) : context.t("category.missing"));
        }
        return text.toString();
    }

    public ObservableList<OrderSummary> shown() {
        return shown;
    }

    public StringProperty filterProperty() {
        return filters.text();
    }

    /** Status, factory, date and order of the list, and the typed text. */
    OrderFilters filters() {
        return filters;
    }

    /** The factories of the orders listed, for the factory filter. */
    public ObservableList<Factory> factories() {
        return factories;
    }

    /** Clears every filter; the list shows all its orders again, newest first. */
    public void clearFilters() {
        filters.clear();
    }

    public ReadOnlyObjectProperty<ListState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** "12 of 340 orders" while filters leave some out, "340 orders" otherwise; empty while loading. */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** What the list says in its place when it shows no order: loading, failed, none yet, none match. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Long> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public OrderViewModel order() {
        return order;
    }

    public OrderFormModel form() {
        return form;
    }
}
