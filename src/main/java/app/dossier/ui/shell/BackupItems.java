package app.dossier.ui.shell;

import app.dossier.ui.common.BackgroundTask;
import app.dossier.ui.common.Dialogs;
import app.dossier.ui.common.ErrorText;
import app.dossier.ui.common.Icons;
import app.dossier.ui.common.UiContext;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.scene.control.MenuItem;

/**
 * Tools › Back up now and Restore from a backup…: the backups the app already makes on its own and
 * the command line makes with {@code backup}/{@code restore}, from the window. Both run in the
 * background with their progress and a Stop button in the status line.
 */
final class BackupItems {
    private final UiContext context;

    BackupItems(UiContext context) {
        this.context = context;
    }

    /** Back up now: a backup into the backups folder, named by the time, like the automatic ones. */
    MenuItem backUpNow() {
        MenuItem item = new MenuItem(context.t("menu.backupNow"), Icons.of("mdi2b-backup-restore"));
        item.setId("backup-now");
        item.setOnAction(e -> BackgroundTask.wrap(context.t("backup.running"),
                        progress -> context.services().backups().backupNow(progress))
                .onSuccess(report -> context.navigator().say(context.t("backup.done", report.file())))
                .onFailure(error -> context.navigator().warn(
                        context.t("backup.now.failed", ErrorText.of(error, context.texts()))))
                .executeWith(context.runner()));
        return item;
    }

    /**
     * Restore…: a backup chosen, then a question that says what happens to the records there now;
     * {@code restore} does it and reopens the window on what was restored.
     */
    MenuItem restore(BooleanSupplier unsavedTyping, Consumer<Path> restore) {
        MenuItem item = new MenuItem(context.t("menu.restore"), Icons.of("mdi2f-folder-refresh-outline"));
        item.setId("restore");
        item.setOnAction(e -> {
            List<Path> chosen = context.platform().chooseFiles(context.t("restore.choose"));
            if (chosen.isEmpty()) {
                return;
            }
            Path backup = chosen.get(0);
            String question = context.t("restore.confirm", backup.getFileName(), context.services().location().dataFolder())
                    + (unsavedTyping.getAsBoolean() ? "\n\n" + context.t("restore.unsaved") : "");
            if (Dialogs.confirm(context, question)) {
                restore.accept(backup);
            }
        });
        return item;
    }
}
