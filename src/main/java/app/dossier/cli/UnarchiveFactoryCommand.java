package app.dossier.cli;

import app.dossier.domain.Factory;
import app.dossier.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "unarchive-factory", description = "Bring an archived factory back into the list of factories.")
final class UnarchiveFactoryCommand extends DataCommand {
    @Parameters(index = "0", paramLabel = "FACTORY", description = "Name, part of it, or id (see 'dossier factories --archived').")
    String factory;

    @Override
    int run(Services services) {
        Factory f = services.factories().unarchive(services.factories().find(factory).id());
        out().println("Unarchived the factory " + f.displayName() + ".");
        return 0;
    }
}
