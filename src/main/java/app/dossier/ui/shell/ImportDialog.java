package app.dossier.ui.shell;

import app.dossier.ui.common.Dialogs;
import app.dossier.ui.common.UiContext;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/** Tools → Import a 1688 order export: choose the file, see what will happen, then import. */
final class ImportDialog {
    private final UiContext context;

    ImportDialog(UiContext context) {
        this.context = context;
    }

    void run() {
        List<Path> files = context.platform().chooseFiles(context.t("import.choose"));
        if (files.isEmpty()) {
            return;
        }
        ImportViewModel model = new ImportViewModel(context);
        Dialog<Void> dialog = dialog(model);
        model.preview(files.get(0));
        Dialogs.wordButtons(dialog.getDialogPane(), context.texts());
        dialog.show();
    }

    private Dialog<Void> dialog(ImportViewModel model) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle(context.t("import.title"));
        if (context.window().get() != null) {
            dialog.initOwner(context.window().get());
        }
        Label source = new Label();
        source.textProperty().bind(model.sourceProperty());
        source.getStyleClass().add("subtle");
        Label summary = new Label();
        summary.textProperty().bind(model.summaryProperty());
        summary.setStyle("-fx-font-weight: bold;");
        Label problem = new Label();
        problem.textProperty().bind(model.problemProperty());
        problem.getStyleClass().add("missing");
        problem.setWrapText(true);
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        TableView<ImportRow> table = new TableView<>(model.rows());
        table.setId("import-preview");
        table.setPrefSize(900, 360);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(takeColumn());
        table.getColumns().add(column(context.t("import.col.action"), ImportRow::action, 110));
        table.getColumns().add(column(context.t("import.col.order"), ImportRow::orderNumber, 190));
        table.getColumns().add(column(context.t("import.col.factory"), ImportRow::factory, 240));
        TableColumn<ImportRow, String> why = column(context.t("import.col.why"), ImportRow::why, 340);
        why.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setWrapText(true);
            }
        });
        table.getColumns().add(why);
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(ImportRow row, boolean empty) {
                super.updateItem(row, empty);
                setStyle(empty || row == null ? ""
                        : row.refused() ? "-fx-text-background-color: -color-danger-fg;"
                        : row.clash() ? "-fx-text-background-color: -color-warning-fg;" : "");
            }
        });

        VBox content = new VBox(10, source, summary, problem, table);
        content.setPadding(new Insets(12));
        dialog.getDialogPane().setContent(content);
        ButtonType importType = new ButtonType(context.t("import.do"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(importType, ButtonType.CLOSE);
        Button importButton = (Button) dialog.getDialogPane().lookupButton(importType);
        importButton.setId("import-now");
        importButton.disableProperty().bind(model.canImportProperty().not());
        importButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            model.importNow();
        });
        return dialog;
    }

    /** A box on each clash to take the file's side; empty on every other row. */
    private TableColumn<ImportRow, ImportRow> takeColumn() {
        TableColumn<ImportRow, ImportRow> column = new TableColumn<>(context.t("import.col.take"));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            private final CheckBox box = new CheckBox();
            private ImportRow bound;

            @Override
            protected void updateItem(ImportRow row, boolean empty) {
                super.updateItem(row, empty);
                if (bound != null) {
                    box.selectedProperty().unbindBidirectional(bound.takeProperty());
                    bound = null;
                }
                if (empty || row == null || !row.clash()) {
                    setGraphic(null);
                    return;
                }
                bound = row;
                box.selectedProperty().bindBidirectional(row.takeProperty());
                setGraphic(box);
            }
        });
        column.setPrefWidth(90);
        column.setSortable(false);
        return column;
    }

    private static TableColumn<ImportRow, String> column(String title, Function<ImportRow, String> value, double width) {
        TableColumn<ImportRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
