package app.dossier.cli;

import app.dossier.domain.DossierException;
import app.dossier.domain.words.Words;
import app.dossier.service.DataFolderInUseException;
import app.dossier.service.DataLocation;
import app.dossier.service.Services;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A command that works on one data folder: opens it, runs, closes it. Opening takes the folder's
 * single-writer lock; when another Dossier holds it, a command marked {@link ReadsOnly} goes on
 * with a read-only database and says so, and any other command stops with who holds it. A data
 * folder that cannot be written at all (a read-only disc or share) is opened the same way, without
 * a lock, and said to be read-only.
 */
abstract class DataCommand implements Callable<Integer> {
    @ParentCommand
    DossierCommand root;

    @Mixin
    DataOptions dataOptions;

    @Spec
    CommandSpec spec;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** True when this run must change no byte on disk (a dry run): the folder is only read, and not locked. */
    boolean changesNothing() {
        return false;
    }

    /**
     * True when this run changes nothing (see {@link ReadsOnly}); a command that changes something only
     * when asked to says so itself.
     */
    boolean readsOnly() {
        return this instanceof ReadsOnly;
    }

    @Override
    public Integer call() throws Exception {
        DataLocation location = dataOptions.peek();
        if (changesNothing()) {
            try (Services services = root.folders().openUntouched(location)) {
                return run(services);
            }
        }
        if (!root.folders().canChange(location)) {
            if (!readsOnly()) {
                throw new DossierException(Words.english().get("cli.dataFolder.readOnly", location.dataFolder()));
            }
            err().println(Words.english().get("cli.dataFolder.openedForReading", location.dataFolder()));
            try (Services services = root.folders().openReadOnly(location)) {
                return run(services);
            }
        }
        Services opened;
        try {
            opened = root.folders().open(location);
        } catch (DataFolderInUseException busy) {
            if (!readsOnly()) {
                throw new DossierException(Words.english().get("cli.dataFolder.inUse", busy.getMessage()), busy);
            }
            err().println(busy.readingOnlyNote());
            opened = root.folders().openReadOnly(location);
            try (Services services = opened) {
                return run(services);
            }
        }
        try (Services services = opened) {
            for (String line : services.recovered()) {
                err().println(Words.english().get("cli.recovered", line));
            }
            dataOptions.location(); // remembers a --case-files given, now that this process holds the folder
            return run(services);
        }
    }

    abstract int run(Services services) throws Exception;
}
