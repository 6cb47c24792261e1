package app.dossier.ui.order;

import app.dossier.ui.common.Dialogs;
import app.dossier.ui.common.UiContext;
import app.dossier.ui.common.ZoneChoice;
import java.time.ZoneId;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * Asked once, at the first chat imported: which time zone the chat's times were written in, since the
 * exporters write the exporting computer's clock without its zone. The answer is remembered; Settings
 * changes it.
 */
final class ChatZoneDialog {
    private ChatZoneDialog() {
    }

    static Optional<ZoneId> ask(UiContext context, ZoneId computer) {
        Label question = new Label(context.t("chat.zone.question"));
        question.setId("chat-zone-question");
        question.setWrapText(true);
        ZoneChoice choice = new ZoneChoice(context, computer, null);
        Label problem = new Label();
        problem.setId("chat-zone-problem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        Label hint = new Label(context.t("chat.zone.once"));
        hint.setWrapText(true);
        hint.getStyleClass().add("subtle");
        VBox content = new VBox(10, question, choice.node(), problem, hint);
        content.setPrefWidth(480);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(context.t("chat.zone.title"));
        dialog.setHeaderText(null);
        if (context.window().get() != null && context.window().get().isShowing()) {
            dialog.initOwner(context.window().get());
        }
        dialog.getDialogPane().setContent(content);
        ButtonType use = new ButtonType(context.t("chat.zone.use"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(use, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(use);
        ok.setId("chat-zone-ok");
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            problem.setText(choice.problem());
            if (!problem.getText().isEmpty()) {
                e.consume();
            }
        });
        Dialogs.wordButtons(dialog.getDialogPane(), context.texts());
        return dialog.showAndWait().filter(answer -> answer == use).flatMap(answer -> choice.chosen());
    }
}
