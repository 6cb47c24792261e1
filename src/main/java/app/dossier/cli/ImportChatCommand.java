package app.dossier.cli;

import app.dossier.domain.ChatParties;
import app.dossier.domain.ConversationMessage;
import app.dossier.domain.DateInput;
import app.dossier.domain.Order;
import app.dossier.domain.PastedMessage;
import app.dossier.domain.words.Words;
import app.dossier.service.ChatImport;
import app.dossier.service.ChatZones;
import app.dossier.service.Services;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import-chat", description = {
    "Keep a WeChat chat in an order's Chat and agreements and show its messages: a MemoTrace (留痕), PyWxDump,",
    "WechatExporter or chatlog export, or messages copied from WeChat and saved as text. Several files are the",
    "pages PyWxDump wrote for one chat (wxid_li_0_5000.csv wxid_li_5000_10000.csv …), kept as one conversation.",
    "With --preview, only show the messages as read, each with what to check, and change nothing."})
final class ImportChatCommand extends DataCommand {
    private static final int SHOWN_LENGTH = 100;

    @Parameters(index = "0", paramLabel = "ORDER", description = "Order number or id.")
    String order;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE",
            description = "The chat export or text file, or every page of a PyWxDump export of one chat.")
    List<Path> files;

    @Option(names = "--zone", paramLabel = "ZONE", description = {
        "The time zone the chat's times were written in (the exporting computer's), such as Asia/Shanghai or",
        "Asia/Ho_Chi_Minh; they are kept on this computer's clock. Default: the zone given in the window's",
        "Settings, else this computer's."})
    String zone;

    @Option(names = "--me", paramLabel = "NAME", description = "Your name as the chat shows it, to tell your messages apart.")
    String me;

    @Option(names = "--them", paramLabel = "NAME",
            description = "The factory's name in the chat, where the export gives none (a MemoTrace CSV).")
    String them;

    @Option(names = "--preview",
            description = "Only show each message as read (sender, time, what to check); change nothing on disk.")
    boolean preview;

    @Override
    boolean changesNothing() {
        return preview;
    }

    @Override
    int run(Services services) {
        Order o = services.orders().find(order);
        if (preview) {
            return preview(services);
        }
        ZoneId written = zone != null ? ChatZones.read(zone)
                : ChatZones.remembered(services.settings()).orElse(services.chats().computerZone());
        String name = files.size() == 1 ? String.valueOf(files.get(0).getFileName())
                : files.get(0).getFileName() + " and its other pages";
        ChatImport imported = services.chats().importChat(o.id(), files, new ChatParties(me, them), written,
                new TerminalProgress(err(), read -> String.format(Locale.ROOT, "%,d messages read from %s", read,
                        name)));
        String where = o.folder() + "/" + imported.evidence().file();
        int pages = imported.conversation().pages().size();
        String others = pages == 0 ? "" : pages == 1 ? " with 1 more page" : " with " + pages + " more pages";
        if (imported.alreadyImported()) {
            out().println("Already kept as " + where + others + "; nothing was changed.");
        } else {
            out().println("Kept " + where + others + ": " + imported.evidence().caption());
            if (!written.equals(services.chats().computerZone())) {
                out().println("Its times were written in " + written.getId() + " and are shown on this computer's clock ("
                        + services.chats().computerZone().getId() + ").");
            }
            if (imported.yearGuessed()) {
                out().println("The export gives its times without the year: each is in the year nearest the order's"
                        + " date. Check the first and last times above.");
            }
        }
        Table table = new Table("ID", "SENT", "FROM", "PIN", "MESSAGE");
        for (ConversationMessage m : imported.messages()) {
            table.row(m.id(), DateInput.format(m.sentAt()), m.sender().isEmpty() ? "(WeChat)" : m.sender(),
                    m.pinned() ? "*" : "", shown(m.text()));
        }
        table.print(out());
        int held = imported.conversation().messages();
        if (held > imported.messages().size()) {
            out().println(String.format(Locale.ROOT, "The first %,d of the chat's %,d messages are shown; `dossier search`"
                    + " finds any of them.", imported.messages().size(), held));
        }
        return 0;
    }

    private int preview(Services services) {
        for (Path file : files) {
            preview(services, file);
        }
        return 0;
    }

    private void preview(Services services, Path file) {
        List<PastedMessage> messages = services.chats().preview(file);
        Words words = Words.english();
        long doubts = messages.stream().filter(m -> m.doubt() != null).count();
        out().println(words.get("cli.chat.preview", file.getFileName(), messages.size(), doubts));
        Table table = new Table("#", "LINE", "SENT", "FROM", "CHECK", "MESSAGE");
        for (int i = 0; i < messages.size(); i++) {
            PastedMessage m = messages.get(i);
            table.row(i + 1, m.line() == 0 ? "" : m.line(), m.sentAt() == null ? "?" : DateInput.format(m.sentAt()),
                    m.sender().isEmpty() ? "?" : m.sender(),
                    m.doubt() == null ? "" : words.get("cli.chat.doubt." + m.doubt().name()), shown(m.text()));
        }
        table.print(out());
    }

    private static String shown(String text) {
        String line = text.strip().replaceAll("\\s*\\R\\s*", " / ");
        return line.length() <= SHOWN_LENGTH ? line : line.substring(0, SHOWN_LENGTH - 1) + "…";
    }
}
