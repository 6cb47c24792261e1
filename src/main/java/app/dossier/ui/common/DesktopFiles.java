package app.dossier.ui.common;

import java.awt.Desktop;
import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Opens files with the system's program and shows them in the file manager, off the window's
 * thread. Where the system cannot select a file in its folder, the folder is opened. A file or
 * link the system cannot open is handed to {@code onError}, which says so in the window's
 * language (the system's own reason is English, such as "Failed to show URI").
 */
public final class DesktopFiles implements UiContext.Platform {
    private final Consumer<Path> onError;
    private final java.util.function.Supplier<javafx.stage.Window> owner;

    public DesktopFiles(Consumer<Path> onError, java.util.function.Supplier<javafx.stage.Window> owner) {
        this.onError = onError;
        this.owner = owner;
    }

    @Override
    public void browse(String link) {
        run(() -> Desktop.getDesktop().browse(java.net.URI.create(link.contains("://") ? link : "https://" + link)),
                Path.of(link));
    }

    @Override
    public java.util.List<Path> chooseFiles(String title) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(title);
        java.util.List<File> files = chooser.showOpenMultipleDialog(owner.get());
        return files == null ? java.util.List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public java.util.Optional<Path> chooseSaveFile(String title, String suggestedName) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        return java.util.Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    @Override
    public void copy(String text) {
        javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
        content.putString(text);
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
    }

    @Override
    public Printing.Start startPrint(String jobName) {
        return SystemPrinter.start(owner.get(), jobName);
    }

    @Override
    public java.util.Optional<String> clipboardText() {
        javafx.scene.input.Clipboard clipboard = javafx.scene.input.Clipboard.getSystemClipboard();
        return clipboard.hasString() ? java.util.Optional.ofNullable(clipboard.getString()) : java.util.Optional.empty();
    }

    @Override
    public java.util.Optional<Path> chooseFolder(String title) {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(title);
        return java.util.Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
    }

    @Override
    public void open(Path file) {
        run(() -> Desktop.getDesktop().open(file.toFile()), file);
    }

    @Override
    public void reveal(Path file) {
        run(() -> {
            Desktop desktop = Desktop.getDesktop();
            File f = file.toFile();
            if (desktop.isSupported(Desktop.Action.BROWSE_FILE_DIR)) {
                desktop.browseFileDirectory(f);
            } else {
                desktop.open(f.getParentFile());
            }
        }, file);
    }

    private void run(Action action, Path file) {
        Thread thread = new Thread(() -> {
            try {
                if (!Desktop.isDesktopSupported()) {
                    throw new UnsupportedOperationException("this system has no desktop to open files with");
                }
                action.run();
            } catch (Exception e) {
                javafx.application.Platform.runLater(() -> onError.accept(file));
            }
        }, "dossier-open-file");
        thread.setDaemon(true);
        thread.start();
    }

    @FunctionalInterface
    private interface Action {
        void run() throws Exception;
    }
}
