package app.dossier.cli;

import app.dossier.service.BackupReport;
import app.dossier.service.ProgressListener;
import app.dossier.service.Services;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "backup", description = {
    "Back the data folder up into one zip: the database and every case file, each with its SHA-256.",
    "Without --out it goes into the backups folder (see backup-settings), named by the time,",
    "and the oldest automatic backups beyond the number to keep are removed."})
final class BackupCommand extends DataCommand {
    @Option(names = "--out", paramLabel = "FILE.zip", description = "Where to write the backup; it must not exist yet.")
    Path out;

    @Override
    int run(Services services) {
        BackupReport report = out == null
                ? services.backups().backupNow(ProgressListener.NONE)
                : services.backups().backup(out, ProgressListener.NONE);
        out().println("Backed up the database and " + (report.files() - 1) + " case files (" + Sizes.of(report.bytes())
                + ") to " + report.file());
        report.removed().forEach(old -> out().println("Removed the old backup " + old));
        return 0;
    }
}
