package app.dossier.ui.factory;

import app.dossier.ui.common.UiContext;
import app.dossier.ui.common.View;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** Factories: list and detail. */
public final class FactoriesView implements View {
    private final Label node;

    public FactoriesView(UiContext context) {
        node = new Label(context.t("factory.title"));
    }

    @Override
    public Node node() {
        return node;
    }

    @Override
    public void refresh() {
    }

    /** Shows this factory. */
    public void select(long factoryId) {
    }

    /** Starts a new factory. */
    public void newFactory() {
    }
}
