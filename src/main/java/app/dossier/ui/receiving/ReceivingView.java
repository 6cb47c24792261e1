package app.dossier.ui.receiving;

import app.dossier.ui.common.UiContext;
import app.dossier.ui.common.View;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** The warehouse screen. */
public final class ReceivingView implements View {
    private final Label node;

    public ReceivingView(UiContext context) {
        node = new Label(context.t("receiving.title"));
    }

    @Override
    public Node node() {
        return node;
    }

    @Override
    public void refresh() {
    }

    public void select(Long orderId) {
    }
}
