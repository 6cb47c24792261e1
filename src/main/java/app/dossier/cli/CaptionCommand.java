package app.dossier.cli;

import app.dossier.domain.DossierException;
import app.dossier.domain.Evidence;
import app.dossier.domain.Order;
import app.dossier.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "caption", description = "Set or clear the caption of one of an order's files.")
final class CaptionCommand extends DataCommand {
    @Parameters(index = "0", paramLabel = "ORDER", description = "Order number or id.")
    String order;

    @Parameters(index = "1", paramLabel = "FILE", description = "The file, by its file name, its path in the order's"
            + " folder or its id (see 'dossier show ORDER').")
    String file;

    @Parameters(index = "2", arity = "0..1", paramLabel = "TEXT", description = "The caption, on one line.")
    String text;

    @Option(names = "--clear", description = "Remove the caption.")
    boolean clear;

    @Override
    int run(Services services) {
        if ((text == null) != clear) {
            throw new DossierException("Give the caption's TEXT, or --clear to remove it (not both).");
        }
        Order o = services.orders().find(order);
        Evidence found = OrderFiles.find(services, o, file);
        Evidence saved = services.evidence().setCaption(found.id(), clear ? null : text);
        out().println(saved.caption() == null ? "Cleared the caption of " + found.file() + " in order " + o.label() + "."
                : "Captioned " + found.file() + " in order " + o.label() + ": " + saved.caption());
        return 0;
    }
}
