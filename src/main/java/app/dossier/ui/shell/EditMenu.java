package app.dossier.ui.shell;

import app.dossier.ui.common.Icons;
import app.dossier.ui.common.UiContext;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The window's Edit menu: Undo and Redo of the last change (Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y; ⌘ on a Mac).
 * While the user types in a field the keys undo the typing in that field, as everywhere else.
 */
final class EditMenu {
    private final MenuButton node;
    private final MenuItem undo;
    private final MenuItem redo;

    EditMenu(UiContext context, UndoModel model) {
        MenuItem undo = new MenuItem(null, Icons.of(Icons.UNDO));
        undo.setId("undo");
        undo.textProperty().bind(model.undoTextProperty());
        undo.disableProperty().bind(model.canUndoProperty().not());
        undo.setAccelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        MenuItem redo = new MenuItem(null, Icons.of(Icons.REDO));
        redo.setId("redo");
        redo.textProperty().bind(model.redoTextProperty());
        redo.disableProperty().bind(model.canRedoProperty().not());
        redo.setAccelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        node = new MenuButton(context.t("menu.edit"), Icons.of(Icons.UNDO, 16));
        node.setId("edit-menu");
        node.getItems().addAll(undo, redo);
        node.setOnShowing(e -> model.refresh());
        undo.setOnAction(e -> {
            if (typingIn() instanceof TextInputControl field) {
                field.undo();
            } else {
                model.undo();
            }
        });
        redo.setOnAction(e -> {
            if (typingIn() instanceof TextInputControl field) {
                field.redo();
            } else {
                model.redo();
            }
        });
        this.undo = undo;
        this.redo = redo;
    }

    private Node typingIn() {
        Scene scene = node.getScene();
        return scene == null ? null : scene.getFocusOwner();
    }

    /** The items' keys, and Ctrl+Y for Redo too, as on Windows; each only while its item is enabled. */
    void installShortcuts(Scene scene) {
        scene.getAccelerators().put(undo.getAccelerator(), () -> fire(undo));
        scene.getAccelerators().put(redo.getAccelerator(), () -> fire(redo));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), () -> fire(redo));
    }

    private static void fire(MenuItem item) {
        if (!item.isDisable()) {
            item.fire();
        }
    }

    MenuButton node() {
        return node;
    }
}
