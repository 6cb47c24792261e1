package app.dossier.ui.common;

import javafx.scene.Node;

/** One section of the window. The shell shows its node and asks it to reload when it comes into view. */
public interface View {
    Node node();

    /** Reloads what the view shows from the services (in the background). */
    void refresh();

    /** True while the user has typed something not saved yet; the shell asks before throwing it away. */
    default boolean hasUnsavedChanges() {
        return false;
    }

    /**
     * Lets go of what the view keeps open beyond the window (the phone's receiving page): called when
     * the window closes, and before it is built again (another language, a data folder closed and
     * reopened for a rebuild or a restore).
     */
    default void close() {
    }
}
