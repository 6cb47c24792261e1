package app.dossier.ui.order;

import app.dossier.domain.DateInput;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Factory;
import app.dossier.domain.Order;
import app.dossier.service.OrderSummary;
import app.dossier.ui.common.BackgroundTask;
import app.dossier.ui.common.ErrorText;
import app.dossier.ui.common.UiContext;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The orders screen: the list with its filter, which order is shown, and whether the right side
 * shows that order or the new/edit form.
 */
public final class OrdersViewModel {
    /** What the right side shows. */
    public enum Mode { EMPTY, ORDER, FORM }

    private final UiContext context;
    private final ObservableList<OrderSummary> all = FXCollections.observableArrayList();
    private final FilteredList<OrderSummary> shown = new FilteredList<>(all);
    private final StringProperty filter = new SimpleStringProperty("");
    private final javafx.beans.property.BooleanProperty showArchived = new javafx.beans.property.SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<Long> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(Mode.EMPTY);
    private final OrderViewModel order;
    private final OrderFormModel form;

    public OrdersViewModel(UiContext context, Clock clock) {
        this.context = context;
        this.order = new OrderViewModel(context, clock, this::reloadList);
        this.form = new OrderFormModel(context, clock);
        filter.addListener((o, was, now) -> shown.setPredicate(matching(now)));
        showArchived.addListener((o, was, now) -> reloadList());
    }

    /** Reloads the list, and the order shown. */
    public void refresh() {
        reloadList();
        if (mode.get() == Mode.ORDER) {
            order.reload();
        }
    }

    private void reloadList() {
        boolean withArchived = showArchived.get();
        BackgroundTask.wrap("", progress -> context.services().orders().list(null, withArchived))
                .onSuccess(list -> {
                    all.setAll(list);
                    if (selected.get() == null && mode.get() == Mode.EMPTY && !list.isEmpty()) {
                        select(list.get(0).order().id());
                    }
                })
                .onFailure(error -> context.navigator().warn(ErrorText.of(error, context.texts())))
                .executeWith(context.runner());
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

    static java.util.function.Predicate<OrderSummary> matching(String filterText) {
        String wanted = filterText == null ? "" : filterText.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return s -> true;
        }
        return s -> haystack(s).contains(wanted);
    }

    private static String haystack(OrderSummary s) {
        Order o = s.order();
        Factory f = s.factory();
        return String.join(" ", Optional.ofNullable(o.orderNumber()).orElse(""), o.product(),
                        f == null ? "" : f.name(), f == null || f.latinName() == null ? "" : f.latinName(),
                        DateInput.format(o.orderedOn()))
                .toLowerCase(Locale.ROOT);
    }

    /** The first line of a list row: the order number, or the product when there is none. */
    public static String rowTitle(OrderSummary s) {
        return s.order().label();
    }

    /** The second line: the product (when the title is the number) and the factory. */
    public static String rowDetail(OrderSummary s) {
        Order o = s.order();
        String factory = s.factory() == null ? "" : s.factory().latinName() != null ? s.factory().latinName()
                : s.factory().name();
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
        return filter;
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
