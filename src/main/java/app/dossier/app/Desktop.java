package app.dossier.app;

import app.dossier.domain.DossierException;
import app.dossier.service.DataFolders;
import app.dossier.service.DataLocation;
import app.dossier.service.Services;
import app.dossier.ui.common.ExecutorTaskRunner;
import app.dossier.ui.shell.MainWindow;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

/**
 * Starts the JavaFX toolkit and opens the main window on the default data folder, then makes the
 * automatic backup if one is due. When another Dossier has the folder open, opening fails with
 * who holds it, and the window says so and exits.
 */
final class Desktop {
    private Desktop() {
    }

    /**
     * JavaFX warns that it was loaded from the class path rather than as modules, which is how
     * Dossier ships; the warning says nothing a user can act on. Held here so the setting lasts.
     */
    private static final java.util.logging.Logger JAVAFX_STARTUP =
            java.util.logging.Logger.getLogger("com.sun.javafx.application.PlatformImpl");

    static void start(DataFolders folders, DataLocation location) {
        JAVAFX_STARTUP.setLevel(java.util.logging.Level.SEVERE);
        Platform.setImplicitExit(true);
        Platform.startup(() -> {
            Services services;
            try {
                services = folders.open(location);
            } catch (DossierException e) {
                Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
                alert.setHeaderText(null);
                alert.showAndWait();
                Platform.exit();
                return;
            }
            MainWindow window = new MainWindow(folders, location, services, new ExecutorTaskRunner());
            window.show(new Stage());
            window.backUpIfDue(new ExecutorTaskRunner());
        });
    }
}
