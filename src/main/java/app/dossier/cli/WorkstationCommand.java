package app.dossier.cli;

import app.dossier.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "workstation", description = {
    "Show or set the name this computer's changes are recorded under in each order's history",
    "(until one is set: the computer's user name)."})
final class WorkstationCommand extends DataCommand {
    @Option(names = "--user", paramLabel = "NAME", description = "The name to record changes under; \"\" goes back to the computer's user name.")
    String user;

    @Override
    int run(Services services) {
        if (user != null) {
            services.history().workstation().name(user);
        }
        out().println("Changes made here are recorded as " + services.history().workstation().user() + ".");
        return 0;
    }
}
