package app.dossier.ui.order;

import app.dossier.ui.common.Icons;
import app.dossier.ui.common.UiContext;
import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The order's History tab: its changes, newest first, and beneath them the head of its chain to copy. */
final class HistoryPart {
    private final UiContext context;
    private final HistoryModel model;
    private final Tab tab = new Tab();
    private final VBox entries = new VBox(6);
    private final VBox page;

    HistoryPart(UiContext context, HistoryModel model) {
        this.context = context;
        this.model = model;
        Label title = new Label(context.t("order.history.tab"));
        title.setId("tab-title-HISTORY");
        tab.setGraphic(title);
        tab.setId("tab-HISTORY");
        tab.setClosable(false);

        entries.setId("history-entries");
        entries.setPadding(new Insets(8));
        model.lines().addListener((ListChangeListener<HistoryModel.Line>) c -> fill());
        fill();
        page = new VBox(entries, head());
        page.setId("page-HISTORY");
    }

    private void fill() {
        entries.getChildren().clear();
        if (model.lines().isEmpty()) {
            Label none = new Label(context.t("order.history.none"));
            none.getStyleClass().add("missing");
            entries.getChildren().add(none);
            return;
        }
        for (HistoryModel.Line line : model.lines()) {
            Label when = new Label(context.t("order.history.when", line.number(), line.when(), line.who()));
            when.getStyleClass().addAll(Styles.TEXT_BOLD, "history-when");
            VBox entry = new VBox(2, when);
            for (String change : line.changes()) {
                Label said = new Label(change);
                said.setWrapText(true);
                said.getStyleClass().add("history-change");
                said.setPadding(new Insets(0, 0, 0, 16));
                entry.getChildren().add(said);
            }
            entry.getStyleClass().add("history-entry");
            entries.getChildren().add(entry);
        }
    }

    private VBox head() {
        Label label = new Label(context.t("order.history.head"));
        label.getStyleClass().add(Styles.TEXT_BOLD);
        TextField code = new TextField();
        code.setId("history-head");
        code.setEditable(false);
        code.textProperty().bind(model.headProperty());
        code.getStyleClass().add("history-head");
        HBox.setHgrow(code, Priority.ALWAYS);
        Button copy = new Button(context.t("order.history.copy"), Icons.of("mdi2c-content-copy"));
        copy.setId("history-head-copy");
        copy.disableProperty().bind(model.headProperty().isEmpty());
        copy.setOnAction(e -> {
            context.platform().copy(model.headProperty().get());
            context.navigator().say(context.t("order.history.copied", model.shortHeadProperty().get()));
        });
        HBox row = new HBox(8, label, code, copy);
        row.setAlignment(Pos.CENTER_LEFT);
        Label note = new Label(context.t("history.head.note"));
        note.setWrapText(true);
        note.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(4, row, note);
        box.setPadding(new Insets(8));
        box.getStyleClass().add("history-head-box");
        box.visibleProperty().bind(model.headProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    Tab tab() {
        return tab;
    }

    /** The changes and the chain's head, shown below the tabs while History is chosen. */
    VBox page() {
        return page;
    }
}
