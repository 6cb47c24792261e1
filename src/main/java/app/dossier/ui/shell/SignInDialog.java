package app.dossier.ui.shell;

import app.dossier.service.Services;
import atlantafx.base.theme.Styles;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The sign-in asked at start ({@link SignInForm}): login, password, Sign in or Quit. */
public final class SignInDialog {
    private final SignInForm form;
    private final Dialog<Services> dialog = new Dialog<>();

    public SignInDialog(SignInForm form) {
        this.form = form;
        var texts = form.texts();
        dialog.setTitle(texts.get("signIn.title"));
        dialog.setHeaderText(form.header());
        TextField login = new TextField();
        login.setId("sign-in-login");
        login.textProperty().bindBidirectional(form.loginProperty());
        PasswordField password = new PasswordField();
        password.setId("sign-in-password");
        password.textProperty().bindBidirectional(form.passwordProperty());
        GridPane fields = new GridPane();
        fields.setHgap(10);
        fields.setVgap(8);
        fields.addRow(0, new Label(texts.get("signIn.login")), login);
        fields.addRow(1, new Label(texts.get("signIn.password")), password);
        Label problem = new Label();
        problem.setId("sign-in-problem");
        problem.setWrapText(true);
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(form.problemProperty());
        problem.visibleProperty().bind(form.problemProperty().isEmpty().not());
        problem.managedProperty().bind(problem.visibleProperty());
        Label hint = new Label(texts.get("signIn.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        hint.getStyleClass().add("subtle");
        VBox content = new VBox(12, fields, problem, hint);
        content.setPrefWidth(440);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("sign-in");
        ButtonType signIn = new ButtonType(texts.get("signIn.button"), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(texts.get("signIn.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(signIn, quit);
        dialog.getDialogPane().lookupButton(signIn).setId("sign-in-button");
        Services[] opened = new Services[1];
        // the dialog stays open until the server lets the person in, or they quit
        dialog.getDialogPane().lookupButton(signIn).addEventFilter(ActionEvent.ACTION, e -> {
            Optional<Services> services = form.signIn();
            if (services.isEmpty()) {
                e.consume();
                password.requestFocus();
            } else {
                opened[0] = services.get();
            }
        });
        dialog.setResultConverter(button -> button == signIn ? opened[0] : null);
        javafx.application.Platform.runLater(() -> (login.getText().isEmpty() ? login : password).requestFocus());
    }

    /** The data folder opened as the person signed in; empty when they quit. */
    public Optional<Services> ask() {
        return dialog.showAndWait();
    }

    /** Shows it without waiting (for the window's tests). */
    public Dialog<Services> dialog() {
        return dialog;
    }
}
