package app.dossier.ui.order;

import app.dossier.domain.Factory;
import app.dossier.domain.guidance.OrderStatus;
import app.dossier.ui.common.Icons;
import app.dossier.ui.common.UiContext;
import atlantafx.base.controls.Popover;
import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The filters above the list of orders: status, factory, when ordered and which first, then the count
 * ("12 of 340 orders"), "Clear filters" while one is on, and the button that shows what the dots mean.
 * Each choice says its state in its own box, "any" until chosen.
 */
final class OrderFilterBar {
    /** One entry of a filter's box: the value (null for "any") and its words. */
    record Pick<T>(T value, String words) {
        @Override
        public String toString() {
            return words;
        }
    }

    private final VBox node;

    OrderFilterBar(UiContext context, OrdersViewModel model) {
        OrderFilters filters = model.filters();
        List<Pick<OrderStatus>> statuses = new ArrayList<>();
        statuses.add(new Pick<>(null, context.t("order.filter.status.any")));
        for (OrderStatus s : OrderStatus.values()) {
            statuses.add(new Pick<>(s, context.t("order.filter.status." + s.name())));
        }
        ComboBox<Pick<OrderStatus>> status = box("orders-filter-status", context.t("order.filter.status"),
                FXCollections.observableArrayList(statuses), filters.status());

        ObservableList<Pick<Factory>> factoryPicks = FXCollections.observableArrayList();
        Runnable fillFactories = () -> {
            List<Pick<Factory>> picks = new ArrayList<>();
            picks.add(new Pick<>(null, context.t("order.filter.factory.any")));
            model.factories().forEach(f -> picks.add(new Pick<>(f, OrdersViewModel.factoryName(f))));
            factoryPicks.setAll(picks);
        };
        fillFactories.run();
        ComboBox<Pick<Factory>> factory = box("orders-filter-factory", context.t("order.filter.factory"), factoryPicks,
                filters.factory());
        model.factories().addListener((ListChangeListener<Factory>) c -> {
            fillFactories.run();
            choose(factory, filters.factory().get());
        });

        ComboBox<Pick<OrderFilters.Period>> period = box("orders-filter-period", context.t("order.filter.period"),
                picks(OrderFilters.Period.values(), p -> context.t("order.filter.period." + p.name())),
                filters.period());
        ComboBox<Pick<OrderFilters.Sort>> sort = box("orders-sort", context.t("order.filter.sort"),
                picks(OrderFilters.Sort.values(), p -> context.t("order.filter.sort." + p.name())), filters.sort());

        Label count = new Label();
        count.setId("orders-count");
        count.getStyleClass().add(Styles.TEXT_SMALL);
        count.textProperty().bind(model.countProperty());
        count.setMinWidth(0);
        Button clear = new Button(context.t("order.filter.clear"), Icons.of("mdi2f-filter-remove-outline"));
        clear.setId("orders-clear-filters");
        clear.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        clear.setTooltip(new Tooltip(context.t("order.filter.clear.tooltip")));
        clear.visibleProperty().bind(filters.narrowing());
        clear.managedProperty().bind(clear.visibleProperty());
        clear.setOnAction(e -> model.clearFilters());
        clear.setMinWidth(Region.USE_PREF_SIZE);
        Button legend = new Button("?");
        legend.setId("orders-legend-button");
        legend.getStyleClass().addAll(Styles.SMALL, Styles.ROUNDED);
        legend.setTooltip(new Tooltip(context.t("order.legend.button")));
        legend.setAccessibleText(context.t("order.legend.button"));
        legend.setMinWidth(Region.USE_PREF_SIZE);
        Popover legendPopover = new Popover(DotsLegend.of(context));
        legendPopover.setArrowLocation(Popover.ArrowLocation.TOP_RIGHT);
        legendPopover.setDetachable(false);
        legend.setOnAction(e -> {
            if (legendPopover.isShowing()) {
                legendPopover.hide();
            } else {
                legendPopover.show(legend);
            }
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox counted = new HBox(6, count, gap, clear, legend);
        counted.setAlignment(Pos.CENTER_LEFT);

        // One box a row, full width: a choice is read whole, not cut to "With gaps…" in a narrow list.
        node = new VBox(4, status, factory, period, sort, counted);
        node.getStyleClass().add("order-filters");
    }

    Node node() {
        return node;
    }

    private static <T> ObservableList<Pick<T>> picks(T[] values, Function<T, String> words) {
        ObservableList<Pick<T>> out = FXCollections.observableArrayList();
        for (T v : values) {
            out.add(new Pick<>(v, words.apply(v)));
        }
        return out;
    }

    /** A box whose choice follows {@code chosen} both ways. */
    private static <T> ComboBox<Pick<T>> box(String id, String name, ObservableList<Pick<T>> items,
            ObjectProperty<T> chosen) {
        ComboBox<Pick<T>> box = new ComboBox<>(items);
        box.setId(id);
        box.setAccessibleText(name);
        box.setTooltip(new Tooltip(name));
        box.setMaxWidth(Double.MAX_VALUE);
        box.setMinWidth(0);
        choose(box, chosen.get());
        box.valueProperty().addListener((o, was, now) -> {
            if (now != null && !Objects.equals(now.value(), chosen.get())) {
                chosen.set(now.value());
            }
        });
        chosen.addListener((o, was, now) -> choose(box, now));
        return box;
    }

    private static <T> void choose(ComboBox<Pick<T>> box, T value) {
        box.getItems().stream().filter(p -> Objects.equals(p.value(), value)).findFirst().ifPresent(p -> {
            if (box.getValue() != p) {
                box.setValue(p);
            }
        });
    }
}
