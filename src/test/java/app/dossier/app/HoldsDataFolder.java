package app.dossier.app;

import app.dossier.service.DataLocation;
import app.dossier.service.Services;
import java.nio.file.Path;

/**
 * Test-only main: a second Dossier process that opens the data folder given as its argument, as the
 * window does, says "open PID" on its output, and keeps the folder open until it is killed.
 */
public final class HoldsDataFolder {
    private HoldsDataFolder() {
    }

    public static void main(String[] args) throws Exception {
        try (Services services = new Composition().open(DataLocation.resolve(Path.of(args[0]), null))) {
            System.out.println("open " + ProcessHandle.current().pid());
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
