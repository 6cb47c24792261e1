package app.dossier.ui.common;

import app.dossier.service.ProgressListener;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Work that runs off the window's thread: a title, progress and a message the status line binds
 * to, a way to cancel, and what to do with the result or the failure (run on the window's thread).
 *
 * <pre>BackgroundTask.wrap(title, progress -> service.verify(progress))
 *     .onSuccess(report -> ...).onFailure(error -> ...).executeWith(runner);</pre>
 */
public final class BackgroundTask<T> {
    private final String title;
    private final Work<T> work;
    private final StringProperty message = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private volatile boolean cancelled;
    private Consumer<T> onSuccess = result -> {
    };
    private Consumer<Throwable> onFailure = error -> {
    };

    private BackgroundTask(String title, Work<T> work) {
        this.title = title;
        this.work = work;
    }

    public static <T> BackgroundTask<T> wrap(String title, Work<T> work) {
        return new BackgroundTask<>(title, Objects.requireNonNull(work));
    }

    public BackgroundTask<T> onSuccess(Consumer<T> consumer) {
        this.onSuccess = consumer;
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> consumer) {
        this.onFailure = consumer;
        return this;
    }

    public void executeWith(TaskRunner runner) {
        runner.execute(this);
    }

    public String title() {
        return title;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** 0..1, or -1 while the amount of work is not known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    /** Asks the work to stop at its next safe point; what is finished is kept. */
    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Runs the work on the calling (background) thread, reporting through {@code ui}. */
    void run(Executor ui) {
        ui.execute(() -> running.set(true));
        ProgressListener listener = new ProgressListener() {
            @Override
            public void progress(long done, long total, String text) {
                double fraction = total <= 0 ? -1 : (double) done / total;
                ui.execute(() -> {
                    progress.set(fraction);
                    message.set(text == null ? "" : text);
                });
            }

            @Override
            public boolean cancelled() {
                return cancelled;
            }
        };
        try {
            T result = work.run(listener);
            ui.execute(() -> {
                running.set(false);
                onSuccess.accept(result);
            });
        } catch (Throwable e) {
            ui.execute(() -> {
                running.set(false);
                onFailure.accept(e);
            });
        }
    }

    /** The work itself; it may report progress and should check for cancelling between steps. */
    @FunctionalInterface
    public interface Work<T> {
        T run(ProgressListener progress) throws Exception;
    }
}
