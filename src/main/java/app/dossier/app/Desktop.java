package app.dossier.app;

import app.dossier.domain.DossierException;
import app.dossier.service.DataFolders;
import app.dossier.service.DataLocation;
import app.dossier.service.Services;
import app.dossier.ui.shell.MainWindow;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

/** Starts the JavaFX toolkit and opens the main window on the default data folder. */
final class Desktop {
    private Desktop() {
    }

    static void start(DataFolders folders) {
        Platform.setImplicitExit(true);
        Platform.startup(() -> {
            Services services;
            try {
                services = folders.open(DataLocation.resolve(null, null));
            } catch (DossierException e) {
                new Alert(Alert.AlertType.ERROR, e.getMessage()).showAndWait();
                Platform.exit();
                return;
            }
            MainWindow window = new MainWindow(services);
            Stage stage = new Stage();
            stage.setOnHidden(event -> services.close());
            window.show(stage);
        });
    }
}
