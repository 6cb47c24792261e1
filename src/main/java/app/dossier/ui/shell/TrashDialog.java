package app.dossier.ui.shell;

import app.dossier.ui.common.Dialogs;
import app.dossier.ui.common.UiContext;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** What is in the trash, with Put back on the chosen file and Empty the trash…; binds and forwards only. */
final class TrashDialog {
    private final UiContext context;

    TrashDialog(UiContext context) {
        this.context = context;
    }

    void show() {
        TrashViewModel model = new TrashViewModel(context);
        dialog(model).show();
        model.load();
    }

    private Dialog<Void> dialog(TrashViewModel model) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle(context.t("trash.title"));
        if (context.window().get() != null) {
            dialog.initOwner(context.window().get());
        }
        dialog.getDialogPane().setId("trash-dialog");
        Label summary = new Label();
        summary.setId("trash-summary");
        summary.textProperty().bind(model.summaryProperty());
        summary.setStyle("-fx-font-weight: bold;");
        Label hint = new Label(context.t(model.readOnly() ? "trash.readOnly" : "trash.hint"));
        hint.getStyleClass().add("subtle");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);

        TableView<TrashRow> table = new TableView<>(model.rows());
        table.setId("trash-files");
        table.setPrefHeight(320);
        table.setMinWidth(Region.USE_PREF_SIZE);
        table.setPrefWidth(1000);
        table.setPlaceholder(new Label(context.t("trash.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(context.t("trash.col.file"), TrashRow::fileName, 220));
        table.getColumns().add(column(context.t("trash.col.order"), TrashRow::order, 190));
        table.getColumns().add(column(context.t("trash.col.category"), TrashRow::category, 170));
        table.getColumns().add(column(context.t("trash.col.removed"), TrashRow::removed, 150));
        table.getColumns().add(column(context.t("trash.col.caption"), TrashRow::caption, 200));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.selectedProperty().set(now));
        model.selectedProperty().addListener((o, was, now) -> {
            if (table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });

        Button putBack = new Button(context.t("trash.putBack"));
        putBack.setId("trash-put-back");
        putBack.setDefaultButton(false);
        putBack.disableProperty().bind(model.canPutBack().not());
        putBack.setOnAction(e -> model.putBack());
        Button empty = new Button(context.t("trash.emptyButton"));
        empty.setId("trash-empty");
        empty.disableProperty().bind(model.canEmpty().not());
        empty.setOnAction(e -> {
            if (Dialogs.confirm(context, context.t("trash.empty.confirm"))) {
                model.empty();
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        putBack.setMinWidth(Region.USE_PREF_SIZE);
        empty.setMinWidth(Region.USE_PREF_SIZE);
        HBox actions = new HBox(10, putBack, spacer, empty);

        VBox content = new VBox(10, summary, hint, table, actions);
        VBox.setVgrow(table, Priority.ALWAYS);
        content.setPadding(new Insets(12));
        // Wide enough for the order number, the category and the time in full in either language.
        content.setMinWidth(Region.USE_PREF_SIZE);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        Dialogs.wordButtons(dialog.getDialogPane(), context.texts());
        dialog.setResizable(true);
        return dialog;
    }

    private static TableColumn<TrashRow, String> column(String title, Function<TrashRow, String> value, double width) {
        TableColumn<TrashRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
