package app.dossier.cli;

import app.dossier.domain.InvalidInputException;
import app.dossier.domain.Language;
import app.dossier.domain.Order;
import app.dossier.domain.PacketCopy;
import app.dossier.service.PacketWritten;
import app.dossier.service.ProgressListener;
import app.dossier.service.Services;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "packet", description = {
    "Write an order's dispute packet: an A4, PDF/A, bilingual record of the claim, the message,",
    "the timeline, every piece of evidence with its SHA-256, the payments and the receiving record."})
final class PacketCommand extends DataCommand implements ReadsOnly {
    @Parameters(index = "0", paramLabel = "ORDER", description = "Order number or id.")
    String order;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "Where to write the packet.")
    Path out;

    @Option(names = "--language", paramLabel = "LANG", description = "The buyer's language beside Chinese: vi or en"
            + " (default: the dispute's, else vi).")
    String language;

    @Option(names = "--copy", paramLabel = "COPY", description = "factory (default: the claim and its evidence, no"
            + " missing-evidence warnings, no VND, no rates) or own (your copy, with everything).")
    String copy;

    @Override
    int run(Services services) {
        Order o = services.orders().find(order);
        PacketWritten summary = services.disputes().writePacket(o.id(),
                language == null ? null : secondLanguage(language),
                copy == null ? PacketCopy.FACTORY : PacketCopy.fromTag(copy), out, ProgressListener.NONE);
        out().println("Wrote " + summary.file() + ": " + summary.pages() + " pages, " + summary.photos() + " photos, "
                + (summary.bytes() / 1024) + " KB.");
        if (!summary.photosNotShown().isEmpty()) {
            err().println("Not shown (listed as missing in the packet): " + String.join(", ", summary.photosNotShown()));
        }
        return 0;
    }

    /** vi or en: the packet is always Chinese first, so Chinese is not a second language to choose. */
    static Language secondLanguage(String tag) {
        Language chosen = Language.fromTag(tag);
        if (chosen == Language.CHINESE) {
            throw new InvalidInputException("The packet is always in Chinese first; --language chooses the language"
                    + " beside it: vi (Vietnamese) or en (English), not “" + tag + "”.");
        }
        return chosen;
    }
}
