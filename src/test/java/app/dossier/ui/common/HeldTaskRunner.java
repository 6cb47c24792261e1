package app.dossier.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Holds each task until the test lets it run: to see what a view shows while its work is under way. */
public final class HeldTaskRunner implements TaskRunner {
    private final List<BackgroundTask<?>> held = new ArrayList<>();

    @Override
    public void execute(BackgroundTask<?> task) {
        held.add(task);
    }

    @Override
    public void onStart(Consumer<BackgroundTask<?>> listener) {
    }

    /** Runs the first task held; those it starts are held. */
    public void releaseOne() {
        held.remove(0).run(Runnable::run);
    }

    /** Runs every task held, and those they start, on the calling thread. */
    public void release() {
        while (!held.isEmpty()) {
            held.remove(0).run(Runnable::run);
        }
    }
}
