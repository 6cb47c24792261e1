package app.dossier.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * One background thread for the whole window: tasks run one after another, so two changes never
 * race, and results come back on the window's thread. Shut down when the window closes.
 */
public final class ExecutorTaskRunner implements TaskRunner, AutoCloseable {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "dossier-background");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Consumer<BackgroundTask<?>>> listeners = new ArrayList<>();

    @Override
    public void execute(BackgroundTask<?> task) {
        listeners.forEach(l -> l.accept(task));
        executor.execute(() -> task.run(Platform::runLater));
    }

    @Override
    public void onStart(Consumer<BackgroundTask<?>> listener) {
        listeners.add(listener);
    }

    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
