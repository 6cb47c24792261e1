package app.dossier.ui.common;

import app.dossier.service.Services;
import java.util.function.Supplier;
import javafx.stage.Window;

/** What every view is built with: the services, the words, the background runner and the way to the others. */
public record UiContext(Services services, Texts texts, TaskRunner runner, Navigator navigator,
        Supplier<Window> window, Platform platform) {

    /**
     * What the desktop does for the window: open a file or a link with the system, show a file in
     * the file manager, ask the user to pick files, and use the clipboard. Tests put in their own.
     */
    public interface Platform {
        void open(java.nio.file.Path file);

        void reveal(java.nio.file.Path file);

        void browse(String link);

        /** Files (or nothing) chosen in the system's file chooser. */
        java.util.List<java.nio.file.Path> chooseFiles(String title);

        /** A folder (or nothing) chosen in the system's folder chooser. */
        java.util.Optional<java.nio.file.Path> chooseFolder(String title);

        /** Where to save a new file (or nothing), chosen in the system's save dialog. */
        java.util.Optional<java.nio.file.Path> chooseSaveFile(String title, String suggestedName);

        /** Puts text on the clipboard, for pasting into WeChat or 1688. */
        void copy(String text);

        /**
         * Shows the system's print dialog for a job of this name: the job when the user chose Print, or
         * why there is none (no printer set up, cancelled). Tests put in their own; by default there is
         * no printer.
         */
        default Printing.Start startPrint(String jobName) {
            return Printing.Start.ended(Printing.Outcome.NO_PRINTER);
        }

        /** The text on the clipboard, when it holds text: messages copied in WeChat, to paste as a chat. */
        default java.util.Optional<String> clipboardText() {
            return java.util.Optional.empty();
        }
    }

    public String t(String key, Object... args) {
        return texts.get(key, args);
    }

    /** Whether the person signed in may make changes that do {@code action} (on SQLite: always). */
    public boolean may(app.dossier.domain.Action action) {
        return services.person().may(action);
    }

    /**
     * Leaves out of the window the buttons of changes the person signed in may not make: a viewer
     * sees no change buttons, the warehouse only receiving's (the services refuse them anyway).
     */
    public void onlyWhoMay(app.dossier.domain.Action action, javafx.scene.Node... buttons) {
        if (!may(action)) {
            for (javafx.scene.Node button : buttons) {
                button.visibleProperty().unbind(); // shown by what the record holds, and never to this person
                button.managedProperty().unbind();
                button.setVisible(false);
                button.setManaged(false);
            }
        }
    }

    /** As {@link #onlyWhoMay(app.dossier.domain.Action, javafx.scene.Node...)}, for items of a menu. */
    public void onlyWhoMay(app.dossier.domain.Action action, javafx.scene.control.MenuItem... items) {
        if (!may(action)) {
            for (javafx.scene.control.MenuItem item : items) {
                item.visibleProperty().unbind();
                item.setVisible(false);
            }
        }
    }
}
