package app.dossier.cli;

import app.dossier.service.ProgressListener;
import app.dossier.service.Services;
import picocli.CommandLine.Command;

@Command(name = "sample", description = "Load the sample business (3 factories, 5 orders) into an empty data folder.")
final class SampleCommand extends DataCommand {
    @Override
    int run(Services services) {
        String why = services.sample().whyNot();
        if (why != null) {
            err().println(why);
            return 1;
        }
        int orders = services.sample().load(ProgressListener.NONE);
        out().println("Loaded the sample: " + services.factories().list().size() + " factories, " + orders
                + " orders, into " + services.location().caseFilesRoot());
        return 0;
    }
}
