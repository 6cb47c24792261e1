package app.dossier.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import org.testfx.api.FxRobot;

/** The words a user can see under a node: every visible label, button, cell and field, in layout order. */
public final class ScreenText {
    private ScreenText() {
    }

    public static List<String> under(FxRobot robot, String query) {
        List<String> texts = new ArrayList<>();
        robot.interact(() -> collect(robot.lookup(query).query(), texts));
        return texts;
    }

    /** All the visible words under the node joined by " | ", for a readable failure message. */
    public static String joined(FxRobot robot, String query) {
        return String.join(" | ", under(robot, query));
    }

    private static void collect(Node node, List<String> texts) {
        if (node == null || !node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            texts.add(labeled.getText());
        }
        if (node instanceof TextInputControl field && !field.getText().isEmpty()) {
            texts.add(field.getText());
        }
        if (node instanceof ScrollPane scroll) {
            collect(scroll.getContent(), texts);
        } else if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, texts);
            }
        }
    }
}
