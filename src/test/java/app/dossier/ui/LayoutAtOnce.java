package app.dossier.ui;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Makes every window of the test JVM apply its styles and lay itself out as soon as something in it
 * changes, instead of at the next pulse.
 *
 * <p>A control gets its skin, and with it the nodes a test looks up (a split pane's sides, a scroll
 * pane's content, a list's cells), when styles are applied, and its place when laid out; JavaFX does
 * both on a pulse. TestFX's {@code waitForFxEvents} waits for the events already queued, not for a
 * pulse, and on a loaded machine the pulse comes late: a test that clicked "Factories" then found no
 * "#factory-filter", as if the click had been lost. A user never clicks a view that has not been drawn;
 * with this, neither does a test. Run the UI tests with {@code -Djavafx.animation.pulse=2} to see
 * what a loaded machine does to them.
 */
final class LayoutAtOnce {
    private static final String FOLLOWED = LayoutAtOnce.class.getName();
    private static boolean installed;

    private LayoutAtOnce() {
    }

    /** Installs itself on every window, now and to come; call on the FX thread. */
    static void install() {
        if (installed) {
            return;
        }
        installed = true;
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(LayoutAtOnce::follow);
            }
        });
        Window.getWindows().forEach(LayoutAtOnce::follow);
    }

    private static void follow(Window window) {
        if (window.getProperties().putIfAbsent(FOLLOWED, Boolean.TRUE) == null) {
            window.sceneProperty().addListener((o, was, scene) -> follow(scene));
            follow(window.getScene());
        }
    }

    private static void follow(Scene scene) {
        if (scene == null || scene.getProperties().putIfAbsent(FOLLOWED, Boolean.TRUE) != null) {
            return;
        }
        ChangeListener<Boolean> needsLayout = (o, was, needs) -> {
            if (needs) {
                Platform.runLater(() -> layOut(scene));
            }
        };
        scene.rootProperty().addListener((o, was, root) -> {
            if (was != null) {
                was.needsLayoutProperty().removeListener(needsLayout);
            }
            if (root != null) {
                root.needsLayoutProperty().addListener(needsLayout);
                Platform.runLater(() -> layOut(scene));
            }
        });
        if (scene.getRoot() != null) {
            scene.getRoot().needsLayoutProperty().addListener(needsLayout);
        }
    }

    /**
     * Styles and lays out the scene now. Also what a test calls after scrolling a list: a list lays
     * out its cells without asking its parents to, so no listener here hears of it.
     */
    static void layOut(Scene scene) {
        Parent root = scene.getRoot();
        if (root != null) {
            root.applyCss();
            root.layout();
        }
    }
}
