package app.dossier.service;

import app.dossier.domain.ChatParties;
import app.dossier.domain.ConfirmedMessage;
import app.dossier.domain.Conversation;
import app.dossier.domain.ConversationMessage;
import app.dossier.domain.DossierException;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Order;
import app.dossier.domain.PastedMessage;
import app.dossier.domain.Refusal;
import app.dossier.domain.Text;
import app.dossier.domain.TextLimit;
import app.dossier.files.FileTrees;
import app.dossier.imports.Chat;
import app.dossier.imports.ChatMessage;
import app.dossier.imports.ChatPageFiles;
import app.dossier.imports.ChatReader;
import app.dossier.imports.ChatStream;
import app.dossier.imports.ChatTimeZone;
import app.dossier.store.Chats;
import app.dossier.store.EvidenceFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Chats with factories: a WeChat conversation (a MemoTrace CSV or TXT export, or messages copied
 * from WeChat on a computer) kept as a file in the order's Chat and agreements, its messages shown,
 * and the ones where the factory confirmed the spec or the sample pinned for the dispute packet.
 */
public final class ChatService {
    private final UnitOfWork work;
    private final Chats chats;
    private final CaseRecords records;
    private final CaseFiles caseFiles;
    private final Attachments attachments;
    private final ChatReader reader;
    private final EvidenceFiles evidence;
    private final ChatPages pages;
    /** Messages inserted together; the import is one change all the same, kept whole or not at all. */
    static final int BATCH = 2_000;

    public ChatService(UnitOfWork work, Chats chats, CaseRecords records, CaseFiles caseFiles, Attachments attachments,
            ChatReader reader, EvidenceFiles evidence) {
        this.work = work;
        this.evidence = evidence;
        this.chats = chats;
        this.records = records;
        this.caseFiles = caseFiles;
        this.attachments = attachments;
        this.reader = reader;
        this.pages = new ChatPages(work, chats, records, caseFiles, attachments);
    }

    /**
     * Keeps the chat file in the order's Chat and agreements, captioned "WeChat chat with …, N
     * messages, from … to …", and its messages. A file that is not a chat Dossier can read is
     * refused with the reason, and nothing is kept. The same file again changes nothing.
     *
     * @param parties the importer's name as the chat shows it, and the factory's side; either may be null
     */
    public ChatImport importChat(long orderId, Path file, ChatParties parties) {
        return importChat(orderId, file, parties, ProgressListener.NONE);
    }

    /**
     * Keeps the chat file as {@link #importChat(long, Path, ChatParties)} does, a chat of any size: the
     * file is copied into Chat and agreements, then its copy is read message by message and the
     * messages inserted {@value #BATCH} at a time, the caption worked out as they go by, all in one
     * change. Memory does not grow with the chat. After each batch {@code progress} is told the bytes
     * of the file read of its size, and the messages read so far (as digits, for the window or the
     * terminal to word); asked to stop, the import stops at the next message and keeps nothing (no file, no message):
     * the answer is then {@link ChatImport#stoppedByUser()}.
     */
    public ChatImport importChat(long orderId, Path file, ChatParties parties, ProgressListener progress) {
        return importChat(orderId, List.of(file), parties, null, progress);
    }

    /**
     * Keeps a chat exported in one file, or in the pages PyWxDump writes for one chat ({@code
     * wxid_li_0_5000.csv}, {@code wxid_li_5000_10000.csv}…) as one conversation: each page kept byte for
     * byte in Chat and agreements, the messages read through them all in the order of their numbers.
     * Refused, with nothing kept, when the files are not the pages of one chat, with none missing
     * between them. The same files again change nothing.
     *
     * @param written the zone the chat's times were written in (the exporting computer's); they are kept
     *                on this computer's clock, and the zone with the chat so a rebuild reads it the same
     *                way. Null keeps them as written, as chats were kept before Dossier asked
     */
    public ChatImport importChat(long orderId, List<Path> files, ChatParties parties, ZoneId written) {
        return importChat(orderId, files, parties, written, ProgressListener.NONE);
    }

    /**
     * As {@link #importChat(long, List, ChatParties, ZoneId)}; a chat in one file (of any size) streams
     * into the records, {@code progress} told as it goes and asked whether to stop, as {@link
     * #importChat(long, Path, ChatParties, ProgressListener)} says. PyWxDump's pages (5,000 messages
     * each) are read together first, then kept in one change.
     */
    public ChatImport importChat(long orderId, List<Path> files, ChatParties parties, ZoneId written,
            ProgressListener progress) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no chat file given");
        }
        ChatParties sides = cleaned(parties);
        if (files.size() > 1) {
            Chat chat = ChatPages.read(reader, files, sides, work.read(db -> records.order(db, orderId)).orderedOn(),
                    written);
            return pages.keep(orderId, files, chat, sides, written);
        }
        Path file = files.get(0);
        // a time written without its year (chatlog's) is on or after the order's date, as a rebuild reads it
        LocalDate orderedOn = work.read(db -> records.order(db, orderId)).orderedOn();
        ChatReader in = written == null ? reader : reader.inZone(written);
        // refused from the file's start (or, for a text export, its whole reading) before anything is copied
        in.open(file, sides, orderedOn).close();
        try {
            return work.change("Could not import the chat “" + file.getFileName() + "”", change -> {
                Order order = records.order(change.db(), orderId);
                Attachments.Attached kept = attachments.attach(change, order, EvidenceCategory.AGREEMENT,
                        new EvidenceInput(file, "WeChat chat", null));
                long evidenceId = kept.evidence().id();
                if (kept.duplicate()) {
                    Optional<Conversation> existing = ChatPages.holding(chats, change.db(), orderId, evidenceId);
                    if (existing.isPresent()) {
                        return new ChatImport(kept.evidence(), existing.get(), chats.firstMessagesOfChat(change.db(),
                                existing.get().evidenceId(), ChatImport.SHOWN), true);
                    }
                }
                change.step("database");
                // the copy kept is read, so the messages are the kept file's, as a rebuild reads them again
                Path copy = caseFiles.tree().resolve(order.folder()).resolve(kept.evidence().file());
                String zone = written == null ? null : written.getId();
                try (ChatStream stream = in.open(copy, sides, order.orderedOn())) {
                    Conversation conversation = new Conversation(evidenceId, stream.format().name(), sides.me(),
                            sides.them(), 0, List.of(), List.of(), List.of(), zone);
                    chats.insert(change.db(), orderId, conversation);
                    Streamed streamed = insertAll(change, stream, order, evidenceId, sides, file, written, progress);
                    chats.setMessageCount(change.db(), evidenceId, streamed.caption.messages());
                    // a file the order held already as a plain file keeps the caption it was given then
                    String caption = kept.duplicate() ? kept.evidence().caption() : streamed.caption.toString();
                    evidence.updateCaption(change.db(), evidenceId, caption);
                    caseFiles.writeCase(change, orderId);
                    return new ChatImport(kept.evidence().withCaption(caption), new Conversation(evidenceId,
                            conversation.format(), sides.me(), sides.them(), streamed.caption.messages(), List.of(),
                            List.of(), List.of(), zone), streamed.shown, false, stream.yearGuessed());
                }
            });
        } catch (UnitOfWork.Stopped stopped) {
            return ChatImport.stoppedByUser();
        }
    }

    /** What streaming a chat into the records gave: its caption's figures and the first messages, to show. */
    private record Streamed(ChatMessages.Caption caption, List<ConversationMessage> shown) {
    }

    /**
     * Inserts the stream's messages a batch at a time, each time moved from {@code written} (when given)
     * to the computer's clock, telling {@code progress}; stopped between two batches.
     */
    private Streamed insertAll(Change change, ChatStream stream, Order order, long evidenceId, ChatParties sides,
            Path file, ZoneId written, ProgressListener progress) {
        ChatMessages.Caption caption = new ChatMessages.Caption(sides.them());
        List<ConversationMessage> shown = new ArrayList<>();
        List<ConversationMessage> batch = new ArrayList<>(BATCH);
        progress.progress(0, stream.size(), "0");
        for (ChatMessage read = stream.next(); read != null; read = stream.next()) {
            ChatMessage m = written == null ? read : ChatTimeZone.moved(read, written, reader.zone());
            int index = caption.messages();
            if (index >= Chats.MAX_MESSAGES) {
                throw new DossierException(Refusal.CHAT_TOO_MANY_MESSAGES.with(file.getFileName(),
                        "more than " + Chats.MAX_MESSAGES));
            }
            if (progress.cancelled()) {
                throw new UnitOfWork.Stopped();
            }
            caption.count(m);
            batch.add(ChatMessages.of(m, order.id(), evidenceId, index, false));
            if (batch.size() == BATCH) {
                insert(change, batch, shown);
                progress.progress(stream.bytesRead(), stream.size(), String.valueOf(caption.messages()));
            }
        }
        insert(change, batch, shown);
        progress.progress(stream.size(), stream.size(), String.valueOf(caption.messages()));
        return new Streamed(caption, shown);
    }

    private void insert(Change change, List<ConversationMessage> batch, List<ConversationMessage> shown) {
        if (batch.isEmpty()) {
            return;
        }
        List<ConversationMessage> saved = chats.insertMessages(change.db(), batch);
        for (int i = 0; i < saved.size() && shown.size() < ChatImport.SHOWN; i++) {
            shown.add(saved.get(i));
        }
        batch.clear();
    }

    /** The zone of this computer's clock, on which the chats' times are kept. */
    public ZoneId computerZone() {
        return reader.zone();
    }

    /**
     * Chat files chosen together, in the groups {@link #importChat(long, List, ChatParties, ZoneId)}
     * takes them: the PyWxDump pages among them together, every other file on its own.
     */
    public List<List<Path>> together(List<Path> files) {
        return ChatPageFiles.grouped(files);
    }

    /**
     * Keeps chat text pasted from the clipboard: saved as a UTF-8 .txt file ("WeChat chat
     * 2026-09-01.txt") in Chat and agreements, then read like an exported chat.
     */
    public ChatImport importPastedChat(long orderId, String text, ChatParties parties) {
        String body = text == null ? "" : text;
        Chat chat = reader.read(body, cleaned(parties));
        return keepPasted(body, chat, file -> importChat(orderId, file, parties));
    }

    /**
     * Pasted chat text read message by message for the user to check, correct and confirm; nothing
     * is changed. Refused when no line of it starts a message the way WeChat's copies do.
     */
    public List<PastedMessage> preview(String text) {
        return reader.preview(text);
    }

    /** A chat file's messages as the preview reads them ({@code dossier import-chat --preview}); nothing is changed. */
    public List<PastedMessage> preview(Path file) {
        return reader.preview(file);
    }

    /**
     * Keeps pasted chat text as the user confirmed it in the preview: the text as pasted is the file in
     * Chat and agreements ("WeChat chat 2026-09-01.txt"), and the messages are the confirmed ones,
     * kept in case.json too so a rebuild gives them back. Refused, with nothing changed, when a
     * message has no time or no sender, or none is left.
     */
    public ChatImport importConfirmedChat(long orderId, String text, ChatParties parties,
            List<PastedMessage> confirmed) {
        ChatParties sides = cleaned(parties);
        if (confirmed.isEmpty()) {
            throw new DossierException(Refusal.CHAT_NOTHING_CONFIRMED.with());
        }
        List<ConfirmedMessage> messages = new ArrayList<>(confirmed.size());
        for (int i = 0; i < confirmed.size(); i++) {
            PastedMessage m = confirmed.get(i);
            Refusal problem = m.problem();
            if (problem != null) {
                throw new DossierException(problem.with(i + 1, m.line()));
            }
            messages.add(new ConfirmedMessage(m.sentAt(), TextLimit.CHAT_NAME.checked(m.sender()),
                    Normalizer.normalize(m.text().strip(), Normalizer.Form.NFC)));
        }
        Chat chat = Chat.confirmed(messages, sides);
        return keepPasted(text == null ? "" : text, chat,
                file -> keep(orderId, file, chat, sides, Conversation.CONFIRMED, messages));
    }

    /**
     * Keeps a chat read whole (a pasted one, as the user confirmed it), its messages inserted together.
     * Its times are kept as pasted: WeChat shows them on the computer's own clock.
     */
    private ChatImport keep(long orderId, Path file, Chat chat, ChatParties sides, String format,
            List<ConfirmedMessage> confirmed) {
        if (chat.messages().size() >= Chats.MAX_MESSAGES) {
            throw new DossierException(Refusal.CHAT_TOO_MANY_MESSAGES.with(file.getFileName(), chat.messages().size()));
        }
        String caption = ChatMessages.caption(chat, sides.them());
        return work.change("Could not import the chat “" + file.getFileName() + "”", change -> {
            Order order = records.order(change.db(), orderId);
            Attachments.Attached kept = attachments.attach(change, order, EvidenceCategory.AGREEMENT,
                    new EvidenceInput(file, caption, null));
            long evidenceId = kept.evidence().id();
            if (kept.duplicate()) {
                Optional<Conversation> existing = ChatPages.holding(chats, change.db(), orderId, evidenceId);
                if (existing.isPresent()) {
                    return new ChatImport(kept.evidence(), existing.get(),
                            chats.messagesOfChat(change.db(), existing.get().evidenceId()), true);
                }
            }
            change.step("database");
            Conversation conversation = new Conversation(evidenceId, format, sides.me(), sides.them(),
                    chat.messages().size(), List.of(), confirmed);
            chats.insert(change.db(), orderId, conversation);
            List<ConversationMessage> saved = chats.insertMessages(change.db(),
                    ChatMessages.of(chat, orderId, evidenceId, Set.of()));
            caseFiles.writeCase(change, orderId);
            return new ChatImport(kept.evidence(), conversation, saved, false, chat.yearGuessed());
        });
    }

    /** The pasted text saved as it was pasted, in a temp folder, for {@code keep} to attach. */
    private static ChatImport keepPasted(String body, Chat chat, Function<Path, ChatImport> keep) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("dossier-chat");
            Path file = folder.resolve(pastedName(chat));
            Files.writeString(file, body, StandardCharsets.UTF_8);
            return keep.apply(file);
        } catch (IOException e) {
            throw new DossierException(Refusal.CHAT_PASTE_NOT_SAVED.with(e.getMessage()), e);
        } finally {
            deleteQuietly(folder);
        }
    }

    /** The chats kept in the order, each with its pinned messages. */
    public List<Conversation> chats(long orderId) {
        return work.read(db -> chats.ofOrder(db, orderId));
    }

    /** Every message of the order's chats, by the time it was sent. */
    public List<ConversationMessage> messages(long orderId) {
        return work.read(db -> chats.messagesOfOrder(db, orderId));
    }

    /** The order's pinned messages, by the time they were sent, as the dispute packet quotes them. */
    public List<ConversationMessage> pinned(long orderId) {
        return work.read(db -> chats.pinnedOfOrder(db, orderId));
    }

    /** Pins a message (or takes the pin off); the order's case.json keeps the pins. */
    public ConversationMessage pin(long messageId, boolean pinned) {
        return work.change(pinned ? "Could not pin the message" : "Could not unpin the message", change -> {
            ConversationMessage message = chats.message(change.db(), messageId)
                    .orElseThrow(() -> new DossierException(Refusal.MESSAGE_NO_LONGER_IN_CASE.with()));
            if (message.pinned() == pinned) {
                return message;
            }
            change.step("database");
            chats.setPinned(change.db(), messageId, pinned);
            caseFiles.writeCase(change, message.orderId());
            return message.withPinned(pinned);
        });
    }

    private static ChatParties cleaned(ChatParties parties) {
        return parties == null ? ChatParties.UNKNOWN : new ChatParties(TextLimit.CHAT_NAME.checked(parties.me()),
                TextLimit.CHAT_NAME.checked(parties.them()));
    }

    private static String pastedName(Chat chat) {
        LocalDate first = chat.messages().get(0).sentAt().toLocalDate();
        LocalDate last = chat.messages().get(chat.messages().size() - 1).sentAt().toLocalDate();
        return "WeChat chat " + first + (last.equals(first) ? "" : " to " + last) + ".txt";
    }

    private static void deleteQuietly(Path folder) {
        // a temp folder left behind is removed by the system
        FileTrees.deleteQuietly(folder);
    }
}
