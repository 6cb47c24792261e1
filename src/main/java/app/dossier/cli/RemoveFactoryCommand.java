package app.dossier.cli;

import app.dossier.domain.Factory;
import app.dossier.service.Removal;
import app.dossier.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "remove-factory", description = {"Remove a factory added by mistake.",
        "A factory without orders is deleted (its folder goes to the trash); one with orders is archived:",
        "hidden from the list of factories, its orders left as they are. Not while a dispute about one of",
        "its orders is open."})
final class RemoveFactoryCommand extends DataCommand {
    @Parameters(index = "0", paramLabel = "FACTORY", description = "Name, part of it, or id.")
    String factory;

    @Override
    int run(Services services) {
        Factory f = services.factories().find(factory);
        Removal removal = services.factories().remove(f.id());
        if (!removal.archived()) {
            out().println("Deleted the factory " + f.displayName() + ": it had no orders. Its folder is in the trash"
                    + " until 'dossier trash empty'.");
        } else {
            out().println("Archived the factory " + f.displayName() + " — it has "
                    + RemoveOrderCommand.count(removal.orders(), "order") + ", which stay as they are. Unarchive it"
                    + " with 'dossier unarchive-factory " + f.id() + "'; 'dossier factories --archived' lists"
                    + " archived factories.");
        }
        return 0;
    }
}
