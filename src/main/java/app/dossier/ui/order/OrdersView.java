package app.dossier.ui.order;

import app.dossier.ui.common.UiContext;
import app.dossier.ui.common.View;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** Orders: list and the selected order's case file. */
public final class OrdersView implements View {
    private final Label node;

    public OrdersView(UiContext context) {
        node = new Label(context.t("order.title"));
    }

    @Override
    public Node node() {
        return node;
    }

    @Override
    public void refresh() {
    }

    public void select(long orderId) {
    }

    /** Starts a new order (for the given factory, when one is given). */
    public void newOrder(Long factoryId) {
    }

    /** Asks for files to attach to the selected order's current category. */
    public void attach() {
    }
}
