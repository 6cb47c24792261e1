package app.dossier.service;

import app.dossier.domain.ConversationMessage;
import app.dossier.domain.DateInput;
import app.dossier.domain.Evidence;
import app.dossier.domain.Factory;
import app.dossier.domain.Order;
import app.dossier.domain.Text;
import app.dossier.store.Chats;
import app.dossier.store.EvidenceFiles;
import app.dossier.store.Factories;
import app.dossier.store.Orders;
import app.dossier.store.Search;
import app.dossier.store.Session;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one search box: factories, orders (number, product, specs, notes), files (caption, name) and
 * chat messages. Vietnamese typed without tones finds it written with them (đ typed as d); Chinese
 * is found by two characters or more; digits anywhere in a number, so the last digits of a 1688
 * order number find it. Factories come first, then orders, files and messages, newest first within
 * each, at most {@value #PER_KIND} of each.
 */
public final class SearchService {
    static final int PER_KIND = 20;
    /**
     * Chat messages are shown as files (the chat's file) until the window's search list has a
     * CHAT kind of its own; {@code SearchHit.Kind.CHAT} then goes here.
     */
    static final SearchHit.Kind CHAT_MESSAGE = SearchHit.Kind.CHAT;
    private static final int TITLE_LENGTH = 120;

    private final UnitOfWork work;
    private final Search search;
    private final Factories factories;
    private final Orders orders;
    private final EvidenceFiles evidence;
    private final Chats chats;

    public SearchService(UnitOfWork work, Search search, Factories factories, Orders orders, EvidenceFiles evidence,
            Chats chats) {
        this.work = work;
        this.search = search;
        this.factories = factories;
        this.orders = orders;
        this.evidence = evidence;
        this.chats = chats;
    }

    public List<SearchHit> search(String query) {
        if (Text.clean(query) == null) {
            return List.of();
        }
        return work.read(db -> {
            Found found = new Found(db);
            List<SearchHit> hits = new ArrayList<>();
            List<Search.Entry> entries = search.find(db, query, PER_KIND);
            // What is archived is kept, not shown: its orders and their files and messages, and the factory
            // itself (each asked only when something of its kind was found: on a server each is a round trip).
            boolean ofFactories = entries.stream().anyMatch(e -> e.kind() == Search.Kind.FACTORY);
            boolean ofOrders = entries.stream().anyMatch(e -> e.kind() != Search.Kind.FACTORY);
            var archivedOrders = ofOrders ? orders.archived(db).keySet() : java.util.Set.<Long>of();
            var archivedFactories = ofFactories ? factories.archived(db).keySet() : java.util.Set.<Long>of();
            found.readAll(entries);
            for (Search.Entry entry : entries) {
                found.hit(entry)
                        .filter(hit -> hit.kind() == SearchHit.Kind.FACTORY
                                ? !archivedFactories.contains(hit.factoryId())
                                : !archivedOrders.contains(hit.orderId()))
                        .ifPresent(hits::add);
            }
            return hits;
        });
    }

    /**
     * Turns entries into hits, reading each factory, order, file and message once, those of all the
     * entries together (a statement each, not one a hit: on a server each is a round trip).
     */
    private final class Found {
        private final Session db;
        private final Map<Long, Factory> factoriesRead = new HashMap<>();
        private final Map<Long, Order> ordersRead = new HashMap<>();
        private final Map<Long, Evidence> filesRead = new HashMap<>();
        private final Map<Long, ConversationMessage> messagesRead = new HashMap<>();

        Found(Session db) {
            this.db = db;
        }

        /** Reads what the entries' hits show, together: their files and messages, then orders, then factories. */
        void readAll(List<Search.Entry> entries) {
            evidence.byIds(db, ids(entries, Search.Kind.EVIDENCE)).forEach(e -> filesRead.put(e.id(), e));
            chats.messages(db, ids(entries, Search.Kind.CHAT_MESSAGE)).forEach(m -> messagesRead.put(m.id(), m));
            java.util.Set<Long> orderIds = new java.util.HashSet<>(ids(entries, Search.Kind.ORDER));
            filesRead.values().forEach(e -> orderIds.add(e.orderId()));
            messagesRead.values().forEach(m -> orderIds.add(m.orderId()));
            orders.byIds(db, orderIds).forEach(o -> ordersRead.put(o.id(), o));
            java.util.Set<Long> factoryIds = new java.util.HashSet<>(ids(entries, Search.Kind.FACTORY));
            ordersRead.values().forEach(o -> factoryIds.add(o.factoryId()));
            factories.byIds(db, factoryIds).forEach(f -> factoriesRead.put(f.id(), f));
        }

        private static List<Long> ids(List<Search.Entry> entries, Search.Kind kind) {
            return entries.stream().filter(e -> e.kind() == kind).map(Search.Entry::recordId).toList();
        }

        Optional<SearchHit> hit(Search.Entry entry) {
            return switch (entry.kind()) {
                case FACTORY -> factory(entry.recordId()).map(f ->
                        new SearchHit(SearchHit.Kind.FACTORY, f.displayName(), f.wechatId(), f.id(), 0, 0));
                case ORDER -> order(entry.recordId());
                case EVIDENCE -> evidence(entry.recordId());
                case CHAT_MESSAGE -> message(entry.recordId());
            };
        }

        private Optional<SearchHit> order(long id) {
            Optional<Order> found = orderById(id);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            Order o = found.get();
            String factory = factory(o.factoryId()).map(Factory::name).orElse("");
            return Optional.of(new SearchHit(SearchHit.Kind.ORDER, o.label(),
                    DateInput.format(o.orderedOn()) + " · " + factory + " · " + o.product(), o.factoryId(), o.id(), 0));
        }

        private Optional<SearchHit> evidence(long id) {
            // read with the others in readAll; one not there was removed since it was indexed
            Optional<Evidence> found = Optional.ofNullable(filesRead.get(id));
            if (found.isEmpty()) {
                return Optional.empty();
            }
            Evidence e = found.get();
            Optional<Order> o = orderById(e.orderId());
            return o.map(order -> new SearchHit(SearchHit.Kind.EVIDENCE, e.caption() == null ? e.fileName() : e.caption(),
                    order.label() + " · " + e.file(), order.factoryId(), order.id(), e.id()));
        }

        /** "Chat · 2026-09-01 14:30 · 李丽 · 2837461920384756123" under the message's words. */
        private Optional<SearchHit> message(long id) {
            Optional<ConversationMessage> found = Optional.ofNullable(messagesRead.get(id));
            if (found.isEmpty()) {
                return Optional.empty();
            }
            ConversationMessage m = found.get();
            Optional<Order> o = orderById(m.orderId());
            String sender = m.sender().isEmpty() ? "WeChat" : m.sender();
            return o.map(order -> new SearchHit(CHAT_MESSAGE, title(m.text()),
                    "Chat · " + DateInput.format(m.sentAt()) + " · " + sender + " · " + order.label(),
                    order.factoryId(), order.id(), m.evidenceId()));
        }

        private Optional<Factory> factory(long id) {
            Factory known = factoriesRead.get(id);
            if (known != null) {
                return Optional.of(known);
            }
            Optional<Factory> read = factories.byId(db, id);
            read.ifPresent(f -> factoriesRead.put(id, f));
            return read;
        }

        private Optional<Order> orderById(long id) {
            Order known = ordersRead.get(id);
            if (known != null) {
                return Optional.of(known);
            }
            Optional<Order> read = orders.byId(db, id);
            read.ifPresent(o -> ordersRead.put(id, o));
            return read;
        }
    }

    /** A message's words on one line, cut short when long. */
    private static String title(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= TITLE_LENGTH ? line : line.substring(0, TITLE_LENGTH - 1) + "…";
    }
}
