package app.dossier.ui.shell;

import app.dossier.domain.DossierException;
import app.dossier.ui.common.Dialogs;
import app.dossier.ui.common.ErrorText;
import app.dossier.ui.common.UiContext;
import java.nio.file.Path;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Asks where the PostgreSQL database is, as {@code --database} takes it:
 * {@code postgresql://chu@192.168.1.20/dossier}: to move this data folder's records there, or to use
 * the records already there (a second PC of the team), with the case files every PC reaches. An address
 * that is not one keeps the dialog open with the reason under the field.
 */
final class ServerAddressDialog {
    /** The records on a server this PC is to use, and the case files every PC reaches. */
    record Joining(String address, Path caseFiles) {
    }

    private final UiContext context;

    ServerAddressDialog(UiContext context) {
        this.context = context;
    }

    /** The address the records move to, as typed (its password, if any, in it); empty when the user cancels. */
    Optional<String> askToMove() {
        return ask("move.server.title", context.t("move.server.intro", context.services().location().caseFilesRoot()),
                "move.server.move", false).map(Joining::address);
    }

    /** The server whose records this PC is to use, and the shared case files; empty when the user cancels. */
    Optional<Joining> askToJoin() {
        return ask("join.title", context.t("join.intro", context.services().location().records()), "join.use", true);
    }

    private Optional<Joining> ask(String title, String intro, String go, boolean withCaseFiles) {
        Dialog<Joining> dialog = new Dialog<>();
        dialog.setTitle(context.t(title));
        if (context.window().get() != null) {
            dialog.initOwner(context.window().get());
        }
        TextField address = new TextField();
        address.setId("server-address");
        address.setPromptText("postgresql://chu@192.168.1.20/dossier");
        Label problem = wrapped("");
        problem.setId("server-address-problem");
        problem.getStyleClass().add("field-error");
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        Label hint = wrapped(context.t("move.server.address.hint"));
        hint.getStyleClass().add("subtle");
        VBox content = new VBox(8, wrapped(intro), new Label(context.t("move.server.address")), address, problem, hint);
        TextField caseFiles = new TextField(context.services().location().caseFilesRoot().toString());
        caseFiles.setId("server-case-files");
        if (withCaseFiles) {
            Button choose = new Button(context.t("join.choose"));
            choose.setId("server-case-files-choose");
            choose.setOnAction(e -> context.platform().chooseFolder(context.t("join.caseFiles"))
                    .ifPresent(folder -> caseFiles.setText(folder.toString())));
            HBox row = new HBox(8, caseFiles, choose);
            row.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(caseFiles, Priority.ALWAYS);
            content.getChildren().addAll(new Label(context.t("join.caseFiles")), row);
        }
        content.setPrefWidth(520);
        dialog.getDialogPane().setContent(content);
        ButtonType goButton = new ButtonType(context.t(go), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(goButton, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(goButton).addEventFilter(ActionEvent.ACTION, e -> {
            try {
                context.services().location().onServer(address.getText());
                problem.setText(withCaseFiles && caseFiles.getText().isBlank() ? context.t("join.caseFiles.missing") : "");
            } catch (DossierException refused) {
                problem.setText(ErrorText.of(refused, context.texts()));
            }
            if (!problem.getText().isEmpty()) {
                e.consume();
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        dialog.setResultConverter(button -> button == goButton
                ? new Joining(address.getText().strip(), Path.of(caseFiles.getText().strip())) : null);
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
