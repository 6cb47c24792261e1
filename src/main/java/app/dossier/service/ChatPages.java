package app.dossier.service;

import app.dossier.domain.ChatParties;
import app.dossier.domain.Conversation;
import app.dossier.domain.ConversationMessage;
import app.dossier.domain.DossierException;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Order;
import app.dossier.domain.Refusal;
import app.dossier.imports.Chat;
import app.dossier.imports.ChatReader;
import app.dossier.imports.ChatTimeZone;
import app.dossier.store.Chats;
import app.dossier.store.Session;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chat exported in several files (PyWxDump writes 5,000 messages a file: {@code wxid_li_0_5000.csv},
 * {@code wxid_li_5000_10000.csv}…) kept as one conversation: every page kept byte for byte in Chat and
 * agreements as evidence of its own, the messages numbered through them all under the first page, and
 * the conversation listing its other pages so that a rebuild reads them together again. Also the reading
 * of a chat's files in the zone its times were written in, for import and rebuild alike.
 */
final class ChatPages {
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private final UnitOfWork work;
    private final Chats chats;
    private final CaseRecords records;
    private final CaseFiles caseFiles;
    private final Attachments attachments;

    ChatPages(UnitOfWork work, Chats chats, CaseRecords records, CaseFiles caseFiles, Attachments attachments) {
        this.work = work;
        this.chats = chats;
        this.records = records;
        this.caseFiles = caseFiles;
        this.attachments = attachments;
    }

    /**
     * A chat's files read as one chat, its times moved from the zone they were written in to the
     * computer's clock (none given: kept as written, as chats were before Dossier asked).
     */
    static Chat read(ChatReader reader, List<Path> files, ChatParties parties, LocalDate orderedOn, ZoneId written) {
        ChatReader in = written == null ? reader : reader.inZone(written);
        Chat chat = files.size() == 1 ? in.read(files.get(0), parties, orderedOn) : in.read(files, parties);
        return written == null ? chat : ChatTimeZone.moved(chat, written, reader.zone());
    }

    /** The zone as case.json keeps it; null for a chat kept before Dossier asked, or one that is not a zone. */
    static ZoneId zone(String id) {
        try {
            return id == null ? null : ZoneId.of(id);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /**
     * Keeps the pages and the chat read from them in one change. The same pages again change nothing;
     * a page already kept in another of the order's chats is refused, and nothing is kept.
     */
    ChatImport keep(long orderId, List<Path> files, Chat chat, ChatParties sides, ZoneId zone) {
        List<Path> pages = inOrder(files);
        if (chat.messages().size() >= Chats.MAX_MESSAGES) {
            throw new DossierException(Refusal.CHAT_TOO_MANY_MESSAGES.with(pages.get(0).getFileName(),
                    chat.messages().size()));
        }
        String caption = ChatMessages.caption(chat, sides.them());
        return work.change("Could not import the chat “" + pages.get(0).getFileName() + "” and its other pages",
                change -> {
            Order order = records.order(change.db(), orderId);
            List<Attachments.Attached> kept = new ArrayList<>();
            for (int i = 0; i < pages.size(); i++) {
                kept.add(attachments.attach(change, order, EvidenceCategory.AGREEMENT, new EvidenceInput(pages.get(i),
                        caption + ", page " + (i + 1) + " of " + pages.size(), null)));
            }
            List<Long> ids = kept.stream().map(k -> k.evidence().id()).toList();
            Optional<ChatImport> already = already(change.db(), orderId, kept, ids);
            if (already.isPresent()) {
                return already.get();
            }
            change.step("database");
            long first = ids.get(0);
            Conversation conversation = new Conversation(first, chat.format().name(), sides.me(), sides.them(),
                    chat.messages().size(), List.of(), List.of(), ids.subList(1, ids.size()),
                    zone == null ? null : zone.getId());
            chats.insert(change.db(), orderId, conversation);
            List<ConversationMessage> saved = chats.insertMessages(change.db(),
                    ChatMessages.of(chat, orderId, first, Set.of()));
            caseFiles.writeCase(change, orderId);
            return new ChatImport(kept.get(0).evidence(), conversation, saved, false, chat.yearGuessed());
        });
    }

    /**
     * The chat these very pages were kept as before, when they were; refused when one of them is kept
     * in a chat of other files.
     */
    private Optional<ChatImport> already(Session db, long orderId, List<Attachments.Attached> kept, List<Long> ids) {
        for (int i = 0; i < ids.size(); i++) {
            Optional<Conversation> holding = holding(chats, db, orderId, ids.get(i));
            if (holding.isEmpty()) {
                continue;
            }
            Conversation chat = holding.get();
            if (kept.stream().allMatch(Attachments.Attached::duplicate)
                    && new HashSet<>(chat.files()).equals(new HashSet<>(ids))) {
                return Optional.of(new ChatImport(kept.get(0).evidence(), chat,
                        chats.messagesOfChat(db, chat.evidenceId()), true));
            }
            throw new DossierException(Refusal.CHAT_PAGE_ALREADY_KEPT.with(kept.get(i).evidence().fileName(),
                    chat.messages()));
        }
        return Optional.empty();
    }

    /** The order's chat the file is kept in, as its first file or one of its pages. */
    static Optional<Conversation> holding(Chats chats, Session db, long orderId, long evidenceId) {
        return chats.ofOrder(db, orderId).stream().filter(c -> c.holds(evidenceId)).findFirst();
    }

    /**
     * The pages by their names' numbers ({@code _0_5000} before {@code _5000_10000}), so the first
     * page is the chat's file; the messages are read in their own order whatever the files' order.
     */
    static List<Path> inOrder(List<Path> files) {
        List<Path> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparing(ChatPages::numbers, ChatPages::compare));
        return sorted;
    }

    private static List<Long> numbers(Path file) {
        List<Long> numbers = new ArrayList<>();
        Matcher m = NUMBER.matcher(String.valueOf(file.getFileName()));
        while (m.find()) {
            String digits = m.group();
            numbers.add(digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits));
        }
        // a wxid's own digits come first in every page's name and compare equal
        return numbers;
    }

    private static int compare(List<Long> a, List<Long> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Long.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
