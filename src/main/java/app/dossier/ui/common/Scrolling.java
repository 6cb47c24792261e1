package app.dossier.ui.common;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;

/**
 * Brings a node into view in the scroll pane around it, scrolling as little as possible: a form
 * opened below a table, or the field the keyboard just moved to.
 */
public final class Scrolling {
    private static final double MARGIN = 12;

    private Scrolling() {
    }

    public static void reveal(Node node) {
        Platform.runLater(() -> revealNow(node));
    }

    /**
     * Scrolls so the node is at the top of the scroll pane around it, as far as the pane scrolls:
     * a row of tabs just clicked, so the page chosen below it has the room.
     */
    public static void toTop(Node node) {
        Platform.runLater(() -> {
            ScrollPane scroll = enclosing(node);
            if (scroll == null || scroll.getContent() == null || node.getScene() == null) {
                return;
            }
            scroll.layout();
            Node content = scroll.getContent();
            double range = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            if (range <= 0) {
                return;
            }
            double top = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
            double wanted = Math.max(0, Math.min(range, top));
            scroll.setVvalue(scroll.getVmin() + (scroll.getVmax() - scroll.getVmin()) * wanted / range);
        });
    }

    /** Keeps the focused control of a long form in view as the user tabs through it. */
    public static void followFocus(ScrollPane scroll) {
        ChangeListener<Node> follow = (f, before, focused) -> {
            if (focused != null && enclosing(focused) == scroll) {
                reveal(focused);
            }
        };
        // One listener, moved with the pane: the view is put in and out of the scene as the user
        // goes from section to section, and each time another listener would pile up.
        scroll.sceneProperty().addListener((o, was, scene) -> {
            if (was != null) {
                was.focusOwnerProperty().removeListener(follow);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(follow);
            }
        });
    }

    private static void revealNow(Node node) {
        ScrollPane scroll = enclosing(node);
        if (scroll == null || scroll.getContent() == null || node.getScene() == null) {
            return;
        }
        scroll.layout();
        Node content = scroll.getContent();
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        double range = contentHeight - viewport;
        double shownTop = (scroll.getVvalue() - scroll.getVmin()) / (scroll.getVmax() - scroll.getVmin()) * range;
        double top = shownTop;
        if (inContent.getMaxY() + MARGIN > shownTop + viewport) {
            top = inContent.getMaxY() + MARGIN - viewport;
        }
        if (inContent.getMinY() - MARGIN < top) {
            top = inContent.getMinY() - MARGIN;
        }
        top = Math.max(0, Math.min(range, top));
        scroll.setVvalue(scroll.getVmin() + (scroll.getVmax() - scroll.getVmin()) * top / range);
    }

    private static ScrollPane enclosing(Node node) {
        Parent parent = node.getParent();
        while (parent != null && !(parent instanceof ScrollPane)) {
            parent = parent.getParent();
        }
        return (ScrollPane) parent;
    }
}
