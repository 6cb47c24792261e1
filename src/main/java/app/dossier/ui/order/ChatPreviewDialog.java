package app.dossier.ui.order;

import app.dossier.domain.PastedMessage;
import app.dossier.ui.common.Dialogs;
import app.dossier.ui.common.UiContext;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The pasted chat's messages before they are imported: each one's sender (a choice of the names in
 * the chat), time and words, editable, with Split, Merge up and Drop, and what to check said beside
 * it. Import keeps them; Cancel keeps nothing.
 */
final class ChatPreviewDialog {
    private ChatPreviewDialog() {
    }

    /** Whether the user confirmed the messages as the model now holds them. */
    static boolean confirm(UiContext context, ChatPreviewModel model) {
        Label how = new Label(context.t("order.chat.preview.how"));
        how.setWrapText(true);
        Label summary = new Label();
        summary.setId("chat-preview-summary");
        summary.getStyleClass().add(Styles.TEXT_BOLD);
        summary.textProperty().bind(model.summaryProperty());

        ListView<ChatPreviewModel.Row> rows = new ListView<>(model.rows());
        rows.setId("chat-preview-rows");
        rows.getStyleClass().add("chat-preview-rows");
        rows.setCellFactory(list -> new RowCell(context, model));
        rows.setPrefHeight(440);
        VBox.setVgrow(rows, Priority.ALWAYS);

        Label problem = new Label();
        problem.setId("chat-preview-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("missing");
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        VBox content = new VBox(10, how, summary, rows, problem);
        content.setPrefWidth(780);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(context.t("order.chat.preview.title"));
        dialog.setHeaderText(null);
        if (context.window().get() != null && context.window().get().isShowing()) {
            dialog.initOwner(context.window().get());
        }
        dialog.setResizable(true);
        dialog.getDialogPane().setId("chat-preview");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefWidth(820);
        dialog.getDialogPane().getStylesheets().add(
                ChatPreviewDialog.class.getResource("/app/dossier/ui/order/orders.css").toExternalForm());
        ButtonType bring = new ButtonType(context.t("order.chat.preview.import"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(bring, ButtonType.CANCEL);
        Dialogs.wordButtons(dialog.getDialogPane(), context.texts());
        Button ok = (Button) dialog.getDialogPane().lookupButton(bring);
        ok.setId("chat-preview-import");
        ok.disableProperty().bind(model.readyProperty().not());
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL)).setId("chat-preview-cancel");
        return dialog.showAndWait().filter(answer -> answer == bring).isPresent();
    }

    /** One message: its head (number, sender, time, what to check, the buttons) and its words. */
    private static final class RowCell extends ListCell<ChatPreviewModel.Row> {
        private final UiContext context;
        private final ChatPreviewModel model;
        private final Label number = new Label();
        private final ComboBox<String> sender = new ComboBox<>();
        private final TextField time = new TextField();
        private final Label doubt = new Label();
        private final TextArea text = new TextArea();
        private final Button split = new Button();
        private final Button merge = new Button();
        private final Button drop = new Button();
        private final VBox box;
        private ChatPreviewModel.Row bound;

        RowCell(UiContext context, ChatPreviewModel model) {
            this.context = context;
            this.model = model;
            number.getStyleClass().add("subtle");
            number.setMinWidth(Region.USE_PREF_SIZE);
            sender.setItems(model.senders());
            sender.getStyleClass().add("preview-sender");
            sender.setPromptText(context.t("order.chat.preview.who"));
            sender.setCellFactory(list -> new NameCell(model));
            sender.setButtonCell(new NameCell(model));
            sender.setPrefWidth(210);
            sender.setMinWidth(120);
            time.getStyleClass().add("preview-time");
            time.setPromptText("yyyy-MM-dd HH:mm");
            time.setPrefColumnCount(11);
            time.setMinWidth(110);
            doubt.getStyleClass().addAll("preview-doubt", "partial");
            doubt.setWrapText(true);
            split.setText(context.t("order.chat.preview.split"));
            split.setTooltip(new Tooltip(context.t("order.chat.preview.split.tip")));
            split.getStyleClass().addAll("preview-split", Styles.SMALL);
            merge.setText(context.t("order.chat.preview.merge"));
            merge.setTooltip(new Tooltip(context.t("order.chat.preview.merge.tip")));
            merge.getStyleClass().addAll("preview-merge", Styles.SMALL);
            drop.setText(context.t("order.chat.preview.drop"));
            drop.getStyleClass().addAll("preview-drop", Styles.SMALL, Styles.DANGER);
            for (Button b : new Button[] {split, merge, drop}) {
                b.setMinWidth(Region.USE_PREF_SIZE);
            }
            text.getStyleClass().add("preview-text");
            text.setWrapText(true);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox head = new HBox(8, number, sender, time, spacer, split, merge, drop);
            head.setAlignment(Pos.CENTER_LEFT);
            doubt.managedProperty().bind(doubt.textProperty().isNotEmpty());
            doubt.visibleProperty().bind(doubt.managedProperty());
            box = new VBox(6, head, doubt, text);
            // the row takes the list's width, never its own: no sideways scrolling
            setPrefWidth(0);
            box.getStyleClass().add("chat-preview-row");
            split.setOnAction(e -> model.split(getItem(), text.getCaretPosition()));
            merge.setOnAction(e -> model.mergeUp(getItem()));
            drop.setOnAction(e -> model.drop(getItem()));
            time.textProperty().addListener((o, was, now) -> marked());
            sender.valueProperty().addListener((o, was, now) -> marked());
        }

        @Override
        protected void updateItem(ChatPreviewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            if (row != bound) {
                unbind();
            }
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            if (bound == null) {
                bound = row;
                sender.valueProperty().bindBidirectional(row.senderProperty());
                time.textProperty().bindBidirectional(row.timeProperty());
                text.textProperty().bindBidirectional(row.textProperty());
                doubt.textProperty().bind(Bindings.createStringBinding(() -> doubtText(row.doubtProperty().get()),
                        row.doubtProperty()));
            }
            number.setText(context.t("order.chat.preview.number", getIndex() + 1, row.line()));
            merge.setDisable(!model.canMergeUp(row));
            text.setPrefRowCount(Math.max(1, Math.min(6, (int) row.textProperty().get().lines().count())));
            marked();
            setGraphic(box);
        }

        private void unbind() {
            if (bound != null) {
                sender.valueProperty().unbindBidirectional(bound.senderProperty());
                time.textProperty().unbindBidirectional(bound.timeProperty());
                text.textProperty().unbindBidirectional(bound.textProperty());
                doubt.textProperty().unbind();
                bound = null;
            }
        }

        /** A time that cannot be read, or no sender, shows on the field itself. */
        private void marked() {
            time.pseudoClassStateChanged(Styles.STATE_DANGER, bound != null && bound.sentAt() == null);
            sender.pseudoClassStateChanged(Styles.STATE_DANGER, bound != null
                    && (sender.getValue() == null || sender.getValue().isBlank()));
        }

        private String doubtText(PastedMessage.Doubt kind) {
            return kind == null ? "" : context.t("order.chat.preview.doubt." + kind.name());
        }
    }

    /** A name with who it is: "Nguyễn Thị Hằng (you)". */
    private static final class NameCell extends ListCell<String> {
        private final ChatPreviewModel model;

        NameCell(ChatPreviewModel model) {
            this.model = model;
        }

        @Override
        protected void updateItem(String name, boolean empty) {
            super.updateItem(name, empty);
            if (empty || name == null || name.isEmpty()) {
                setText(empty ? null : "");
                return;
            }
            String role = model.roleOf(name);
            setText(role.isEmpty() ? name : name + " (" + role + ")");
        }
    }
}
