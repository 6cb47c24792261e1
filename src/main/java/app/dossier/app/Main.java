package app.dossier.app;

import app.dossier.cli.DossierCommand;
import app.dossier.service.DataLocation;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Starts Dossier: the window when there is no command (optionally with {@code --data DIR} and
 * {@code --case-files DIR}), the command line otherwise. The command line never loads JavaFX, so
 * it runs on machines without a display.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        DataLocation window = windowLocation(args);
        if (window != null) {
            Desktop.start(new Composition(), window);
            return;
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(DossierCommand.run(new Composition(), args, out, err));
    }

    /** The data folder to open the window on when the arguments hold only data-folder options; else null. */
    static DataLocation windowLocation(String[] args) {
        Path data = null;
        Path caseFiles = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value = null;
            String name = arg;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.length) {
                value = args[i + 1];
            }
            if (!name.equals("--data") && !name.equals("--case-files") || value == null) {
                return null;
            }
            if (equals < 0) {
                i++;
            }
            if (name.equals("--data")) {
                data = Path.of(value);
            } else {
                caseFiles = Path.of(value);
            }
        }
        return DataLocation.resolve(data, caseFiles);
    }
}
