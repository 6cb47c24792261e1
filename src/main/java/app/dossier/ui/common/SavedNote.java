package app.dossier.ui.common;

import atlantafx.base.theme.Styles;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;

/**
 * "Recorded the payment of ¥1,800.00 on 2026-09-02." said beside the Save button that was pressed,
 * where the eye is, and not only on the status line: it stays until the next edit in the form or for
 * a few seconds, and a screen reader is told. After saving, focus goes back into the form (its first
 * field for a new entry, the field saved for a correction, or the button that opens the form again
 * when it closed), never to the search box.
 */
public final class SavedNote {
    static final Duration SHOWN_FOR = Duration.seconds(8);
    private static final Duration LISTENS_FOR = Duration.seconds(60);

    private final UiContext context;
    private final Label node = new Label();
    private final Supplier<Node> focus;
    private final Node form;
    private final PauseTransition fade = new PauseTransition(SHOWN_FOR);
    private final PauseTransition deaf = new PauseTransition(LISTENS_FOR);
    private Runnable stopListening = () -> { };
    /** What had focus when saving was asked: the field saved from, or Save itself. */
    private Node focusedBefore;

    /**
     * @param id    the note's id
     * @param form  typing in it hides the note
     * @param focus where focus goes once saved; null for where it was when saving was asked (the
     *              field Ctrl+S was pressed in, or Save)
     */
    public SavedNote(UiContext context, String id, Node form, Supplier<Node> focus) {
        this.context = context;
        this.focus = focus;
        this.form = form;
        node.setId(id);
        node.setWrapText(true);
        node.setMinWidth(0);
        node.getStyleClass().addAll("saved-note", Styles.SUCCESS);
        node.setAccessibleRole(AccessibleRole.TEXT);
        node.setVisible(false);
        node.managedProperty().bind(node.visibleProperty());
        fade.setOnFinished(e -> hide());
        deaf.setOnFinished(e -> stop());
        form.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (isTyping(e)) {
                hide();
            }
        });
    }

    /** Shows the next thing the window says after {@code save} is pressed. */
    public SavedNote watching(Button save) {
        save.addEventHandler(ActionEvent.ACTION, e -> listen());
        // the note beside it wraps; Save keeps its words
        save.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return this;
    }

    /** Shows the next thing the window says (saving was asked some other way, such as Ctrl+S). */
    public void listen() {
        stop();
        focusedBefore = node.getScene() == null ? null : node.getScene().getFocusOwner();
        stopListening = context.navigator().listen(this::show);
        deaf.playFromStart();
    }

    public Label node() {
        return node;
    }

    private void show(String message) {
        stop();
        node.setText(message);
        node.setAccessibleText(message);
        node.setVisible(true);
        node.notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
        fade.playFromStart();
        Node wanted = focus == null ? focusedBefore : focus.get();
        Node target = canFocus(wanted) ? wanted : firstField();
        if (target != null) {
            target.requestFocus();
            // a view rebuilt after the save (the order read again) may take focus away once more
            Platform.runLater(() -> {
                if (canFocus(target)) {
                    target.requestFocus();
                }
            });
        }
    }

    /** A character typed, not the Ctrl+S that saved (which is also a key typed, after the save). */
    private static boolean isTyping(KeyEvent e) {
        String typed = e.getCharacter();
        return !e.isControlDown() && !e.isMetaDown() && !typed.isEmpty() && !Character.isISOControl(typed.charAt(0));
    }

    private static boolean canFocus(Node node) {
        return node != null && node.getScene() != null && node.isVisible() && !node.isDisabled();
    }

    /** The form's first field that can take typing, for when Save itself can no longer be focused. */
    private Node firstField() {
        return form.lookupAll(".text-input").stream().filter(SavedNote::canFocus).findFirst().orElse(null);
    }

    private void hide() {
        fade.stop();
        node.setVisible(false);
    }

    private void stop() {
        deaf.stop();
        stopListening.run();
        stopListening = () -> { };
    }
}
