package app.dossier.ui.shell;

import app.dossier.domain.UndoStep;
import app.dossier.service.UndoService;
import app.dossier.ui.common.BackgroundTask;
import app.dossier.ui.common.ErrorText;
import app.dossier.ui.common.UiContext;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The Edit menu's Undo and Redo: what each would do, in words ("Undo edit payment"), whether there is
 * anything, and carrying it out in the background; then the view shown is reloaded and the status line
 * says what was undone.
 */
public final class UndoModel {
    private final UiContext context;
    private final Runnable reloadShown;
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();

    /** {@code reloadShown}: reloads the section in view once a step is undone or redone. */
    public UndoModel(UiContext context, Runnable reloadShown) {
        this.context = context;
        this.reloadShown = reloadShown;
        // After every task (each change the window makes runs as one), the menu says what Undo would do now.
        context.runner().onStart(task -> task.runningProperty().addListener((o, was, running) -> {
            if (!running) {
                refresh();
            }
        }));
        refresh();
    }

    /**
     * Reads what Undo and Redo would do. The steps are held in memory by the service, so this touches
     * neither the disk nor the database and may run on the window's thread.
     */
    public void refresh() {
        UndoService undo = context.services().undo();
        show(undo.nextUndo(), undoText, canUndo, "menu.undo", "menu.undo.nothing");
        show(undo.nextRedo(), redoText, canRedo, "menu.redo", "menu.redo.nothing");
    }

    private void show(Optional<UndoStep> step, ReadOnlyStringWrapper text, ReadOnlyBooleanWrapper can, String key,
            String nothingKey) {
        can.set(step.isPresent() && !context.services().readOnly());
        text.set(step.map(s -> context.t(key, context.t(s.what().key()))).orElse(context.t(nothingKey)));
    }

    public void undo() {
        carryOut(true);
    }

    public void redo() {
        carryOut(false);
    }

    private void carryOut(boolean undoing) {
        BackgroundTask.wrap("", progress -> undoing ? context.services().undo().undo() : context.services().undo().redo())
                .onSuccess(step -> {
                    refresh();
                    reloadShown.run();
                    context.navigator().say(context.t(undoing ? "status.undone" : "status.redone",
                            context.t(step.what().key())));
                })
                .onFailure(error -> {
                    refresh();
                    reloadShown.run();
                    context.navigator().warn(ErrorText.of(error, context.texts()));
                })
                .executeWith(context.runner());
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }
}
