package app.dossier.ui.common;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
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

    private static void prepare(Alert alert, UiContext context) {
        alert.setHeaderText(null);
        alert.setTitle(context.t("common.error.title"));
        Window owner = context.window().get();
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        alert.getDialogPane().setMinWidth(460);
    }
}
