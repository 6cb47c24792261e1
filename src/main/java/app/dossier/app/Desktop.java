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
 * who holds it, and the window says so and exits. A data folder that cannot be written (a
 * read-only disc or share) opens for reading only.
 */
final class Desktop {
    private Desktop() {
    }

    /**
     * JavaFX warns, on its logger "javafx", that it was loaded from the class path rather than as
     * modules, which is how Dossier ships; the warning says nothing a user can act on. Only that one
     * is dropped: JavaFX's other warnings still show. Held here so the filter lasts.
     */
    private static final java.util.logging.Logger JAVAFX = java.util.logging.Logger.getLogger("javafx");

    static void start(DataFolders folders, DataLocation location) {
        quietClassPathNotice();
        Platform.setImplicitExit(true);
        Platform.startup(() -> {
            Services services;
            try {
                // a folder on read-only media opens for reading only, and the window says so
                services = folders.canChange(location) ? folders.open(location) : folders.openReadOnly(location);
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

    /** Drops JavaFX's notice about the class path from the console, and nothing else. */
    static void quietClassPathNotice() {
        JAVAFX.setFilter(record -> record.getMessage() == null
                || !record.getMessage().startsWith("Unsupported JavaFX configuration"));
    }
}
