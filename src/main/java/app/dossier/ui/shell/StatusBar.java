package app.dossier.ui.shell;

import app.dossier.ui.common.BackgroundTask;
import app.dossier.ui.common.Icons;
import app.dossier.ui.common.UiContext;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The line at the bottom: what just happened, and the long work now running with its progress and a Stop button. */
final class StatusBar {
    private final HBox node;

    StatusBar(UiContext context, ShellViewModel model) {
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(model.statusProperty());
        Label working = new Label();
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(200);
        Button stop = new Button(context.t("common.stop"), Icons.of(Icons.CANCEL));
        stop.setId("stop-task");
        HBox activity = new HBox(8, working, progress, stop);
        activity.setAlignment(Pos.CENTER_RIGHT);
        activity.setVisible(false);
        activity.setManaged(false);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        node = new HBox(status, spacer, activity);
        if (context.services().readOnly()) {
            // said for as long as the window is open: every change is refused in this data folder
            Label readOnly = new Label(context.t("status.readOnly"), Icons.of(Icons.LOCK));
            readOnly.setId("read-only");
            readOnly.getStyleClass().add("read-only");
            node.getChildren().add(0, readOnly);
            node.setSpacing(12);
        }
        app.dossier.domain.Person person = context.services().person();
        if (person.signedIn()) {
            // who the history records each change under, and what their login lets them change
            Label signedIn = new Label(context.t("status.signedIn", person.login(), context.t("role." + person.role().name())),
                    Icons.of(Icons.ACCOUNT));
            signedIn.setId("signed-in");
            node.getChildren().add(0, signedIn);
            node.setSpacing(12);
        }
        node.setAlignment(Pos.CENTER_LEFT);
        node.getStyleClass().add("status-bar");

        context.runner().onStart(task -> {
            if (task.title().isEmpty()) {
                return;
            }
            show(task, working, progress, stop, activity);
        });
    }

    private static void show(BackgroundTask<?> task, Label working, ProgressBar progress, Button stop, HBox activity) {
        working.textProperty().unbind();
        working.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> task.title() + (task.messageProperty().get().isEmpty() ? "" : ": " + task.messageProperty().get()),
                task.messageProperty()));
        progress.progressProperty().unbind();
        progress.progressProperty().bind(task.progressProperty());
        stop.setOnAction(e -> task.cancel());
        activity.visibleProperty().unbind();
        activity.visibleProperty().bind(task.runningProperty());
        activity.managedProperty().unbind();
        activity.managedProperty().bind(task.runningProperty());
    }

    Node node() {
        return node;
    }
}
