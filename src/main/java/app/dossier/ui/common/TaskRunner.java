package app.dossier.ui.common;

/** Runs background tasks. The app injects one runner; tests inject one that runs at once. */
public interface TaskRunner {
    void execute(BackgroundTask<?> task);

    /** Called with each task as it starts, so the status line can show it. */
    void onStart(java.util.function.Consumer<BackgroundTask<?>> listener);
}
