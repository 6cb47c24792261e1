package app.dossier.ui.shell;

import app.dossier.service.DataFolders;
import app.dossier.service.DataLocation;
import app.dossier.service.Services;
import app.dossier.ui.common.BackgroundTask;
import app.dossier.ui.common.DesktopFiles;
import app.dossier.ui.common.ErrorText;
import app.dossier.ui.common.ExecutorTaskRunner;
import app.dossier.ui.common.Navigator;
import app.dossier.ui.common.TaskRunner;
import app.dossier.ui.common.Texts;
import app.dossier.ui.common.Theme;
import app.dossier.ui.common.UiContext;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

/**
 * The main window: builds the shell for the current language and data folder, remembers its size
 * and place, and rebuilds itself when the language changes or the database is rebuilt.
 */
public final class MainWindow implements Navigator {
    private final DataFolders folders;
    private final DataLocation location;
    private final TaskRunner runner;
    private Services services;
    private ShellViewModel model;
    private Shell shell;
    private Stage stage;
    private TaskRunner backupRunner;

    private final java.util.function.Function<MainWindow, UiContext.Platform> platformFactory;
    /** The forms waiting to show beside their Save button what the window says next. */
    private final java.util.List<java.util.function.Consumer<String>> listeners = new java.util.ArrayList<>();

    public MainWindow(DataFolders folders, DataLocation location, Services services, TaskRunner runner) {
        this(folders, location, services, runner, window -> new DesktopFiles(window::cannotOpen, () -> window.stage));
    }

    /** With another desktop than the system's, for tests that pick files without a file chooser. */
    public MainWindow(DataFolders folders, DataLocation location, Services services, TaskRunner runner,
            java.util.function.Function<MainWindow, UiContext.Platform> platformFactory) {
        this.folders = folders;
        this.location = location;
        this.services = services;
        this.runner = runner;
        this.platformFactory = platformFactory;
    }

    /** Opens the main window on {@code stage}. */
    public void show(Stage stage) {
        this.stage = stage;
        Theme.install();
        build();
        model.windowPlace().ifPresentOrElse(place -> {
            stage.setX(place[0]);
            stage.setY(place[1]);
            stage.setWidth(place[2]);
            stage.setHeight(place[3]);
        }, () -> {
            stage.setWidth(1280);
            stage.setHeight(820);
        });
        stage.setMaximized(model.wasMaximized());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setOnCloseRequest(event -> {
            model.rememberWindow(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
            if (runner instanceof ExecutorTaskRunner closeable) {
                closeable.close();
            }
            if (backupRunner instanceof ExecutorTaskRunner closeable) {
                closeable.close();
            }
            services.close();
        });
        stage.show();
        if (!services.recovered().isEmpty()) {
            tellWhatRecoveryDid(services.recovered());
        }
    }

    /**
     * The last session was cut off in the middle of a change and opening the data folder put it
     * back (see {@code Recovery}): the user is told once, with what was done, so nothing happens
     * behind their back.
     */
    private void tellWhatRecoveryDid(java.util.List<String> done) {
        Texts texts = shell.context().texts();
        say(texts.get("recovery.done", done.size()));
        Alert alert = new Alert(Alert.AlertType.INFORMATION,
                texts.get("recovery.explained") + "\n\n" + String.join("\n", done));
        alert.setTitle(texts.get("app.title"));
        alert.setHeaderText(texts.get("recovery.header"));
        alert.initOwner(stage);
        alert.getDialogPane().setId("recovery-notice");
        alert.getDialogPane().setMinWidth(520);
        app.dossier.ui.common.Dialogs.wordButtons(alert.getDialogPane(), texts());
        alert.show();
    }

    private void build() {
        model = new ShellViewModel(services, runner);
        Texts texts = new Texts(model.language());
        UiContext context = new UiContext(services, texts, runner, this, () -> stage,
                platformFactory.apply(this));
        shell = new Shell(context, model, this::rebuildDatabase, this::switchLanguage);
        if (stage.getScene() == null) {
            Scene scene = new Scene(shell.root());
            Theme.style(scene);
            stage.setScene(scene);
        } else {
            stage.getScene().setRoot(shell.root());
        }
        shell.installShortcuts(stage.getScene());
        stage.setTitle(services.readOnly() ? texts.get("window.title.readOnly", texts.get("app.title"), location.dataFolder())
                : texts.get("app.title") + " — " + location.dataFolder());
        shell.show(model.sectionProperty().get());
    }

    private void switchLanguage(java.util.Locale locale) {
        model.chooseLanguage(locale);
        build();
    }

    private void rebuildDatabase() {
        Texts texts = shell.context().texts();
        if (services.readOnly()) {
            warn(ErrorText.of(new app.dossier.domain.DossierException(
                    app.dossier.domain.Refusal.DATA_FOLDER_READ_ONLY.with(location.dataFolder())), texts));
            return;
        }
        services.close();
        BackgroundTask.wrap(texts.get("rebuild.running"), progress -> {
            var report = folders.rebuild(location, progress);
            return report;
        }).onSuccess(report -> {
            services = folders.open(location);
            build();
            say(texts.get("rebuild.done", report.factories(), report.orders(), report.evidence()));
        }).onFailure(error -> {
            services = folders.open(location);
            build();
            warn(ErrorText.of(error, texts));
        }).executeWith(runner);
    }

    /**
     * Makes the automatic backup when one is due, on {@code backupRunner} so the window's own work
     * does not wait for it, and says so in the status line. The app calls it once the window is open.
     */
    public void backUpIfDue(TaskRunner backupRunner) {
        this.backupRunner = backupRunner;
        Texts texts = shell.context().texts();
        Services current = services;
        BackgroundTask.wrap(texts.get("backup.running"),
                        progress -> current.backups().backupIfDue(java.time.Instant.now(), progress))
                .onSuccess(report -> report.ifPresent(r -> say(texts.get("backup.done", r.file()))))
                .onFailure(error -> say(texts.get("backup.failed", ErrorText.of(error, texts))))
                .executeWith(backupRunner);
    }

    @Override
    public void showStart() {
        shell.show(Section.START);
    }

    @Override
    public void showFactory(long factoryId) {
        shell.show(Section.FACTORIES);
        shell.factories().select(factoryId);
    }

    @Override
    public void showOrder(long orderId) {
        shell.show(Section.ORDERS);
        shell.orders().select(orderId);
    }

    @Override
    public void showOrderChats(long orderId) {
        shell.show(Section.ORDERS);
        shell.orders().showChats(orderId);
    }

    @Override
    public void showNewOrder(Long factoryId) {
        shell.show(Section.ORDERS);
        shell.orders().newOrder(factoryId);
    }

    @Override
    public void showReceiving(Long orderId) {
        shell.show(Section.RECEIVING);
        shell.receiving().select(orderId);
    }

    @Override
    public void showDispute(long disputeId) {
        shell.show(Section.DISPUTES);
        shell.disputes().select(disputeId);
    }

    @Override
    public void say(String message) {
        model.statusProperty().set(message);
        java.util.List.copyOf(listeners).forEach(l -> l.accept(message));
    }

    @Override
    public Runnable listen(java.util.function.Consumer<String> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** A file or link the system could not open, said in the window's language. */
    void cannotOpen(java.nio.file.Path file) {
        warn(texts().get("common.openFailed", file));
    }

    private Texts texts() {
        return shell == null ? new Texts(java.util.Locale.getDefault()) : shell.context().texts();
    }

    @Override

    public void warn(String message) {
        Alert alert = new Alert(Alert.AlertType.WARNING, message);
        app.dossier.ui.common.Dialogs.wordButtons(alert.getDialogPane(), texts());
        alert.setHeaderText(null);
        alert.setTitle(shell == null ? "Dossier" : shell.context().t("common.error.title"));
        if (stage != null && stage.isShowing()) {
            alert.initOwner(stage);
        }
        alert.getDialogPane().setMinWidth(480);
        alert.show();
    }

    /** For tests and screenshots: the shell as it is now. */
    public Shell shell() {
        return shell;
    }
}
