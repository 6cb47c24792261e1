package app.dossier.service;

import app.dossier.domain.BusinessProfile;
import app.dossier.domain.CaseFile;
import app.dossier.domain.ChatParties;
import app.dossier.domain.Conversation;
import app.dossier.domain.ConversationMessage;
import app.dossier.domain.DateInput;
import app.dossier.domain.Dispute;
import app.dossier.domain.DossierException;
import app.dossier.domain.Evidence;
import app.dossier.domain.Factory;
import app.dossier.domain.MessageKind;
import app.dossier.domain.Order;
import app.dossier.domain.Payment;
import app.dossier.domain.PinnedMessage;
import app.dossier.domain.ReceivingDefect;
import app.dossier.domain.ReceivingRecord;
import app.dossier.domain.Refusal;
import app.dossier.domain.Text;
import app.dossier.domain.TextLimit;
import app.dossier.files.SafeNames;
import app.dossier.imports.Chat;
import app.dossier.imports.ChatMessage;
import app.dossier.imports.ChatReader;
import app.dossier.imports.ChatStream;
import app.dossier.imports.ChatTimeZone;
import app.dossier.store.Chats;
import app.dossier.store.DatabaseFiles;
import app.dossier.store.Session;
import app.dossier.store.Store;
import app.dossier.store.StoreException;
import app.dossier.store.Transaction;
import app.dossier.domain.HistoryChain;
import app.dossier.domain.HistoryEntry;
import app.dossier.tree.CaseFileTree;
import app.dossier.tree.HistoryFile;
import app.dossier.tree.CaseJson;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recreates the database from the case-file tree alone: the business profile from
 * business-profile.json, every factory from its factory.json (or, failing that, from its case
 * files), every order and its records from its case.json.
 * The new database is built beside the old one and swapped in only when complete; the old
 * one is kept, renamed, never deleted.
 */
public final class RebuildService {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private final DataLocation location;
    private final CaseJson json;
    private final DatabaseFiles databaseFiles;
    private final ChatReader chatReader;

    /** {@code databaseFiles}: the new database is made, and swapped in, through it. */
    public RebuildService(DataLocation location, CaseJson json, DatabaseFiles databaseFiles) {
        this(location, json, databaseFiles, java.time.ZoneId.systemDefault());
    }

    /** {@code zone}: the computer's clock, on which chats' times are kept, as importing them keeps them. */
    public RebuildService(DataLocation location, CaseJson json, DatabaseFiles databaseFiles, java.time.ZoneId zone) {
        this.databaseFiles = databaseFiles;
        this.location = location;
        this.json = json;
        this.chatReader = new ChatReader(zone);
    }

    public RebuildReport rebuild(ProgressListener progress) {
        CaseFileTree tree = new CaseFileTree(location.caseFilesRoot());
        if (!Files.isDirectory(tree.root())) {
            throw new DossierException(Refusal.REBUILD_NO_CASE_FILES.with(tree.root()));
        }
        List<String> problems = new ArrayList<>();
        Map<Path, Factory> factories = new LinkedHashMap<>();
        Map<Path, List<CaseFile>> cases = new LinkedHashMap<>();
        Map<Path, java.time.Instant> archived = new HashMap<>();
        readTree(tree, factories, cases, archived, problems);
        BusinessProfile profile = readProfile(tree, problems);

        Counts counts = new Counts();
        if (location.onPostgres()) {
            // One transaction on the server replaces every record: all or nothing, no file to swap in.
            try (Store store = Store.open(location.database()); Transaction tx = store.database().begin()) {
                store.database().removeEveryRecord(tx);
                fill(store, tx, tree, profile, factories, cases, archived, counts, problems, progress);
            } catch (StoreException e) {
                throw new DossierException(Refusal.REBUILD_WRITE_FAILED.with(e.getMessage()), e);
            }
            return report(counts, problems, null);
        }
        Path fresh = location.dataFolder().resolve(DataLocation.DATABASE + ".rebuilding");
        deleteDatabaseFiles(databaseFiles, fresh);
        try (Store store = databaseFiles.open(fresh)) {
            try (Transaction tx = store.database().begin()) {
                fill(store, tx, tree, profile, factories, cases, archived, counts, problems, progress);
            }
        } catch (StoreException e) {
            deleteDatabaseFiles(databaseFiles, fresh);
            throw new DossierException(Refusal.REBUILD_WRITE_FAILED.with(e.getMessage()), e);
        } catch (RuntimeException e) {
            deleteDatabaseFiles(databaseFiles, fresh);
            throw e;
        }
        return report(counts, problems, swapIn(fresh));
    }

    /** Writes every record read from the tree in {@code tx}, and commits it unless cancelled. */
    private void fill(Store store, Transaction tx, CaseFileTree tree, BusinessProfile profile,
            Map<Path, Factory> factories, Map<Path, List<CaseFile>> cases, Map<Path, java.time.Instant> archived,
            Counts counts, List<String> problems, ProgressListener progress) {
        if (profile != null) {
            store.profile().save(tx.session(), profile);
        }
        insertAll(store, tx, tree, factories, cases, archived, counts, problems, progress);
        if (progress.cancelled()) {
            throw new DossierException(Refusal.REBUILD_CANCELLED.with());
        }
        tx.commit();
    }

    private static RebuildReport report(Counts counts, List<String> problems, Path replaced) {
        return new RebuildReport(counts.factories, counts.orders, counts.evidence, counts.payments, counts.receiving,
                counts.disputes, problems, replaced);
    }

    private void readTree(CaseFileTree tree, Map<Path, Factory> factories, Map<Path, List<CaseFile>> cases,
            Map<Path, java.time.Instant> archived, List<String> problems) {
        for (Path factoryDir : folders(tree.root())) {
            List<CaseFile> found = new ArrayList<>();
            for (Path orderDir : folders(factoryDir)) {
                Path caseJson = orderDir.resolve(CaseFileTree.CASE_JSON);
                if (!Files.isRegularFile(caseJson)) {
                    problems.add("No case.json in " + tree.relative(orderDir) + "; its files were not restored.");
                    continue;
                }
                try {
                    CaseFile caseFile = json.readCase(caseJson);
                    if (caseFile.order() == null) {
                        throw new DossierException(caseJson + " holds no order.");
                    }
                    found.add(new CaseFile(caseFile.format(), caseFile.factory(),
                            caseFile.order().withFolder(tree.relative(orderDir)), caseFile.evidence(),
                            caseFile.payments(), caseFile.receiving(), caseFile.disputes(), caseFile.conversations(),
                            caseFile.archivedAt()));
                } catch (DossierException e) {
                    problems.add(e.getMessage());
                }
            }
            Factory factory = null;
            Path factoryJson = factoryDir.resolve(CaseFileTree.FACTORY_JSON);
            if (Files.isRegularFile(factoryJson)) {
                try {
                    app.dossier.tree.FactoryFile file = json.readFactory(factoryJson);
                    factory = file.factory();
                    if (file.archivedAt() != null) {
                        archived.put(factoryDir, file.archivedAt());
                    }
                } catch (DossierException e) {
                    problems.add(e.getMessage());
                }
            }
            if (factory == null && !found.isEmpty()) {
                factory = found.get(0).factory();
            }
            if (factory == null) {
                if (!found.isEmpty() || !isEmpty(factoryDir)) {
                    problems.add("The folder " + tree.relative(factoryDir) + " has no factory.json and no readable"
                            + " case files; it was left out.");
                }
                continue;
            }
            factories.put(factoryDir, factory.withFolder(tree.relative(factoryDir)));
            cases.put(factoryDir, found);
        }
    }

    /** The business profile from business-profile.json at the root; null when there is none or it cannot be read. */
    private BusinessProfile readProfile(CaseFileTree tree, List<String> problems) {
        Path file = tree.root().resolve(CaseFileTree.BUSINESS_PROFILE_JSON);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            BusinessProfile read = json.readProfile(file).profile();
            if (read == null) {
                throw new DossierException(file + " holds no business profile.");
            }
            // What a person could not have typed (a line break in a name) is made to fit rather than lost.
            return new BusinessProfile(fitted(read.name(), TextLimit.BUYER_NAME),
                    fitted(read.company(), TextLimit.BUYER_COMPANY), fitted(read.contact(), TextLimit.BUYER_CONTACT),
                    fitted(read.memberName(), TextLimit.BUYER_MEMBER_NAME),
                    fitted(read.wechatId(), TextLimit.BUYER_WECHAT_ID));
        } catch (DossierException e) {
            problems.add(e.getMessage() + " Your business profile was not restored; set it again in Settings"
                    + " or with dossier profile.");
            return null;
        }
    }

    private static String fitted(String text, TextLimit limit) {
        return limit.problem(text).isEmpty() ? Text.clean(text) : limit.fitted(text);
    }

    private void insertAll(Store store, Transaction tx, CaseFileTree tree, Map<Path, Factory> factories,
            Map<Path, List<CaseFile>> cases, Map<Path, java.time.Instant> archived, Counts counts, List<String> problems, ProgressListener progress) {
        Session db = tx.session();
        Set<Long> factoryIds = new HashSet<>();
        Ids ids = new Ids();
        Set<String> orderNumbers = new HashSet<>();
        int total = cases.values().stream().mapToInt(List::size).sum();
        int done = 0;
        for (Map.Entry<Path, Factory> entry : factories.entrySet()) {
            Factory factory = entry.getValue();
            Factory saved;
            try {
                saved = tx.inPart(() -> store.factories().insert(db,
                        keepId(factory.id(), factoryIds) ? factory : factory.withId(0)));
            } catch (RuntimeException e) {
                problems.add("The factory in " + factory.folder() + " could not be restored ("
                        + (e instanceof StoreException refused ? StoreErrors.describe(refused)
                                : "its record is incomplete or damaged")
                        + "); its orders were left out.");
                continue;
            }
            factoryIds.add(saved.id());
            counts.factories++;
            if (archived.containsKey(entry.getKey())) {
                store.factories().setArchived(db, saved.id(), archived.get(entry.getKey()));
            }
            for (CaseFile caseFile : cases.get(entry.getKey())) {
                if (progress.cancelled()) {
                    return;
                }
                progress.progress(done++, total, caseFile.order().folder());
                // Each case file goes in whole or not at all: one that the database refuses is reported
                // and the others are still restored.
                Counts added = new Counts();
                try {
                    tx.inPart(() -> {
                        insertCase(store, db, tree, saved, caseFile, orderNumbers, ids, added, problems);
                        return null;
                    });
                    counts.add(added);
                } catch (StoreException e) {
                    problems.add(caseFile.order().folder() + "/" + CaseFileTree.CASE_JSON + " could not be restored ("
                            + StoreErrors.describe(e) + "); its records were left out.");
                } catch (RuntimeException e) {
                    // a case.json is read from disk and may be damaged in ways no record allows
                    problems.add(caseFile.order().folder() + "/" + CaseFileTree.CASE_JSON + " could not be restored"
                            + " (a record in it is incomplete or damaged); its records were left out.");
                }
            }
        }
        progress.progress(total, total, "");
    }

    private void insertCase(Store store, Session db, CaseFileTree tree, Factory saved, CaseFile caseFile,
            Set<String> orderNumbers,
            Ids ids, Counts counts, List<String> problems) {
        Order order = caseFile.order();
        if (order.orderNumber() != null && orderNumbers.contains(order.orderNumber())) {
            problems.add("Two case files have order number " + order.orderNumber() + "; "
                    + order.folder() + " was restored without it.");
            order = new Order(order.id(), order.factoryId(), null, order.channel(), order.kind(),
                    order.product(), order.specs(), order.quantity(), order.unit(), order.unitPrice(),
                    order.orderedOn(), order.deliveryDeadline(), order.agreedOn(), order.notes(), order.folder());
        }
        Order toSave = new Order(keepId(order.id(), ids.orders) ? order.id() : 0, saved.id(), order.orderNumber(),
                order.channel(), order.kind(), order.product(), order.specs(), order.quantity(), order.unit(),
                order.unitPrice(), order.orderedOn(), order.deliveryDeadline(), order.agreedOn(),
                order.notes(), order.folder());
        Order savedOrder = store.orders().insert(db, toSave);
        if (caseFile.archivedAt() != null) {
            store.orders().setArchived(db, savedOrder.id(), caseFile.archivedAt());
        }
        ids.orders.add(savedOrder.id());
        if (order.orderNumber() != null) {
            orderNumbers.add(order.orderNumber());
        }
        counts.orders++;
        restoreHistory(store, db, tree, savedOrder, problems);
        Map<Long, Long> evidenceIdMap = new HashMap<>();
        Map<Long, Evidence> restoredEvidence = new HashMap<>();
        Set<String> hashes = new HashSet<>();
        for (Evidence e : caseFile.evidence()) {
            String wrong = wrongEvidence(e);
            if (wrong != null) {
                problems.add(order.folder() + "/" + CaseFileTree.CASE_JSON + " lists a file " + wrong
                        + "; that entry was left out.");
                continue;
            }
            if (!hashes.add(e.sha256())) {
                problems.add(order.folder() + "/" + e.file() + " repeats the content of another file;"
                        + " it was left out.");
                continue;
            }
            Evidence toInsert = new Evidence(keepId(e.id(), ids.evidence) ? e.id() : 0, savedOrder.id(),
                    e.category(), e.file(), e.originalName(), e.sha256(), e.size(), e.mediaType(),
                    e.capturedAt(), e.addedAt(), e.caption(), e.defectRegion());
            Evidence savedEvidence = store.evidence().insert(db, toInsert);
            ids.evidence.add(savedEvidence.id());
            evidenceIdMap.put(e.id(), savedEvidence.id());
            restoredEvidence.put(e.id(), savedEvidence);
            counts.evidence++;
        }
        for (Conversation chat : caseFile.conversations()) {
            Evidence file = restoredEvidence.get(chat.evidenceId());
            if (file == null) {
                problems.add(order.folder() + "/case.json names a chat whose file (evidence " + chat.evidenceId()
                        + ") it does not list; the chat's pins were not restored.");
                continue;
            }
            List<Evidence> pages = chat.pages().stream().map(restoredEvidence::get).toList();
            if (pages.contains(null)) {
                problems.add(order.folder() + "/case.json names a chat whose other pages it does not all list;"
                        + " only its pinned messages were restored, from case.json.");
            }
            restoreChat(store, db, tree, savedOrder, file, pages, chat, problems);
        }
        for (Payment p : caseFile.payments()) {
            Long proof = p.proofEvidenceId() == null ? null : evidenceIdMap.get(p.proofEvidenceId());
            long id = keepId(p.id(), ids.payments) ? p.id() : 0;
            ids.payments.add(store.payments().insert(db, new Payment(id, savedOrder.id(), p.paidOn(), p.amount(),
                    p.rateToVnd(), p.covers(), p.method(), p.receivingAccount(), p.reference(),
                    p.acknowledgedAt(), proof)).id());
            counts.payments++;
        }
        ReceivingRecord r = caseFile.receiving();
        if (r != null) {
            long id = keepId(r.id(), ids.receiving) ? r.id() : 0;
            ids.receiving.add(store.receiving().save(db, new ReceivingRecord(id, savedOrder.id(), r.arrivedAt(),
                    r.parcelsExpected(), r.parcelsReceived(), r.unitsExpected(), r.unitsReceived(),
                    r.packagingCondition(), r.packagingNotes(), r.unitsSampled(), r.defectiveUnits(),
                    r.defectNotes(), r.inspectedBy(), r.inspectedAt(), r.factoryNotifiedAt(),
                    restoredDefects(r, evidenceIdMap, order.folder(), problems))).id());
            counts.receiving++;
        }
        for (Dispute d : caseFile.disputes()) {
            long id = keepId(d.id(), ids.disputes) ? d.id() : 0;
            ids.disputes.add(store.disputes().insert(db, d.withId(id).withOrder(savedOrder.id())).id());
            counts.disputes++;
        }
    }

    /**
     * The order's history, line for line as its history.jsonl holds it: a rebuild keeps what the
     * folder says and does not mend it. A chain that breaks is restored as it is, and said, so that
     * {@code verify} goes on naming the entry.
     */
    private static void restoreHistory(Store store, Session db, CaseFileTree tree, Order order,
            List<String> problems) {
        Path file = tree.resolve(order.folder()).resolve(HistoryFile.NAME);
        if (!Files.isRegularFile(file)) {
            return;
        }
        List<String> lines;
        try {
            lines = HistoryFile.lines(file);
        } catch (IOException e) {
            problems.add(order.folder() + "/" + HistoryFile.NAME + " could not be read (" + e.getMessage()
                    + "); the order's history was not restored.");
            return;
        }
        for (int i = 0; i < lines.size(); i++) {
            store.histories().append(db, order.id(), i + 1, lines.get(i), HistoryChain.hash(lines.get(i)));
        }
        List<HistoryEntry> entries = lines.stream().map(HistoryFile::read).toList();
        HistoryChain.firstBreak(lines, new ArrayList<>(entries)).ifPresent(b -> problems.add(order.folder() + "/"
                + HistoryFile.NAME + ": the history's chain breaks at entry " + b.entry()
                + "; it was restored as it is."));
    }

    /**
     * The record's defects, each showing the restored files that case.json lists (a file left out shows
     * none). A kind named again, or without a count, as only a hand-edited case.json has, is left out and
     * reported rather than losing the whole case file.
     */
    private static List<ReceivingDefect> restoredDefects(ReceivingRecord r, Map<Long, Long> evidenceIdMap,
            String folder, List<String> problems) {
        List<ReceivingDefect> out = new ArrayList<>();
        Set<app.dossier.domain.DefectKind> seen = new HashSet<>();
        for (ReceivingDefect d : r.defects()) {
            if (d.count() <= 0 || !seen.add(d.kind())) {
                problems.add(Refusal.REBUILD_DEFECT_LEFT_OUT.with(folder + "/" + CaseFileTree.CASE_JSON, d.kind())
                        .english());
                continue;
            }
            out.add(new ReceivingDefect(d.kind(), d.count(), d.evidenceIds().stream().map(evidenceIdMap::get)
                    .filter(java.util.Objects::nonNull).toList()));
        }
        return out;
    }

    /**
     * Why an evidence entry of a case.json cannot be kept, or null: its file must sit directly in the
     * folder of its category, under a name that is safe on every system, with a SHA-256 to check it by.
     */
    private static String wrongEvidence(Evidence e) {
        String file = e.file();
        if (e.category() == null || file == null) {
            return "without its category or path";
        }
        String prefix = e.category().folderName() + "/";
        if (!file.startsWith(prefix) || !SafeNames.isSafeSegment(file.substring(prefix.length()))) {
            return "at “" + file + "”, outside the folder “" + e.category().folderName() + "” of its order";
        }
        if (e.sha256() == null || !e.sha256().matches("[0-9a-f]{64}")) {
            return file + " without a valid SHA-256";
        }
        if (e.size() < 0) {
            return file + " with a negative size";
        }
        return null;
    }

    /**
     * A chat's messages are read again from its file (or, for a pasted chat checked in the preview,
     * taken as confirmed from case.json), with the parties case.json gives, and the
     * pins put back where case.json says (or, if the file changed, on the message with the same
     * time and words). A file that cannot be read keeps at least its pinned messages, from case.json.
     * The file is read as it streams, its messages inserted a batch at a time, so a chat of any size
     * is rebuilt in the same memory.
     */
    private void restoreChat(Store store, Session db, CaseFileTree tree, Order order, Evidence file,
            List<Evidence> pages, Conversation chat, List<String> problems) {
        String where = order.folder() + "/" + file.file();
        ChatParties parties = new ChatParties(chat.me(), chat.them());
        store.chats().insert(db, order.id(), chat.withFiles(file.id(),
                pages.stream().filter(java.util.Objects::nonNull).map(Evidence::id).toList()));
        if (pages.contains(null)) {
            // said by the caller: case.json does not list every page
            insertPinnedOnly(store, db, order, file, chat, parties);
            return;
        }
        try {
            Pins pins = new Pins(chat.pinned());
            if (chat.checkedInPreview() && !chat.confirmed().isEmpty()) {
                Chat read = Chat.confirmed(chat.confirmed(), parties);
                read.messages().forEach(pins::see);
                store.chats().insertMessages(db, ChatMessages.of(read, order.id(), file.id(), Set.of()));
            } else if (!pages.isEmpty()) {
                // PyWxDump's pages, 5,000 messages each, read together as one chat
                List<Path> files = new ArrayList<>();
                files.add(tree.resolve(where));
                pages.forEach(page -> files.add(tree.resolve(order.folder() + "/" + page.file())));
                Chat read = ChatPages.read(chatReader, files, parties, order.orderedOn(), ChatPages.zone(chat.zone()));
                read.messages().forEach(pins::see);
                store.chats().insertMessages(db, ChatMessages.of(read, order.id(), file.id(), Set.of()));
            } else {
                ZoneId written = ChatPages.zone(chat.zone());
                ChatReader in = written == null ? chatReader : chatReader.inZone(written);
                try (ChatStream stream = in.open(tree.resolve(where), parties, order.orderedOn())) {
                    List<ConversationMessage> batch = new ArrayList<>(ChatService.BATCH);
                    for (ChatMessage read = stream.next(); read != null; read = stream.next()) {
                        ChatMessage m = written == null ? read : ChatTimeZone.moved(read, written, chatReader.zone());
                        batch.add(ChatMessages.of(m, order.id(), file.id(), pins.seen, false));
                        pins.see(m);
                        if (batch.size() == ChatService.BATCH) {
                            store.chats().insertMessages(db, batch);
                            batch.clear();
                        }
                    }
                    store.chats().insertMessages(db, batch);
                }
            }
            for (PinnedMessage pin : chat.pinned()) {
                int at = pins.placeOf(pin);
                if (at >= 0) {
                    store.chats().setPinned(db, Chats.messageId(file.id(), at), true);
                } else {
                    problems.add(where + " no longer holds the message pinned at " + DateInput.format(pin.sentAt())
                            + " (“" + pin.text() + "”); it was not pinned again.");
                }
            }
        } catch (DossierException e) {
            problems.add(where + " could not be read as a chat (" + e.getMessage() + "); only its pinned messages"
                    + " were restored, from case.json.");
            store.chats().removeMessages(db, file.id());
            insertPinnedOnly(store, db, order, file, chat, parties);
        }
    }

    /** The chat's pinned messages, from case.json, when its file cannot be read. */
    private static void insertPinnedOnly(Store store, Session db, Order order, Evidence file, Conversation chat,
            ChatParties parties) {
        store.chats().insertMessages(db, chat.pinned().stream().map(pin -> new ConversationMessage(0, order.id(),
                file.id(), pin.index(), pin.sentAt(), pin.sender(), parties.isMe(pin.sender()), MessageKind.TEXT,
                pin.text(), true)).toList());
    }

    /**
     * Where each pin is in the chat as it is read again, message by message: at its place when the
     * message there is the same, or else on the first message with the same time and words.
     */
    private static final class Pins {
        private final List<PinnedMessage> pinned;
        private final boolean[] inPlace;
        private final int[] firstSame;
        private int seen;

        Pins(List<PinnedMessage> pinned) {
            this.pinned = pinned;
            this.inPlace = new boolean[pinned.size()];
            this.firstSame = new int[pinned.size()];
            java.util.Arrays.fill(firstSame, -1);
        }

        void see(ChatMessage message) {
            for (int i = 0; i < pinned.size(); i++) {
                if (same(message, pinned.get(i))) {
                    inPlace[i] |= pinned.get(i).index() == seen;
                    firstSame[i] = firstSame[i] < 0 ? seen : firstSame[i];
                }
            }
            seen++;
        }

        /** The pin's place in the chat as read now; -1 when it is not there. */
        int placeOf(PinnedMessage pin) {
            int i = pinned.indexOf(pin);
            return inPlace[i] ? pin.index() : firstSame[i];
        }
    }

    private static boolean same(ChatMessage message, PinnedMessage pin) {
        return message.sentAt().equals(pin.sentAt()) && message.text().equals(pin.text());
    }

    private static boolean keepId(long id, Set<Long> used) {
        return id > 0 && !used.contains(id);
    }

    /**
     * The new database, complete and closed, is first renamed to {@code dossier.db.rebuilt}; only then
     * is the old one moved aside and the new one moved in. A crash in between is finished by
     * {@link #finishInterrupted(DataLocation, DatabaseFiles)} at the next start.
     */
    private Path swapIn(Path fresh) {
        Path rebuilt = rebuilt(location);
        try {
            Files.move(fresh, rebuilt, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new DossierException(Refusal.REBUILD_NOT_PUT_IN_PLACE.with(fresh, e.getMessage()), e);
        }
        return completeSwap(location, databaseFiles);
    }

    private static Path rebuilt(DataLocation location) {
        return location.dataFolder().resolve(DataLocation.DATABASE + ".rebuilt");
    }

    /**
     * Moves the current database aside and the rebuilt one in. The old database is first made whole in
     * one file (its write-ahead log folded in), and its log and index are moved before the file itself:
     * whenever this is cut off, no log of the old database is left beside the new one, where SQLite
     * would read it as the new one's. Run again at the next start, it finishes what is left.
     */
    private static Path completeSwap(DataLocation location, DatabaseFiles files) {
        Path current = location.databaseFile();
        Path replaced = null;
        try {
            files.makeWhole(current);
            if (files.exists(current)) {
                replaced = freeReplacedName(current, files);
                files.move(current, replaced);
            }
            Files.move(rebuilt(location), current, StandardCopyOption.ATOMIC_MOVE);
            return replaced;
        } catch (IOException e) {
            throw new DossierException(Refusal.REBUILT_NOT_PUT_IN_PLACE.with(rebuilt(location), e.getMessage()), e);
        }
    }

    /** {@code dossier.db.replaced-<date>}, with "-2", "-3"… added when two rebuilds fall in one second. */
    private static Path freeReplacedName(Path current, DatabaseFiles files) {
        String base = current.getFileName() + ".replaced-" + LocalDateTime.now().format(STAMP);
        Path candidate = current.resolveSibling(base);
        for (int n = 2; files.exists(candidate); n++) {
            candidate = current.resolveSibling(base + "-" + n);
        }
        return candidate;
    }

    /**
     * At start: removes a rebuild that was cut off before it was complete (the database it was
     * replacing is untouched), and puts in place one that was complete but not yet swapped in.
     */
    public static void finishInterrupted(DataLocation location, DatabaseFiles files) {
        deleteDatabaseFiles(files, location.dataFolder().resolve(DataLocation.DATABASE + ".rebuilding"));
        if (Files.exists(rebuilt(location))) {
            completeSwap(location, files);
        }
    }

    private static void deleteDatabaseFiles(DatabaseFiles files, Path db) {
        try {
            files.delete(db);
        } catch (IOException e) {
            throw new DossierException(Refusal.REBUILD_UNFINISHED_NOT_REMOVED.with(db, e.getMessage()), e);
        }
    }

    private static List<Path> folders(Path parent) {
        List<Path> result = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, Files::isDirectory)) {
            for (Path entry : entries) {
                if (!TreeEntries.ignored(entry.getFileName().toString())) {
                    result.add(entry);
                }
            }
        } catch (IOException e) {
            throw new DossierException(Refusal.FOLDER_UNREADABLE.with(parent, e.getMessage()), e);
        }
        result.sort(null);
        return result;
    }

    private static boolean isEmpty(Path folder) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return !entries.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }

    private static final class Counts {
        int factories;
        int orders;
        int evidence;
        int payments;
        int receiving;
        int disputes;

        void add(Counts other) {
            orders += other.orders;
            evidence += other.evidence;
            payments += other.payments;
            receiving += other.receiving;
            disputes += other.disputes;
        }
    }

    /** Ids already given out, so that a repeated one gets a fresh id instead. */
    private static final class Ids {
        final Set<Long> orders = new HashSet<>();
        final Set<Long> evidence = new HashSet<>();
        final Set<Long> payments = new HashSet<>();
        final Set<Long> receiving = new HashSet<>();
        final Set<Long> disputes = new HashSet<>();
    }
}
