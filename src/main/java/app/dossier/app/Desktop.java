package app.dossier.app;

import app.dossier.domain.DossierException;
import app.dossier.service.DataFolders;
import app.dossier.service.DataLocation;
import app.dossier.service.Services;
import app.dossier.ui.common.ExecutorTaskRunner;
import app.dossier.ui.common.Texts;
import app.dossier.ui.shell.MainWindow;
import app.dossier.ui.shell.SignInDialog;
import app.dossier.ui.shell.SignInForm;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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

    static void start(DataFolders folders, DataLocation location) {
        // the data folder opens (database, recovery) while the toolkit starts: neither waits for the other
        CompletableFuture<Services> opening = CompletableFuture.supplyAsync(() ->
                // a folder on read-only media opens for reading only, and the window says so
                folders.canChange(location) ? folders.open(location) : folders.openReadOnly(location));
        Platform.setImplicitExit(true);
        Platform.startup(() -> {
            Services services;
            try {
                services = opened(opening);
            } catch (DossierException e) {
                if (location.onPostgres() && SignInForm.asked(e)) {
                    // the server wants a password that is not in pgpass: the person signs in
                    SignInForm form = new SignInForm(folders, location,
                            new Texts(Texts.supported(java.util.Locale.getDefault())));
                    java.util.Optional<Services> signedIn = new SignInDialog(form).ask();
                    if (signedIn.isEmpty()) {
                        Platform.exit();
                        return;
                    }
                    start(folders, form.signedIn(), signedIn.get());
                    return;
                }
                Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
                alert.setHeaderText(null);
                alert.showAndWait();
                Platform.exit();
                return;
            }
            start(folders, location, services);
        });
    }

    /** Shows the window on the data folder opened, then makes the automatic backup if one is due. */
    private static void start(DataFolders folders, DataLocation location, Services services) {
        MainWindow window = new MainWindow(folders, location, services, new ExecutorTaskRunner());
        Stage stage = new Stage();
        window.show(stage);
        StartupCheck.whenShown(stage);
        window.backUpIfDue(new ExecutorTaskRunner());
    }

    /** The services once the data folder is open, or what stopped it opening, as it was thrown. */
    private static Services opened(CompletableFuture<Services> opening) {
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
