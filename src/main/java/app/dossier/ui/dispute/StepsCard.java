package app.dossier.ui.dispute;

import app.dossier.domain.Action;
import app.dossier.ui.common.Dialogs;
import app.dossier.ui.common.Icons;
import app.dossier.ui.common.UiContext;
import atlantafx.base.theme.Styles;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Where the dispute stands: each dated step with its note and files, and one button per step that may
 * follow. A step is chosen by a click; its menu (and the Delete key) corrects or removes it, after asking.
 */
final class StepsCard {
    private final UiContext context;
    private final DisputeWorkViewModel model;
    private final VBox steps = new VBox(8);
    private final FlowPane next = new FlowPane(6, 6);
    private final VBox node;

    StepsCard(UiContext context, DisputeWorkViewModel model) {
        this.context = context;
        this.model = model;
        Label title = new Label(context.t("dispute.steps.title"), Icons.of("mdi2t-timeline-clock-outline", 16));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        steps.setId("dispute-timeline");
        next.setId("dispute-next-steps-buttons");
        Label nextTitle = new Label(context.t("dispute.steps.next"));
        nextTitle.getStyleClass().add("subtle");
        Label none = new Label(context.t("dispute.steps.none"));
        none.getStyleClass().add("subtle");
        none.setWrapText(true);
        none.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.nextSteps()));
        none.managedProperty().bind(none.visibleProperty());
        nextTitle.visibleProperty().bind(none.visibleProperty().not());
        nextTitle.managedProperty().bind(nextTitle.visibleProperty());
        model.timeline().addListener((ListChangeListener<StepRow>) c -> fillSteps());
        model.nextSteps().addListener((ListChangeListener<NextStep>) c -> fillNext());
        node = new VBox(10, title, steps, nextTitle, next, none);
        node.getStyleClass().add("card");
        node.setId("dispute-steps");
    }

    private void fillSteps() {
        steps.getChildren().clear();
        for (StepRow row : model.timeline()) {
            Label status = new Label(row.statusText());
            status.getStyleClass().addAll("status-badge", DisputeDetailPane.styleOf(row.status()));
            status.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label when = new Label(row.when());
            when.getStyleClass().add("subtle");
            HBox line = new HBox(8, status, when);
            line.setAlignment(Pos.CENTER_LEFT);
            VBox step = new VBox(3, line);
            step.getStyleClass().add("step");
            if (!row.note().isEmpty()) {
                Label note = new Label(row.note());
                note.setWrapText(true);
                step.getChildren().add(note);
            }
            for (EvidenceRow file : row.files()) {
                Button open = new Button(context.t("dispute.steps.openFile", file.fileName()), Icons.of(Icons.FILE, 14));
                open.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
                open.setOnAction(e -> model.openFile(file));
                step.getChildren().add(open);
            }
            VBox.setMargin(step, new Insets(0, 0, 0, 2));
            step.setId("dispute-step-" + row.number());
            chooseable(step, row);
            steps.getChildren().add(step);
        }
    }

    /** A click chooses the step; its menu and the Delete key act on it. */
    private void chooseable(VBox step, StepRow row) {
        step.setFocusTraversable(true);
        step.setOnMouseClicked(e -> choose(step));
        step.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                choose(step);
            }
        });
        ContextMenu menu = menu(row);
        step.setOnContextMenuRequested(e -> {
            choose(step);
            menu.show(step, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        step.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                e.consume();
                remove(row);
            }
        });
    }

    private void choose(VBox step) {
        steps.getChildren().forEach(n -> n.getStyleClass().remove("selected"));
        step.getStyleClass().add("selected");
        if (!step.isFocused()) {
            step.requestFocus();
        }
    }

    /** "Edit…" and "Remove…" on a step. */
    private ContextMenu menu(StepRow row) {
        MenuItem edit = new MenuItem(context.t("dispute.steps.edit"), Icons.of(Icons.EDIT));
        edit.setId("dispute-step-edit");
        edit.setOnAction(e -> StepDialog.show(context, model.editStep(row)));
        MenuItem remove = new MenuItem(context.t("dispute.steps.remove"), Icons.of("mdi2d-delete-outline"));
        remove.setId("dispute-step-remove");
        context.onlyWhoMay(Action.RECORDS, edit, remove);
        remove.setOnAction(e -> remove(row));
        return new ContextMenu(edit, remove);
    }

    /** Asks first: the dispute goes back to where the steps before it left it, the files stay in the order. */
    private void remove(StepRow row) {
        if (Dialogs.confirm(context, context.t("dispute.steps.remove.confirm", row.number(), row.statusText(),
                row.when()))) {
            model.removeStep(row);
        }
    }

    private void fillNext() {
        next.getChildren().clear();
        for (NextStep step : model.nextSteps()) {
            Button button = new Button(step.label());
            button.setId("dispute-next-" + step.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            button.setOnAction(e -> StepDialog.show(context, model.beginStep(step.status())));
            context.onlyWhoMay(Action.RECORDS, button);
            next.getChildren().add(button);
        }
    }

    Node node() {
        return node;
    }
}
