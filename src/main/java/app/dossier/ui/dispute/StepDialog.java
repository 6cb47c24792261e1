package app.dossier.ui.dispute;

import app.dossier.ui.common.Icons;
import app.dossier.ui.common.UiContext;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The small dialog for one next step, or a recorded one to correct: when, a note, files to keep with it. It stays open while a refusal is shown. */
final class StepDialog {
    private StepDialog() {
    }

    static void show(UiContext context, StepForm form) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(form.title());
        dialog.setHeaderText(form.title());
        Window owner = context.window().get();
        if (owner != null && owner.isShowing()) {
            dialog.initOwner(owner);
        }
        DisputeStyles.apply(dialog.getDialogPane());

        Label explanation = new Label(form.explanation());
        explanation.setWrapText(true);
        TextField when = new TextField();
        when.setId("step-when");
        when.textProperty().bindBidirectional(form.whenProperty());
        Label whenHint = new Label(context.t("dispute.step.whenHint"));
        whenHint.getStyleClass().add("subtle");
        TextArea note = new TextArea();
        note.setId("step-note");
        note.setWrapText(true);
        note.setPrefRowCount(3);
        note.setPromptText(context.t("dispute.step.notePrompt"));
        note.textProperty().bindBidirectional(form.noteProperty());

        ListView<StepFile> files = new ListView<>(form.files());
        files.setId("step-files");
        files.setPrefHeight(90);
        files.setPlaceholder(new Label(context.t("dispute.step.noFiles")));
        files.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(StepFile item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
                setGraphic(empty || item == null ? null : Icons.of(Icons.FILE, 14));
            }
        });
        Button add = new Button(context.t("dispute.step.addFiles"), Icons.of(Icons.ATTACH, 14));
        add.setId("step-add-files");
        add.setOnAction(e -> form.addFiles());
        Button remove = new Button(context.t("dispute.step.removeFile"));
        remove.disableProperty().bind(files.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> form.remove(files.getSelectionModel().getSelectedItem()));
        Label filesHint = new Label(context.t("dispute.step.filesHint"));
        filesHint.getStyleClass().add("subtle");
        filesHint.setWrapText(true);

        Label problem = new Label();
        problem.setId("step-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("problem");
        problem.textProperty().bind(form.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, values);
        grid.add(explanation, 0, 0, 2, 1);
        grid.addRow(1, new Label(context.t("dispute.step.when")), new VBox(3, when, whenHint));
        grid.addRow(2, new Label(context.t("dispute.step.note")), note);
        grid.addRow(3, new Label(context.t("dispute.step.files")),
                new VBox(6, files, new javafx.scene.layout.HBox(6, add, remove), filesHint));
        grid.add(problem, 0, 4, 2, 1);
        grid.setPrefWidth(520);
        dialog.getDialogPane().setContent(grid);

        ButtonType save = new ButtonType(form.saveText(), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(context.t("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(save, cancel);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("step-save");
        saveButton.disableProperty().bind(form.busyProperty());
        // The dialog closes only once the step is recorded, so a refusal can be read and corrected.
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            form.submit();
        });
        form.doneProperty().addListener((o, was, now) -> {
            if (now) {
                dialog.setResult(save);
                dialog.close();
            }
        });
        dialog.show();
        when.requestFocus();
    }
}
