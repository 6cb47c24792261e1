package app.dossier.app;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * With {@code -Ddossier.startupCheck=true} (e.g. through {@code JAVA_TOOL_OPTIONS}, which any
 * launcher of the JVM reads), Dossier prints {@code SHOWN <heap peak bytes>} as soon as its first
 * window is showing and has been laid out once, then closes as a user would. The installer build's
 * training run (the class-data archive is written when it closes), the smoke test of the app image
 * and the start-up benchmark use it; they see the same moment the benchmark's probe sees.
 */
final class StartupCheck {
    static final String PROPERTY = "dossier.startupCheck";

    private StartupCheck() {
    }

    static void whenShown(Stage stage) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        Scene scene = stage.getScene();
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(p -> p.getType() == MemoryType.HEAP)
                        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
                System.out.println("SHOWN " + peak);
                System.out.flush();
                stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
                stage.close();
            }
        });
        scene.getRoot().requestLayout();
        Platform.requestNextPulse();
    }
}
