package app.dossier.ui;

import app.dossier.ui.common.Printing;
import app.dossier.ui.common.SystemPrinter;
import app.dossier.ui.common.UiContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A desktop for tests: remembers what was opened, and "chooses" the files a test lines up. */
public final class FakeDesktop implements UiContext.Platform {
    public final List<Path> opened = new ArrayList<>();
    public final List<Path> revealed = new ArrayList<>();
    public final List<String> browsed = new ArrayList<>();
    private List<Path> nextFiles = List.of();
    private Path nextFolder;
    private Path nextSaveFile;
    public final List<String> copied = new ArrayList<>();
    /** What the clipboard holds, for "Paste a chat…"; null when it holds no text. */
    public String clipboard;

    /** What the next "Print…" gets instead of the system's print dialog; null for the real one. */
    public Printing.Start nextPrint;
    /** The names of the print jobs asked for. */
    public final List<String> printJobs = new ArrayList<>();

    /**
     * In a window (on JavaFX's thread) JavaFX's own printing, as the real window has it: a test machine has
     * no printer, so it says so. A view model's test, off that thread, gets no printer without JavaFX.
     */
    @Override
    public Printing.Start startPrint(String jobName) {
        printJobs.add(jobName);
        Printing.Start lined = nextPrint;
        nextPrint = null;
        if (lined != null) {
            return lined;
        }
        return javafx.application.Platform.isFxApplicationThread() ? SystemPrinter.start(null, jobName)
                : Printing.Start.ended(Printing.Outcome.NO_PRINTER);
    }

    public void willSaveAs(Path file) {
        nextSaveFile = file;
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName) {
        Optional<Path> file = Optional.ofNullable(nextSaveFile);
        nextSaveFile = null;
        return file;
    }

    @Override
    public void copy(String text) {
        copied.add(text);
        clipboard = text;
    }

    @Override
    public Optional<String> clipboardText() {
        return Optional.ofNullable(clipboard);
    }

    public void willChoose(List<Path> files) {
        nextFiles = List.copyOf(files);
    }

    public void willChooseFolder(Path folder) {
        nextFolder = folder;
    }

    @Override
    public void open(Path file) {
        opened.add(file);
    }

    @Override
    public void reveal(Path file) {
        revealed.add(file);
    }

    @Override
    public void browse(String link) {
        browsed.add(link);
    }

    @Override
    public List<Path> chooseFiles(String title) {
        List<Path> files = nextFiles;
        nextFiles = List.of();
        return files;
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        Optional<Path> folder = Optional.ofNullable(nextFolder);
        nextFolder = null;
        return folder;
    }
}
