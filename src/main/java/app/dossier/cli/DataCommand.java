package app.dossier.cli;

import app.dossier.service.Services;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** A command that works on one data folder: opens it, runs, closes it. */
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

    @Override
    public Integer call() throws Exception {
        try (Services services = root.folders().open(dataOptions.location())) {
            return run(services);
        }
    }

    abstract int run(Services services) throws Exception;
}
