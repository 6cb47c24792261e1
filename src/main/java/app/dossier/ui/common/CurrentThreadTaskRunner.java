package app.dossier.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Runs each task at once on the calling thread: for view-model tests without a toolkit thread. */
public final class CurrentThreadTaskRunner implements TaskRunner {
    private final List<Consumer<BackgroundTask<?>>> listeners = new ArrayList<>();

    @Override
    public void execute(BackgroundTask<?> task) {
        listeners.forEach(l -> l.accept(task));
        task.run(Runnable::run);
    }

    @Override
    public void onStart(Consumer<BackgroundTask<?>> listener) {
        listeners.add(listener);
    }
}
