package app.dossier.cli;

import app.dossier.domain.ChatParties;
import app.dossier.domain.ConversationMessage;
import app.dossier.domain.DateInput;
import app.dossier.domain.Order;
import app.dossier.service.ChatImport;
import app.dossier.service.Services;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import-chat", description = {
    "Keep a WeChat chat in an order's Chat and agreements and show its messages: a MemoTrace (留痕) CSV or TXT",
    "export, or messages copied from WeChat on a computer and saved as text."})
final class ImportChatCommand extends DataCommand {
    private static final int SHOWN_LENGTH = 100;

    @Parameters(index = "0", paramLabel = "ORDER", description = "Order number or id.")
    String order;

    @Parameters(index = "1", paramLabel = "FILE", description = "The chat export or text file.")
    Path file;

    @Option(names = "--me", paramLabel = "NAME", description = "Your name as the chat shows it, to tell your messages apart.")
    String me;

    @Option(names = "--them", paramLabel = "NAME",
            description = "The factory's name in the chat, where the export gives none (a MemoTrace CSV).")
    String them;

    @Override
    int run(Services services) {
        Order o = services.orders().find(order);
        ChatImport imported = services.chats().importChat(o.id(), file, new ChatParties(me, them));
        String where = o.folder() + "/" + imported.evidence().file();
        if (imported.alreadyImported()) {
            out().println("Already kept as " + where + "; nothing was changed.");
        } else {
            out().println("Kept " + where + ": " + imported.evidence().caption());
        }
        Table table = new Table("ID", "SENT", "FROM", "PIN", "MESSAGE");
        for (ConversationMessage m : imported.messages()) {
            table.row(m.id(), DateInput.format(m.sentAt()), m.sender().isEmpty() ? "(WeChat)" : m.sender(),
                    m.pinned() ? "*" : "", shown(m.text()));
        }
        table.print(out());
        return 0;
    }

    private static String shown(String text) {
        String line = text.strip().replaceAll("\\s*\\R\\s*", " / ");
        return line.length() <= SHOWN_LENGTH ? line : line.substring(0, SHOWN_LENGTH - 1) + "…";
    }
}
