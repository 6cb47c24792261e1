package app.dossier.ui.order;

import app.dossier.ui.common.Dialogs;
import app.dossier.ui.common.FieldBox;
import app.dossier.ui.common.UiContext;
import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * Asks for the screenshots of the factory's written confirmation (with the system's chooser), then
 * when and where it came; saving is the model's.
 */
final class ConfirmationDialog {
    private ConfirmationDialog() {
    }

    static void ask(UiContext context, OrderGuidanceModel model) {
        if (!model.chooseConfirmationFiles()) {
            return;
        }
        ConfirmationForm form = model.confirmation();
        Label files = new Label();
        files.setId("confirm-files");
        files.setWrapText(true);
        files.textProperty().bind(Bindings.createStringBinding(() -> form.files().stream()
                .map(Path::getFileName).map(String::valueOf).collect(Collectors.joining("\n")), form.files()));
        TextField when = FieldBox.bound(form.confirmedAt(), "confirm-when", context.t("order.date.prompt"));
        ComboBox<String> via = new ComboBox<>();
        via.setId("confirm-via");
        via.setEditable(true);
        via.getItems().setAll(ConfirmationForm.CHANNELS);
        via.valueProperty().bindBidirectional(form.viaProperty());
        via.getEditor().textProperty().addListener((o, was, now) -> form.viaProperty().set(now));
        Label caption = new Label();
        caption.setId("confirm-caption");
        caption.setWrapText(true);
        caption.getStyleClass().add(Styles.TEXT_BOLD);
        caption.textProperty().bind(form.captionProperty());

        Label explain = new Label(context.t("order.guide.confirm.header"));
        explain.setWrapText(true);
        VBox content = new VBox(10,
                FieldBox.of(context.t("order.guide.confirm.files"), files, form.filesErrorProperty()),
                FieldBox.of(context.t("order.guide.confirm.when"), when, form.confirmedAt().errorProperty()),
                FieldBox.of(context.t("order.guide.confirm.via"), via, form.viaErrorProperty()),
                explain, caption);
        content.setPrefWidth(460);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(context.t("order.guide.confirm.title"));
        dialog.setHeaderText(null);
        if (context.window().get() != null) {
            dialog.initOwner(context.window().get());
        }
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, e -> {
            if (!model.recordConfirmation()) {
                e.consume();
            }
        });
        Dialogs.wordButtons(dialog.getDialogPane(), context.texts());
        dialog.showAndWait();
    }
}
