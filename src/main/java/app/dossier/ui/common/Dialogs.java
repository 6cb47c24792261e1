package app.dossier.ui.common;

import java.util.Optional;
import java.util.Map;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;

/** Small questions and messages, owned by the main window. */
public final class Dialogs {
    private Dialogs() {
    }

    public static boolean confirm(UiContext context, String question) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
        prepare(alert, context);
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == ButtonType.OK;
    }

    public static void inform(UiContext context, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message);
        prepare(alert, context);
        alert.show();
    }

    /** JavaFX's own buttons (OK, Cancel, Close, Yes, No) say their words in the window's language, not in English. */
    public static void wordButtons(DialogPane pane, Texts texts) {
        Map<ButtonType, String> codes = Map.of(ButtonType.OK, "common.ok", ButtonType.CANCEL, "common.cancel",
                ButtonType.CLOSE, "common.close", ButtonType.YES, "common.yes", ButtonType.NO, "common.no");
        for (ButtonType type : pane.getButtonTypes()) {
            String code = codes.get(type);
            if (code != null && pane.lookupButton(type) instanceof Button button) {
                button.setText(texts.get(code));
            }
        }
    }

    private static void prepare(Alert alert, UiContext context) {
        wordButtons(alert.getDialogPane(), context.texts());
        alert.setHeaderText(null);
        alert.setTitle(context.t("common.error.title"));
        Window owner = context.window().get();
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        alert.getDialogPane().setMinWidth(460);
    }
}
