package app.dossier.app;

import app.dossier.cli.DossierCommand;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Starts Dossier: the window when there are no arguments, the command line otherwise.
 * The command line never loads JavaFX, so it runs on machines without a display.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            Desktop.start(new Composition());
            return;
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(DossierCommand.run(new Composition(), args, out, err));
    }
}
