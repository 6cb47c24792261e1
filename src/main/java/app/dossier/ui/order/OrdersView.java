package app.dossier.ui.order;

import app.dossier.domain.Action;
import app.dossier.ui.common.Dialogs;
import app.dossier.ui.common.Icons;
import app.dossier.ui.common.UiContext;
import app.dossier.ui.common.View;
import atlantafx.base.theme.Styles;
import java.time.Clock;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Orders: the list on the left, the chosen order's case file (or the order form) on the right. */
public final class OrdersView implements View {
    private static final String STYLE = "/app/dossier/ui/order/orders.css";
    private final UiContext context;
    private final OrdersViewModel model;
    private final SplitPane node = new SplitPane();
    private final OrderFormPart form;

    public OrdersView(UiContext context) {
        // the list's "today" is the services' (the same as what they call overdue)
        this(context, context.services().clock());
    }

    OrdersView(UiContext context, Clock clock) {
        this.context = context;
        this.model = new OrdersViewModel(context, clock);
        OrderListPart list = new OrderListPart(context, model, this::select, () -> newOrder(null));
        OrderDetailPart detail = new OrderDetailPart(context, model.order(), this::edit);
        form = new OrderFormPart(context, model.form(), model::saveForm, model::cancelForm);

        Label emptyText = new Label(context.t("order.choose"));
        emptyText.getStyleClass().add(Styles.TITLE_4);
        Button add = new Button(context.t("order.new"), Icons.of(Icons.ADD));
        add.setOnAction(e -> newOrder(null));
        context.onlyWhoMay(Action.RECORDS, add);
        VBox empty = new VBox(12, Icons.of(Icons.ORDER, 48), emptyText, add);
        empty.setAlignment(Pos.CENTER);

        StackPane right = new StackPane();
        Runnable show = () -> {
            Node shown = switch (model.modeProperty().get()) {
                case EMPTY -> empty;
                case ORDER -> detail.node();
                case FORM -> form.node();
            };
            right.getChildren().setAll(shown);
        };
        model.modeProperty().addListener((o, was, now) -> {
            show.run();
            if (now == OrdersViewModel.Mode.FORM) {
                form.focusFirst();
            }
        });
        show.run();

        node.getItems().addAll(list.node(), right);
        node.setDividerPositions(0.25);
        SplitPane.setResizableWithParent(list.node(), false);
        node.getStyleClass().add("orders-view");
        node.getStylesheets().add(OrdersView.class.getResource(STYLE).toExternalForm());
    }

    @Override
    public Node node() {
        return node;
    }

    @Override
    public void refresh() {
        model.refresh();
    }

    /** Shows this order; asks first when the order form holds unsaved typing. */
    public void select(long orderId) {
        if (mayLeaveForm()) {
            model.select(orderId);
        }
    }

    /** Shows this order's WeChat chats, in Chat and agreements. */
    public void showChats(long orderId) {
        if (mayLeaveForm()) {
            model.select(orderId);
            model.order().categoryProperty().set(app.dossier.domain.EvidenceCategory.AGREEMENT);
            model.order().chats().openProperty().set(true);
        }
    }

    /** Starts a new order (for the given factory, when one is given). */
    public void newOrder(Long factoryId) {
        if (mayLeaveForm()) {
            model.newOrder(factoryId);
        }
    }

    /** Asks for files to attach to the selected order's current category. */
    public void attach() {
        model.attach();
    }

    private void edit() {
        if (mayLeaveForm()) {
            model.edit();
        }
    }

    private boolean mayLeaveForm() {
        return !model.formHasUnsavedInput() || Dialogs.confirm(context, context.t("order.form.leave"));
    }

    /** For tests and screenshots. */
    OrdersViewModel model() {
        return model;
    }
}
