package app.dossier.ui;

import app.dossier.service.ProgressListener;
import app.dossier.service.Workspace;
import app.dossier.ui.common.CurrentThreadTaskRunner;
import app.dossier.ui.shell.MainWindow;
import app.dossier.ui.shell.Section;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window on a real data folder, for UI tests: background work runs at once on the
 * window's thread so each step is finished when the test looks, and the window is styled and laid out
 * as soon as it changes ({@link LayoutAtOnce}), so what a test looks up next is there and in place.
 *
 * <p>{@link #open()} returns once the window is showing, focused and laid out, with the pointer on
 * it; a test goes to the section it is about with {@link #show(Section)}, as the window's own
 * navigation does, and clicks only what it is testing.
 */
public final class WindowFixture implements AutoCloseable {
    private final Workspace workspace;
    private final FakeDesktop desktop = new FakeDesktop();
    private final FxRobot robot = new FxRobot();
    private MainWindow window;
    private Stage stage;
    private app.dossier.ui.common.ExecutorTaskRunner background;

    public WindowFixture(Path folder, boolean withSample) {
        this(new Workspace(folder));
        if (withSample) {
            workspace.services().sample().load(ProgressListener.NONE);
        }
    }

    /** The window over a workspace the test has prepared (for one opened read-only, say). */
    public WindowFixture(Workspace workspace) {
        this.workspace = workspace;
        // Tests read English words unless they choose another language themselves.
        workspace.services().settings().put("window.language", "en");
    }

    /**
     * Runs the window's long work on a background thread, as the app does, rather than at once on the
     * window's thread: for a test that watches progress and presses Stop while the work runs.
     */
    public WindowFixture inBackground() {
        background = new app.dossier.ui.common.ExecutorTaskRunner();
        return this;
    }

    public WindowFixture open() throws TimeoutException {
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            LayoutAtOnce.install();
            window = new MainWindow(workspace.composition(), workspace.location(), workspace.services(),
                    background != null ? background : new CurrentThreadTaskRunner(), w -> desktop);
            window.show(stage);
            stage.setWidth(1280);
            stage.setHeight(820);
            // Since JavaFX 20 showing a stage, or giving it a new scene, no longer focuses it; on
            // Monocle focus then comes late or not at all, and keys typed go nowhere.
            stage.toFront();
            stage.requestFocus();
        });
        settle();
        // The pointer is wherever the last test left it, over a window that is gone: put it on this
        // one, on the status line, so every test starts from the same place.
        robot.moveTo(robot.lookup(".status-bar").<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /**
     * Gives the window the size of a laptop's screen ({@code width}×{@code height}, as when it opens
     * maximized there) and waits until it is laid out at it. The headless screen is larger and is
     * set once per test run, so the window is sized instead of the screen.
     */
    public WindowFixture size(double width, double height) throws TimeoutException {
        run(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        settle();
        return this;
    }

    /**
     * Goes to a section as the window's own navigation does, for a test about what is in it, then
     * waits until it is laid out.
     */
    public void show(Section section) throws TimeoutException {
        run(() -> window.shell().show(section));
        settle();
    }

    /**
     * Waits until the window is showing and focused, and styled and laid out at its size after the
     * last change, so the nodes a test looks up next are there and where a user sees them.
     */
    public void settle() throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            boolean[] ready = new boolean[1];
            run(() -> {
                Parent root = stage.getScene().getRoot();
                LayoutAtOnce.layOut(stage.getScene());
                ready[0] = stage.isShowing() && stage.isFocused() && !root.isNeedsLayout()
                        && root.getLayoutBounds().getWidth() == stage.getScene().getWidth()
                        && root.getLayoutBounds().getHeight() == stage.getScene().getHeight();
            });
            return ready[0];
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void run(Runnable action) throws TimeoutException {
        try {
            WaitForAsyncUtils.asyncFx(action).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The desktop the window uses: line up files for "Attach…", see what was opened. */
    public FakeDesktop desktop() {
        return desktop;
    }

    public Workspace workspace() {
        return workspace;
    }

    public MainWindow window() {
        return window;
    }

    public Stage stage() {
        return stage;
    }

    /** Writes a PNG of the whole window's scene (or of one node) to {@code file}. */
    public static void screenshot(Node node, Path file) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        WaitForAsyncUtils.asyncFx(() -> image[0] = node.snapshot(null, null)).get();
        BufferedImage buffered = SwingFXUtils.fromFXImage(image[0], null);
        BufferedImage rgb = new BufferedImage(buffered.getWidth(), buffered.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.getGraphics().drawImage(buffered, 0, 0, null);
        Files.createDirectories(file.getParent());
        ImageIO.write(rgb, "png", file.toFile());
    }

    public void screenshot(Path file) throws Exception {
        screenshot(stage.getScene().getRoot(), file);
    }

    @Override
    public void close() throws Exception {
        if (background != null) {
            background.close();
        }
        FxToolkit.cleanupStages();
        workspace.close();
    }
}
