package app.dossier.ui.dispute;

import app.dossier.ui.common.UiContext;
import app.dossier.ui.common.View;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** Disputes: list and detail. */
public final class DisputesView implements View {
    private final Label node;

    public DisputesView(UiContext context) {
        node = new Label(context.t("dispute.title"));
    }

    @Override
    public Node node() {
        return node;
    }

    @Override
    public void refresh() {
    }

    public void select(long disputeId) {
    }
}
