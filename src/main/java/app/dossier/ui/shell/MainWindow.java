package app.dossier.ui.shell;

import app.dossier.service.DataFolders;
import app.dossier.service.DataLocation;
import app.dossier.service.MoveReport;
import app.dossier.service.Services;
import app.dossier.ui.common.BackgroundTask;
import app.dossier.ui.common.DesktopFiles;
import app.dossier.ui.common.Dialogs;
import app.dossier.ui.common.ErrorText;
import app.dossier.ui.common.ExecutorTaskRunner;
import app.dossier.ui.common.Navigator;
import app.dossier.ui.common.TaskRunner;
import app.dossier.ui.common.Texts;
import app.dossier.ui.common.Theme;
import app.dossier.ui.common.UiContext;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Screen;
import javafx.stage.Stage;
import java.util.List;

/**
 * The main window: builds the shell for the current language and data folder, remembers its size
 * and place, and rebuilds itself when the language changes or the database is rebuilt.
 */
public final class MainWindow implements Navigator {
    private final DataFolders folders;
    /** Where the records are: changed when they move to a server or back. */
    private DataLocation location;
    private final TaskRunner runner;
    private Services services;
    private ShellViewModel model;
    private Shell shell;
    private Stage stage;
    private TaskRunner backupRunner;
    /** The window's bounds when last neither maximized nor minimized: what is remembered. */
    private WindowFit.Area normal;

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

    /** Follows the stage's normal bounds; held here so that the stage holds it only weakly. */
    private javafx.beans.InvalidationListener follow;

    /** Opens the main window on {@code stage}. */
    public void show(Stage stage) {
        this.stage = stage;
        Theme.install();
        build();
        place();
        stage.setOnCloseRequest(event -> {
            rememberPlace();
            shell.close();
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
     * Sizes and places the window for the screens there are now ({@link WindowFit}), and follows its
     * normal (not maximized) bounds so they are what is remembered.
     */
    private void place() {
        List<WindowFit.Screen> screens = Screen.getScreens().stream().sorted((a, b) ->
                Boolean.compare(b.equals(Screen.getPrimary()), a.equals(Screen.getPrimary()))).map(MainWindow::screen).toList();
        WindowFit.Place place = WindowFit.choose(screens, model.lastScreen(), model::windowPlace);
        WindowFit.Area bounds = place.bounds();
        WindowFit.Area minimum = WindowFit.screenOf(bounds, screens).map(WindowFit::minimum)
                .orElse(new WindowFit.Area(0, 0, WindowFit.MIN_WIDTH, WindowFit.MIN_HEIGHT));
        stage.setMinWidth(minimum.width());
        stage.setMinHeight(minimum.height());
        stage.setX(bounds.x());
        stage.setY(bounds.y());
        stage.setWidth(bounds.width());
        stage.setHeight(bounds.height());
        stage.setMaximized(place.maximized());
        normal = bounds;
        follow = o -> {
            if (!stage.isMaximized() && !stage.isIconified()) {
                normal = new WindowFit.Area(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            }
        };
        // Weakly: a stage given a new window (another data folder) must not keep the old one, and all it shows, alive.
        javafx.beans.InvalidationListener weak = new javafx.beans.WeakInvalidationListener(follow);
        stage.xProperty().addListener(weak);
        stage.yProperty().addListener(weak);
        stage.widthProperty().addListener(weak);
        stage.heightProperty().addListener(weak);
    }

    private static WindowFit.Screen screen(Screen screen) {
        javafx.geometry.Rectangle2D usable = screen.getVisualBounds();
        return new WindowFit.Screen(screen.getBounds().getWidth(), screen.getBounds().getHeight(),
                new WindowFit.Area(usable.getMinX(), usable.getMinY(), usable.getWidth(), usable.getHeight()));
    }

    /** Remembers where the window is, under the screen it is mostly on. */
    private void rememberPlace() {
        List<WindowFit.Screen> screens = Screen.getScreens().stream().map(MainWindow::screen).toList();
        WindowFit.screenOf(normal, screens).ifPresent(screen ->
                model.rememberWindow(screen.key(), new WindowFit.Place(normal, stage.isMaximized())));
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
        if (shell != null) {
            shell.close();
        }
        model = new ShellViewModel(services, runner);
        Texts texts = new Texts(model.language());
        UiContext context = new UiContext(services, texts, runner, this, () -> stage,
                platformFactory.apply(this));
        shell = new Shell(context, model, new Shell.WindowActions() {
            @Override
            public void rebuild() {
                rebuildDatabase();
            }

            @Override
            public void switchLanguage(java.util.Locale locale) {
                MainWindow.this.switchLanguage(locale);
            }

            @Override
            public void restore(java.nio.file.Path backup) {
                restoreBackup(backup);
            }

            @Override
            public void moveRecords() {
                MainWindow.this.moveRecords();
            }

            @Override
            public void useServer() {
                MainWindow.this.useServer();
            }

            @Override
            public void quit() {
                MainWindow.this.quit();
            }
        });
        if (stage.getScene() == null) {
            Scene scene = new Scene(shell.root());
            Theme.style(scene);
            stage.setScene(scene);
        } else {
            stage.getScene().setRoot(shell.root());
        }
        shell.installShortcuts(stage.getScene());
        app.dossier.domain.Person person = services.person();
        stage.setTitle((services.readOnly() ? texts.get("window.title.readOnly", texts.get("app.title"), location.dataFolder())
                : texts.get("app.title") + " — " + location.dataFolder())
                + (person.signedIn() ? " — " + texts.get("window.title.signedIn", person.login(),
                        texts.get("role." + person.role().name())) : ""));
        // the warehouse's work is the Receiving screen: the window opens there
        shell.show(person.may(app.dossier.domain.Action.RECORDS) ? model.sectionProperty().get() : Section.RECEIVING);
    }

    private void switchLanguage(java.util.Locale locale) {
        model.chooseLanguage(locale);
        build();
    }

    private void rebuildDatabase() {
        Texts texts = shell.context().texts();
        withDataFolderClosed(texts.get("rebuild.running"), progress -> folders.rebuild(location, progress),
                report -> say(texts.get("rebuild.done", report.factories(), report.orders(), report.evidence())),
                error -> warn(ErrorText.of(error, texts)));
    }

    /**
     * Puts a backup back into this data folder, replacing the records here (kept beside it, renamed,
     * by {@code RestoreService}), and reopens the window on what was restored; the user is told what
     * was restored, or why nothing was.
     */
    private void restoreBackup(java.nio.file.Path backup) {
        Texts texts = shell.context().texts();
        withDataFolderClosed(texts.get("restore.running"), progress -> folders.restore(backup, location, true, progress),
                report -> {
                    String taken = taken(report.backupInfo().getOrDefault("Dossier-Backed-Up-At", "?"));
                    String done = report.verify().consistent() ? texts.get("restore.done", report.files() - 1, taken)
                            : texts.get("restore.done.problems", report.files() - 1, taken,
                                    report.verify().problems().size());
                    say(done);
                    // Said in a notice too: the status line soon goes back to the counts.
                    app.dossier.ui.common.Dialogs.inform(shell.context(), done);
                },
                error -> warn(texts.get("restore.failed", ErrorText.of(error, texts))));
    }

    /**
     * Moves the records to the server the user names (from this PC's dossier.db), or from the server
     * back into a dossier.db here, asking first; the window reopens on the records where they are now,
     * or, when nothing was moved, where they were, and says which.
     */
    private void moveRecords() {
        Texts texts = shell.context().texts();
        boolean toServer = !location.onPostgres();
        java.util.Optional<String> address = java.util.Optional.empty();
        if (toServer) {
            address = new ServerAddressDialog(shell.context()).askToMove();
            if (address.isEmpty()) {
                return;
            }
        } else if (!Dialogs.confirm(shell.context(),
                texts.get("move.pc.confirm", location.records(), location.databaseFile()))) {
            return;
        }
        String to = address.orElse(null);
        withDataFolderClosed(texts.get("move.running"),
                progress -> toServer ? folders.moveToPostgres(location, to, progress)
                        : folders.moveToSqlite(location, progress),
                MoveReport::location,
                report -> {
                    String done = texts.get(toServer ? "move.done.server" : "move.done.pc", report.location().records(),
                            report.orders(), report.files(), report.payments())
                            + (report.verify().consistent() ? ""
                                    : texts.get("move.done.problems", report.verify().problems().size()));
                    say(done);
                    Dialogs.inform(shell.context(), done);
                },
                error -> warn(texts.get("move.failed", ErrorText.of(error, texts))));
    }

    /**
     * Makes this PC use the records on the server the user names, with the case files every PC
     * reaches (a second PC of the team): opened in the background, and only once they open is the
     * data folder told to remember them (as {@code --database} and {@code --case-files} do); when they
     * do not, the window reopens on the records it had, and says why.
     */
    private void useServer() {
        Texts texts = shell.context().texts();
        java.util.Optional<ServerAddressDialog.Joining> chosen = new ServerAddressDialog(shell.context()).askToJoin();
        if (chosen.isEmpty()) {
            return;
        }
        DataLocation before = location;
        String address = chosen.get().address();
        java.nio.file.Path caseFiles = chosen.get().caseFiles();
        shell.close();
        services.close();
        BackgroundTask.wrap(texts.get("join.running"), progress -> {
            DataLocation there = DataLocation.peek(before.dataFolder(), caseFiles, address);
            return new Opened(there, folders.open(there));
        }).onSuccess(opened -> {
            DataLocation.resolve(before.dataFolder(), caseFiles, address);
            location = opened.location();
            services = opened.services();
            build();
            say(texts.get("join.done", location.records(), location.caseFilesRoot()));
        }).onFailure(error -> {
            services = folders.open(before);
            build();
            warn(texts.get("join.failed", ErrorText.of(error, texts)));
        }).executeWith(runner);
    }

    /** The records opened where the user said, and where that is. */
    private record Opened(DataLocation location, Services services) {
    }

    /** When the backup was taken, as the backup says it ("2026-11-26T10:00+07:00"), shown "2026-11-26 10:00". */
    private static String taken(String stamp) {
        try {
            return java.time.OffsetDateTime.parse(stamp)
                    .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        } catch (java.time.format.DateTimeParseException e) {
            return stamp;
        }
    }

    /**
     * Work that needs the data folder closed (a rebuild, a restore), in the background with its
     * progress and Stop; whatever happens the folder is opened again and the window rebuilt on it
     * before {@code done} or {@code failed} says what happened. Refused in a read-only folder.
     */
    private <T> void withDataFolderClosed(String running, BackgroundTask.Work<T> work,
            java.util.function.Consumer<T> done, java.util.function.Consumer<Throwable> failed) {
        withDataFolderClosed(running, work, result -> location, done, failed);
    }

    /** As above, the window reopened on where the work says the records are now. */
    private <T> void withDataFolderClosed(String running, BackgroundTask.Work<T> work,
            java.util.function.Function<T, DataLocation> now, java.util.function.Consumer<T> done,
            java.util.function.Consumer<Throwable> failed) {
        if (services.readOnly()) {
            warn(ErrorText.of(new app.dossier.domain.DossierException(
                    app.dossier.domain.Refusal.DATA_FOLDER_READ_ONLY.with(location.dataFolder())), texts()));
            return;
        }
        shell.close();
        services.close();
        BackgroundTask.wrap(running, work).onSuccess(result -> {
            location = now.apply(result);
            services = folders.open(location);
            build();
            done.accept(result);
        }).onFailure(error -> {
            services = folders.open(location);
            build();
            failed.accept(error);
        }).executeWith(runner);
    }

    /**
     * Quit (Ctrl+Q): closes the window as its close box does, remembering its place and closing the
     * data folder.
     */
    private void quit() {
        // The window closes itself on a close request nobody consumed, as for its close box.
        stage.fireEvent(new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
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
