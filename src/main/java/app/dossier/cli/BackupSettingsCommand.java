package app.dossier.cli;

import app.dossier.service.BackupSettings;
import app.dossier.service.Services;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "backup-settings", description = {
    "Show or change the automatic backup the window makes when it starts:",
    "every N days (0 turns it off), keeping the newest K, in a folder (default <data>/Backups)."})
final class BackupSettingsCommand extends DataCommand {
    @Option(names = "--every", paramLabel = "DAYS", description = "Back up when the newest backup is this many days old (0: never).")
    Integer everyDays;

    @Option(names = "--keep", paramLabel = "N", description = "How many automatic backups to keep (at least 1).")
    Integer keep;

    @Option(names = "--folder", paramLabel = "DIR", description = "Where automatic backups go, e.g. a USB disk or a synced folder.")
    Path folder;

    @Option(names = "--default-folder", description = "Put automatic backups back in <data>/Backups.")
    boolean defaultFolder;

    @Override
    int run(Services services) {
        BackupSettings now = services.backups().settings();
        if (everyDays != null || keep != null || folder != null || defaultFolder) {
            now = new BackupSettings(everyDays == null ? now.everyDays() : everyDays, keep == null ? now.keep() : keep,
                    defaultFolder ? null : folder == null ? now.folder() : folder);
            services.backups().saveSettings(now);
        }
        out().println("Automatic backup  " + (now.automatic() ? "every " + now.everyDays() + " days" : "off"));
        out().println("Keep              " + now.keep());
        out().println("Folder            " + services.backups().folder());
        var backups = services.backups().automaticBackups();
        out().println("Newest backup     " + (backups.isEmpty() ? "none yet" : backups.get(0).getFileName()));
        return 0;
    }
}
