package app.dossier.cli;

import app.dossier.domain.Evidence;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Order;
import app.dossier.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "move-file", description = {
    "Move a file attached to the wrong category to the right one, in the same order: it keeps its",
    "caption, marked defect and the defects it shows. A payment's proof stays in payment and a chat",
    "in agreement. With --to-order, move it to another order (into --to, or the category it has);",
    "a payment's proof, a chat, a photo that shows a defect or a dispute step's file stays."})
final class MoveFileCommand extends DataCommand {
    @Parameters(index = "0", paramLabel = "ORDER", description = "Order number or id.")
    String order;

    @Parameters(index = "1", paramLabel = "FILE", description = "The file, by its file name, its path in the order's"
            + " folder or its id (see 'dossier show ORDER').")
    String file;

    @Option(names = "--to", paramLabel = "CATEGORY",
            description = "agreement, confirmation, payment or receiving.")
    String category;

    @Option(names = "--to-order", paramLabel = "OTHER", description = "Another order, by number or id.")
    String toOrder;

    @Override
    int run(Services services) {
        if (category == null && toOrder == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "Missing option: give --to CATEGORY, --to-order OTHER, or both.");
        }
        EvidenceCategory target = category == null ? null : EvidenceCategory.fromShortName(category);
        Order o = services.orders().find(order);
        Evidence found = OrderFiles.find(services, o, file);
        if (toOrder != null) {
            Order other = services.orders().find(toOrder);
            Evidence moved = services.evidence().moveToOrder(found.id(), other.id(), target);
            out().println("Moved " + found.file() + " from order " + o.label() + " to " + moved.file() + " in order "
                    + other.label() + ".");
            return 0;
        }
        Evidence moved = services.evidence().move(found.id(), target);
        out().println("Moved " + found.file() + " to " + moved.file() + " in order " + o.label() + ".");
        return 0;
    }
}
