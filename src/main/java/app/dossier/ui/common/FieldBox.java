package app.dossier.ui.common;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * A form field laid out the same everywhere: its name above, the input, and the message under it
 * in red when what was typed cannot be used.
 */
public final class FieldBox {
    private FieldBox() {
    }

    public static VBox of(String label, Node input, ObservableStringValue error) {
        Label name = new Label(label);
        name.getStyleClass().add("field-label");
        name.setLabelFor(input);
        name.setWrapText(true);
        VBox box = new VBox(3, name, input);
        box.getStyleClass().add("field-box");
        if (error != null) {
            Label message = new Label();
            message.getStyleClass().addAll("field-error", Styles.DANGER);
            message.setWrapText(true);
            message.setMaxWidth(Double.MAX_VALUE);
            message.textProperty().bind(error);
            message.visibleProperty().bind(message.textProperty().isNotEmpty());
            message.managedProperty().bind(message.visibleProperty());
            if (input.getId() != null) {
                message.setId(input.getId() + "-error");
            }
            input.pseudoClassStateChanged(Styles.STATE_DANGER, !error.get().isEmpty());
            error.addListener((o, was, now) -> input.pseudoClassStateChanged(Styles.STATE_DANGER, !now.isEmpty()));
            box.getChildren().add(message);
        }
        return box;
    }

    /**
     * A field with a hint under the input, in small grey words, before any message: what a plain
     * number means in a money field, and the signs understood. Its words are also the input's
     * accessible help, so a screen reader says them.
     */
    public static VBox of(String label, Node input, ObservableStringValue hint, ObservableStringValue error) {
        VBox box = of(label, input, error);
        Label words = new Label();
        words.getStyleClass().addAll("field-hint", Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        words.setWrapText(true);
        words.setMaxWidth(Double.MAX_VALUE);
        words.textProperty().bind(hint);
        words.visibleProperty().bind(words.textProperty().isNotEmpty());
        words.managedProperty().bind(words.visibleProperty());
        if (input.getId() != null) {
            words.setId(input.getId() + "-hint");
        }
        input.accessibleHelpProperty().bind(hint);
        box.getChildren().add(2, words);
        return box;
    }

    /** A text field bound both ways to a typed field, checked when the user leaves it. */
    public static TextField bound(TypedField<?> field, String id, String prompt) {
        TextField input = new TextField();
        input.setId(id);
        input.setPromptText(prompt);
        input.textProperty().bindBidirectional(field.textProperty());
        input.focusedProperty().addListener((o, was, focused) -> {
            if (!focused && !field.isEmpty()) {
                field.check();
            }
        });
        return input;
    }

    /** A text field bound both ways to plain text. */
    public static TextField bound(javafx.beans.property.StringProperty text, String id, String prompt) {
        TextField input = new TextField();
        input.setId(id);
        input.setPromptText(prompt);
        input.textProperty().bindBidirectional(text);
        return input;
    }
}
