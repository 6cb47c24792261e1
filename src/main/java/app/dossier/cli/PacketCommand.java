package app.dossier.cli;

import app.dossier.domain.Language;
import app.dossier.domain.Order;
import app.dossier.domain.PacketCopy;
import app.dossier.domain.PacketOptions;
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

    @Option(names = "--language", paramLabel = "LANG", description = "The language beside Chinese: vi or en"
            + " (default: en in the factory's copy; in your own, the dispute's language, else vi).")
    String language;

    @Option(names = "--reply-within", paramLabel = "DAYS", description = "Days the factory has to reply; page 1 asks"
            + " for a reply by that date (default: 3; 1 to 30).")
    Integer replyWithin;

    @Option(names = "--copy", paramLabel = "COPY", description = "factory (default: the claim and its evidence, no"
            + " missing-evidence warnings, no VND, no rates) or own (your copy, with everything).")
    String copy;

    @Override
    int run(Services services) {
        Order o = services.orders().find(order);
        PacketOptions options = new PacketOptions(copy == null ? PacketCopy.FACTORY : PacketCopy.fromTag(copy),
                language == null ? null : Language.fromTag(language),
                replyWithin == null ? PacketOptions.USUAL_DAYS : replyWithin);
        PacketWritten summary = services.disputes().writePacket(o.id(), options, out, ProgressListener.NONE);
        out().println("Wrote " + summary.file() + ": " + summary.pages() + " pages, " + summary.photos() + " photos, "
                + (summary.bytes() / 1024) + " KB.");
        if (!summary.photosNotShown().isEmpty()) {
            err().println("Not shown (listed as missing in the packet): " + String.join(", ", summary.photosNotShown()));
        }
        return 0;
    }
}
