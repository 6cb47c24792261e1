package app.dossier.ui.shell;

import app.dossier.domain.DossierException;
import app.dossier.ui.common.Dialogs;
import app.dossier.ui.common.ErrorText;
import app.dossier.ui.common.UiContext;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * Asks where the PostgreSQL database is that this data folder's records move to, as {@code dossier
 * move-to-postgresql} takes it: {@code postgresql://chu@192.168.1.20/dossier}. An address that is not
 * one keeps the dialog open with the reason under the field.
 */
final class ServerAddressDialog {
    private final UiContext context;

    ServerAddressDialog(UiContext context) {
        this.context = context;
    }

    /** The address typed, as typed (its password, if any, in it); empty when the user cancels. */
    Optional<String> ask() {
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle(context.t("move.server.title"));
        if (context.window().get() != null) {
            dialog.initOwner(context.window().get());
        }
        Label intro = wrapped(context.t("move.server.intro", context.services().location().caseFilesRoot()));
        TextField address = new TextField();
        address.setId("server-address");
        address.setPromptText("postgresql://chu@192.168.1.20/dossier");
        Label problem = wrapped("");
        problem.setId("server-address-problem");
        problem.getStyleClass().add("field-error");
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        Label hint = wrapped(context.t("move.server.address.hint"));
        hint.getStyleClass().add("subtle");
        VBox content = new VBox(8, intro, new Label(context.t("move.server.address")), address, problem, hint);
        content.setPrefWidth(520);
        dialog.getDialogPane().setContent(content);
        ButtonType move = new ButtonType(context.t("move.server.move"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(move, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(move).addEventFilter(ActionEvent.ACTION, e -> {
            try {
                context.services().location().onServer(address.getText());
                problem.setText("");
            } catch (DossierException refused) {
                problem.setText(ErrorText.of(refused, context.texts()));
                e.consume();
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        dialog.setResultConverter(button -> button == move ? address.getText().strip() : null);
        Dialogs.wordButtons(dialog.getDialogPane(), context.texts());
        javafx.application.Platform.runLater(address::requestFocus);
        return dialog.showAndWait();
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(520);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }
}
