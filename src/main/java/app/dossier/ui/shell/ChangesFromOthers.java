package app.dossier.ui.shell;

import app.dossier.ui.common.UiContext;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.BooleanSupplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;

/**
 * Shows in this window what other people save from their own PCs (a team on a server): the section
 * in view reloads within about a second of their save and the status line says how many orders
 * changed. A burst of saves (an import on another PC) reloads once. While this window holds typing
 * not saved yet nothing is reloaded under it; the status line says so and it shows on the next reload.
 */
final class ChangesFromOthers implements AutoCloseable {
    static final Duration GATHER = Duration.millis(600);

    private final UiContext context;
    private final Runnable reload;
    private final BooleanSupplier typing;
    private final Set<Long> orders = new LinkedHashSet<>();
    private final PauseTransition gathering = new PauseTransition(GATHER);
    private final AutoCloseable listening;
    private boolean closed;

    ChangesFromOthers(UiContext context, Runnable reload, BooleanSupplier typing) {
        this.context = context;
        this.reload = reload;
        this.typing = typing;
        gathering.setOnFinished(e -> show());
        this.listening = context.services().elsewhere().listen(changed -> Platform.runLater(() -> heard(changed)));
    }

    private void heard(Set<Long> changed) {
        if (closed) {
            return;
        }
        orders.addAll(changed);
        gathering.playFromStart();
    }

    private void show() {
        if (closed) {
            return;
        }
        int count = orders.size();
        orders.clear();
        if (typing.getAsBoolean()) {
            context.navigator().say(context.t("elsewhere.waiting"));
            return;
        }
        reload.run();
        context.navigator().say(count == 0 ? context.t("elsewhere.shown") : context.t("elsewhere.orders", count));
    }

    @Override
    public void close() {
        closed = true;
        gathering.stop();
        try {
            listening.close();
        } catch (Exception e) {
            // the connection that listened is gone with it
        }
    }
}
