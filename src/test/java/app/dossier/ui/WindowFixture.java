package app.dossier.ui;

import app.dossier.service.ProgressListener;
import app.dossier.service.Workspace;
import app.dossier.ui.common.CurrentThreadTaskRunner;
import app.dossier.ui.shell.MainWindow;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window on a real data folder, for UI tests: background work runs at once on the
 * window's thread so each step is finished when the test looks.
 */
public final class WindowFixture implements AutoCloseable {
    private final Workspace workspace;
    private final FakeDesktop desktop = new FakeDesktop();
    private MainWindow window;
    private Stage stage;

    public WindowFixture(Path folder, boolean withSample) {
        workspace = new Workspace(folder);
        // Tests read English words unless they choose another language themselves.
        workspace.services().settings().put("window.language", "en");
        if (withSample) {
            workspace.services().sample().load(ProgressListener.NONE);
        }
    }

    public WindowFixture open() throws TimeoutException {
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            window = new MainWindow(workspace.composition(), workspace.location(), workspace.services(),
                    new CurrentThreadTaskRunner(), w -> desktop);
            window.show(stage);
            stage.setWidth(1280);
            stage.setHeight(820);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return this;
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
    public void screenshot(Node node, Path file) throws Exception {
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
        FxToolkit.cleanupStages();
        workspace.close();
    }
}
