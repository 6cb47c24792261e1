package app.dossier.cli;

import app.dossier.domain.Evidence;
import app.dossier.domain.Order;
import app.dossier.service.Services;
import app.dossier.service.TrashedFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "remove-file", description = {
    "Move a file attached by mistake out of the order to the trash, with the record of what it was;",
    "'dossier trash restore ID' puts it back where it was. A payment's proof, a chat or a dispute",
    "step's file is refused; a photo shown for a defect by kind is unlinked from it."})
final class RemoveFileCommand extends DataCommand {
    @Parameters(index = "0", paramLabel = "ORDER", description = "Order number or id.")
    String order;

    @Parameters(index = "1", paramLabel = "FILE", description = "The file, by its file name, its path in the order's"
            + " folder or its id (see 'dossier show ORDER').")
    String file;

    @Override
    int run(Services services) {
        Order o = services.orders().find(order);
        Evidence found = OrderFiles.find(services, o, file);
        TrashedFile trashed = services.trash().remove(found.id());
        out().println("Moved " + found.file() + " of order " + o.label() + " to the trash ("
                + trashed.location().getParent() + ").");
        if (!trashed.defectKinds().isEmpty()) {
            out().println("It no longer shows the defects: " + String.join(", ", trashed.defectKinds())
                    .toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ".");
        }
        out().println("Put it back with: dossier trash restore " + trashed.id());
        return 0;
    }
}
