package app.dossier.ui.order;

import app.dossier.domain.Action;
import app.dossier.service.OrderSummary;
import app.dossier.ui.common.Dialogs;
import app.dossier.ui.common.Icons;
import app.dossier.ui.common.UiContext;
import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/**
 * The list of orders with its search box and filters (status, factory, date, order; Esc clears them),
 * the count, and in its place while empty why; each row with a four-dot sign of which categories have
 * files, explained by the legend behind "?".
 */
final class OrderListPart {
    private final UiContext context;
    private final OrdersViewModel model;
    private final ListView<OrderSummary> list = new ListView<>();
    private final VBox node;
    private boolean syncing;

    OrderListPart(UiContext context, OrdersViewModel model, Consumer<Long> choose, Runnable newOrder) {
        this.context = context;
        this.model = model;
        TextField filter = new TextField();
        filter.setId("orders-filter");
        filter.setPromptText(context.t("order.list.filter"));
        filter.textProperty().bindBidirectional(model.filterProperty());
        Button add = new Button(context.t("order.new"), Icons.of(Icons.ADD));
        add.setId("new-order");
        add.getStyleClass().add(Styles.ACCENT);
        add.setTooltip(new Tooltip(context.t("order.new.tooltip")));
        add.setOnAction(e -> newOrder.run());
        context.onlyWhoMay(Action.RECORDS, add);
        add.setMinWidth(Region.USE_PREF_SIZE);
        Label heading = new Label(context.t("order.title"));
        heading.getStyleClass().add(Styles.TITLE_3);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(6, heading, gap, add);
        top.setAlignment(Pos.CENTER_LEFT);

        list.setId("orders-list");
        list.setItems(model.shown());
        list.setCellFactory(v -> new OrderCell());
        Label placeholder = new Label();
        placeholder.setId("orders-placeholder");
        placeholder.setWrapText(true);
        placeholder.setPadding(new javafx.geometry.Insets(12));
        placeholder.textProperty().bind(model.placeholderProperty());
        list.setPlaceholder(placeholder);
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (syncing || now == null || Objects.equals(model.selectedProperty().get(), now.order().id())) {
                return;
            }
            choose.accept(now.order().id());
            showSelected();
        });
        model.selectedProperty().addListener((o, was, now) -> showSelected());
        model.shown().addListener((ListChangeListener<OrderSummary>) change -> showSelected());
        list.setOnKeyPressed(e -> {
            OrderSummary chosen = list.getSelectionModel().getSelectedItem();
            if (chosen != null && !chosen.archived() && (e.getCode() == javafx.scene.input.KeyCode.DELETE
                    || e.getCode() == javafx.scene.input.KeyCode.BACK_SPACE)) {
                e.consume();
                remove(chosen);
            }
        });
        javafx.scene.control.CheckBox archived = new javafx.scene.control.CheckBox(context.t("order.showArchived"));
        archived.setId("orders-show-archived");
        archived.selectedProperty().bindBidirectional(model.showArchivedProperty());
        OrderFilterBar filters = new OrderFilterBar(context, model);
        node = new VBox(8, top, filter, filters.node(), archived, list);
        node.getStyleClass().add("order-list");
        // Esc anywhere in the list's side (the search box, a filter, the list) puts every filter back.
        node.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE && model.filters().narrowing().get()) {
                model.clearFilters();
                e.consume();
            }
        });
        node.setMinWidth(260);
    }

    /** Keeps the list's selection on the order shown, also after the list is reloaded. */
    private void showSelected() {
        Long id = model.selectedProperty().get();
        syncing = true;
        try {
            OrderSummary match = id == null ? null
                    : model.shown().stream().filter(s -> s.order().id() == id).findFirst().orElse(null);
            if (match == null) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedItem() != match) {
                list.getSelectionModel().select(match);
                list.scrollTo(match);
            }
        } finally {
            syncing = false;
        }
    }

    Node node() {
        return node;
    }

    /** Asks first, saying whether the order will be deleted or archived. */
    private void remove(OrderSummary s) {
        if (Dialogs.confirm(context, model.removeQuestion(s))) {
            model.remove(s);
        }
    }

    /** "Delete order…" or "Archive order…" as removing will do, or "Unarchive" on an archived order. */
    private javafx.scene.control.ContextMenu menu(OrderSummary s) {
        javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(model.removeText(s),
                Icons.of(s.archived() ? "mdi2a-archive-arrow-up-outline"
                        : OrdersViewModel.wouldArchive(s) ? "mdi2a-archive-outline" : "mdi2d-delete-outline"));
        item.setId(s.archived() ? "order-unarchive" : "order-remove");
        item.setOnAction(e -> {
            if (s.archived()) {
                model.unarchive(s);
            } else {
                remove(s);
            }
        });
        return new javafx.scene.control.ContextMenu(item);
    }

    private final class OrderCell extends ListCell<OrderSummary> {
        @Override
        protected void updateItem(OrderSummary item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                setContextMenu(null);
                return;
            }
            setContextMenu(menu(item));
            Label title = new Label(OrdersViewModel.rowTitle(item));
            title.getStyleClass().add("order-row-title");
            Label detail = new Label(OrdersViewModel.rowDetail(item));
            detail.getStyleClass().add("order-row-detail");
            Label date = new Label(context.texts().formats().date(item.order().orderedOn()));
            date.getStyleClass().addAll("subtle", "order-row-date");
            VBox text = new VBox(1, title, detail, date);
            if (item.archived()) {
                Label archivedTag = new Label(context.t("order.archivedTag"));
                archivedTag.getStyleClass().addAll("subtle", "order-row-archived");
                text.getChildren().add(archivedTag);
                text.setOpacity(0.7);
            }
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox dots = new HBox(3);
            dots.getStyleClass().add("dots");
            List<Boolean> present = OrdersViewModel.dots(item);
            for (Boolean has : present) {
                Circle dot = new Circle(4.5);
                dot.getStyleClass().addAll("dot", has ? "dot-present" : "dot-missing");
                dots.getChildren().add(dot);
            }
            dots.setAlignment(Pos.CENTER_RIGHT);
            Tooltip.install(dots, new Tooltip(model.dotsTooltip(item)));
            Region spacer = new Region();
            HBox row = new HBox(8, text, spacer, dots);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setMaxWidth(Double.MAX_VALUE);
            row.setPrefWidth(0);
            setGraphic(row);
            setText(null);
            setTooltip(new Tooltip(item.order().product() + "\n" + (item.factory() == null ? ""
                    : item.factory().displayName())));
        }
    }
}
