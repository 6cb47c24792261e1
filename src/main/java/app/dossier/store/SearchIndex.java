package app.dossier.store;

import app.dossier.domain.AgreedSpecs;
import app.dossier.domain.ConversationMessage;
import app.dossier.domain.Evidence;
import app.dossier.domain.Factory;
import app.dossier.domain.Order;
import app.dossier.domain.SearchText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words of every factory, order, file and chat message, folded ({@link SearchText#fold}: no
 * tones, đ as d, lower case) so that what people type without accents finds what was written with
 * them. The tables keep it in the same transaction as the records they change.
 *
 * <p>Each entry's id is its kind in the high bits and the record's id in the low bits, so the
 * entries of one kind are one range of ids, newest last. Two FTS5 indexes find the candidates: the
 * trigrams of the folded text, for runs of Chinese, digits and other characters anywhere, and its
 * words, for words of plain letters at the start of a word.
 * Each candidate is then checked with {@link SearchText#matches}, which has the last word: every
 * word found, a word of letters only at the start of a word. Why: docs/decisions/0009-search-index.md.
 */
public final class SearchIndex implements Search {
    /** Raised when the folding or what is indexed changes: the index is then filled again on opening. */
    static final int FOLDING_VERSION = 1;

    /** Chinese characters break words, as {@link SearchText#matches} reads them, so the word index sees them as spaces. */
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
    private static final int TRIGRAM = 3;
    /** More trigrams than this starting with a short word: scanning finds enough sooner than asking for them all. */
    private static final int MAX_TRIGRAMS = 200;
    /** A word found at the start of words, through the word index: Vietnamese folds to these letters. */
    private static final Pattern LETTERS = Pattern.compile("[a-z]+");
    /** Sorts after every character, to bound the trigrams that start with a given two. */
    private static final String LAST_CHARACTER = new String(Character.toChars(Character.MAX_CODE_POINT));

    /** True on PostgreSQL: its trigram index (pg_trgm) finds the candidates of every word with LIKE. */
    private final boolean likeThroughTrigrams;

    /** The index over SQLite's FTS5 tables. */
    public SearchIndex() {
        this(false);
    }

    private SearchIndex(boolean likeThroughTrigrams) {
        this.likeThroughTrigrams = likeThroughTrigrams;
    }

    /** The index over PostgreSQL's trigram index of the same entries (migration db/postgresql/V1). */
    static SearchIndex onPostgres() {
        return new SearchIndex(true);
    }

    /**
     * What the query finds: up to {@code perKind} entries of each kind, factories first, then
     * orders, files and chat messages, newest first within each. A blank query finds nothing.
     */
    @Override
    public List<Entry> find(Session s, String query, int perKind) {
        return Sql.call(s, c -> find(c, query, perKind));
    }

    private List<Entry> find(Connection c, String query, int perKind) throws SQLException {
        String folded = SearchText.fold(query);
        if (folded.isEmpty() || perKind <= 0) {
            return List.of();
        }
        List<String> words = Arrays.asList(folded.split(" "));
        if (likeThroughTrigrams) {
            return findOnPostgres(c, query, words.stream().distinct().toList(), perKind);
        }
        Lookup lookup = lookup(c, words);
        List<Entry> found = new ArrayList<>();
        if (lookup == null) {
            return found;
        }
        for (Kind kind : Kind.values()) {
            try (PreparedStatement ps = c.prepareStatement(lookup.sql())) {
                int i = 1;
                for (String needle : lookup.needles()) {
                    ps.setString(i++, needle);
                }
                ps.setLong(i++, kind.firstId());
                ps.setLong(i, kind.lastId());
                try (ResultSet rs = ps.executeQuery()) {
                    int taken = 0;
                    while (taken < perKind && rs.next()) {
                        String text = rs.getString(2);
                        if (SearchText.matches(text, query)) {
                            found.add(new Entry(kind, Kind.recordId(rs.getLong(1)), text.stripTrailing()));
                            taken++;
                        }
                    }
                }
            }
        }
        return found;
    }

    /** A query for candidates of one kind: the SQL, with the needles, then the kind's first and last id. */
    private record Lookup(String sql, List<String> needles) {
        Lookup(String sql, String needle) {
            this(sql, List.of(needle));
        }
    }

    private static final String BY_WORD_START = "SELECT w.rowid, e.folded FROM search_words w"
            + " JOIN search_entry e ON e.id = w.rowid WHERE search_words MATCH ? AND w.rowid BETWEEN ? AND ?"
            + " ORDER BY w.rowid DESC";
    private static final String BY_TRIGRAMS = "SELECT rowid, folded FROM search_fts WHERE search_fts MATCH ?"
            + " AND rowid BETWEEN ? AND ? ORDER BY rowid DESC";

    /**
     * How to find the candidates. Words with digits, Chinese or other characters, of 3 or more
     * characters: through the trigram index, anywhere in the text. Else the words of plain letters
     * (as Vietnamese folds): through the word index, as the start of words. Else the longest word
     * (1 or 2 Chinese characters or digits) as any of the trigrams it starts (each entry ends with
     * a space, so every character of it starts a trigram), or, when it starts very many, by
     * scanning with LIKE. Null when the query cannot find anything.
     */
    private static Lookup lookup(Connection c, List<String> words) throws SQLException {
        List<String> anywhere = words.stream()
                .filter(w -> !LETTERS.matcher(w).matches() && length(w) >= TRIGRAM).distinct().toList();
        if (!anywhere.isEmpty()) {
            return new Lookup(BY_TRIGRAMS, anywhere.stream().map(SearchIndex::phrase).collect(Collectors.joining(" AND ")));
        }
        List<String> letters = words.stream().filter(w -> LETTERS.matcher(w).matches()).distinct().toList();
        if (!letters.isEmpty()) {
            return new Lookup(BY_WORD_START, letters.stream().map(w -> phrase(w) + "*")
                    .collect(Collectors.joining(" AND ")));
        }
        String longest = words.stream().max(Comparator.comparingInt(SearchIndex::length)).orElseThrow();
        List<String> trigrams = Rows.list(c, "SELECT term FROM search_trigrams WHERE term >= ? AND term < ? LIMIT ?",
                rs -> rs.getString(1), longest, longest + LAST_CHARACTER, MAX_TRIGRAMS + 1);
        if (trigrams.isEmpty()) {
            return null;
        }
        if (trigrams.size() <= MAX_TRIGRAMS) {
            return new Lookup(BY_TRIGRAMS, trigrams.stream().map(SearchIndex::phrase).collect(Collectors.joining(" OR ")));
        }
        // so common that a scan soon finds enough
        return new Lookup("SELECT id, folded FROM search_entry WHERE folded LIKE ? ESCAPE '\\' AND id BETWEEN ? AND ?"
                + " ORDER BY id DESC", anywhere(longest));
    }

    /** On PostgreSQL, the newest entries of a kind read first, in the hope the query finds enough among them. */
    private static final int NEWEST = 500;
    /** On PostgreSQL, the candidates of a kind fetched at a time through its indexes, newest first. */
    private static final int PAGE = 500;
    /** A word of two characters is found through the index of each entry's pairs of characters. */
    private static final int PAIR = 2;

    /**
     * On PostgreSQL, in two steps, as SQLite's FTS5 reads candidates newest first and stops at enough:
     * the {@value #NEWEST} newest entries of every kind scanned with LIKE, which is all a common word
     * needs; then, for each kind whose newest did not hold enough, its older entries found through its
     * own indexes (migration db/postgresql/V4): trigrams (pg_trgm) for a word of three characters or
     * more, pairs of characters ({@code dossier_bigrams}) for one of two, as "硅胶"; a word of one
     * character is checked row by row. Each step is one statement for all the kinds (a round trip
     * costs more than most searches), each kind written into it so the planner picks its partial index.
     */
    private static List<Entry> findOnPostgres(Connection c, String query, List<String> words, int perKind)
            throws SQLException {
        Map<Kind, List<Entry>> found = new EnumMap<>(Kind.class);
        Map<Kind, Long> oldestRead = new EnumMap<>(Kind.class);
        String everyWord = words.stream().map(w -> "folded LIKE ? ESCAPE '\\'").collect(Collectors.joining(" AND "));
        List<String> needles = words.stream().map(SearchIndex::anywhere).toList();
        List<Kind> more = new ArrayList<>();
        StringBuilder newest = new StringBuilder();
        List<Object> values = new ArrayList<>(needles);
        for (Kind kind : Kind.values()) {
            found.put(kind, new ArrayList<>());
            oldestRead.put(kind, kind.lastId() + 1);
            newest.append(newest.length() == 0 ? "" : " UNION ALL ")
                    .append("(SELECT id, folded FROM search_entry WHERE id BETWEEN ? AND ? ORDER BY id DESC LIMIT ")
                    .append(NEWEST).append(')');
            values.add(kind.firstId());
            values.add(kind.lastId());
        }
        Map<Kind, Integer> read = new EnumMap<>(Kind.class);
        candidates(c, "SELECT id, folded, " + everyWord + " FROM (" + newest + ") newest ORDER BY id DESC", values,
                (kind, id, folded, hit) -> {
                    read.merge(kind, 1, Integer::sum);
                    oldestRead.put(kind, id);
                    take(found.get(kind), kind, id, folded, hit, query, perKind);
                });
        for (Kind kind : Kind.values()) {
            if (read.getOrDefault(kind, 0) == NEWEST && found.get(kind).size() < perKind) {
                more.add(kind);
            }
        }
        String throughIndexes = words.stream()
                .map(w -> length(w) == PAIR ? "dossier_bigrams(folded) @> ARRAY[?]::text[]" : "folded LIKE ? ESCAPE '\\'")
                .collect(Collectors.joining(" AND "));
        List<String> indexNeedles = words.stream().map(w -> length(w) == PAIR ? w : anywhere(w)).toList();
        while (!more.isEmpty()) {
            StringBuilder older = new StringBuilder();
            List<Object> olderValues = new ArrayList<>();
            for (Kind kind : more) {
                // "id + 0": sorting the few found beats walking the whole kind backwards for them
                older.append(older.length() == 0 ? "" : " UNION ALL ").append("(SELECT id, folded FROM search_entry")
                        .append(" WHERE kind = '").append(kind.name()).append("' AND ").append(throughIndexes)
                        .append(" AND id BETWEEN ? AND ? ORDER BY id + 0 DESC LIMIT ").append(PAGE).append(')');
                olderValues.addAll(indexNeedles);
                olderValues.add(kind.firstId());
                olderValues.add(oldestRead.get(kind) - 1);
            }
            Map<Kind, Integer> page = new EnumMap<>(Kind.class);
            candidates(c, "SELECT id, folded, TRUE FROM (" + older + ") older ORDER BY id DESC", olderValues,
                    (kind, id, folded, hit) -> {
                        page.merge(kind, 1, Integer::sum);
                        oldestRead.put(kind, id);
                        take(found.get(kind), kind, id, folded, hit, query, perKind);
                    });
            more.removeIf(kind -> page.getOrDefault(kind, 0) < PAGE || found.get(kind).size() >= perKind);
        }
        List<Entry> all = new ArrayList<>();
        found.values().forEach(all::addAll);
        return all;
    }

    /** One candidate row: its kind (from its id), id, folded words, and whether SQL found every word in them. */
    private interface Candidate {
        void row(Kind kind, long id, String folded, boolean hit);
    }

    private static void candidates(Connection c, String sql, List<Object> values, Candidate candidate)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                ps.setObject(i + 1, values.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    candidate.row(Kind.of(id), id, rs.getString(2), rs.getBoolean(3));
                }
            }
        }
    }

    private static void take(List<Entry> ofKind, Kind kind, long id, String folded, boolean hit, String query,
            int perKind) {
        if (hit && ofKind.size() < perKind && SearchText.matches(folded, query)) {
            ofKind.add(new Entry(kind, Kind.recordId(id), folded.stripTrailing()));
        }
    }

    private static String anywhere(String word) {
        return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static String phrase(String word) {
        return "\"" + word.replace("\"", "\"\"") + "\"";
    }

    private static int length(String word) {
        return word.codePointCount(0, word.length());
    }

    static void factory(Connection c, Factory f) throws SQLException {
        put(c, Kind.FACTORY, List.of(new Entry(Kind.FACTORY, f.id(), words(f.name(), f.latinName(), f.wechatId(),
                f.contact(), f.shopUrl(), f.notes()))));
    }

    static void order(Connection c, Order o) throws SQLException {
        AgreedSpecs specs = o.specs() == null ? AgreedSpecs.NONE : o.specs();
        put(c, Kind.ORDER, List.of(new Entry(Kind.ORDER, o.id(), words(o.orderNumber(), o.product(), specs.colors(),
                specs.sizes(), specs.packaging(), specs.priceAtQuantity(), o.unit(), o.notes()))));
    }

    static void evidence(Connection c, Evidence e) throws SQLException {
        put(c, Kind.EVIDENCE, List.of(evidenceEntry(e)));
    }

    static void messages(Connection c, List<ConversationMessage> messages) throws SQLException {
        put(c, Kind.CHAT_MESSAGE, messages.stream().map(SearchIndex::messageEntry).toList());
    }

    static void remove(Connection c, Kind kind, long recordId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM search_entry WHERE id = ?")) {
            ps.setLong(1, kind.entryId(recordId));
            ps.executeUpdate();
        }
    }

    /** Removes the entries of a chat file's messages (its rows go with the file's, by cascade). */
    static void removeMessagesOf(Connection c, long evidenceId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM search_entry WHERE id BETWEEN ? AND ?")) {
            ps.setLong(1, Kind.CHAT_MESSAGE.entryId(Chats.messageId(evidenceId, 0)));
            ps.setLong(2, Kind.CHAT_MESSAGE.entryId(Chats.messageId(evidenceId, Chats.MAX_MESSAGES - 1)));
            ps.executeUpdate();
        }
    }

    private static Entry evidenceEntry(Evidence e) {
        return new Entry(Kind.EVIDENCE, e.id(), words(e.caption(), e.originalName(),
                Objects.equals(e.fileName(), e.originalName()) ? null : e.fileName()));
    }

    private static Entry messageEntry(ConversationMessage m) {
        return new Entry(Kind.CHAT_MESSAGE, m.id(), words(m.text()));
    }

    /** The folded words, ended with a space so that their last two characters start a trigram too. */
    private static String words(String... texts) {
        return SearchText.fold(Arrays.stream(texts).filter(Objects::nonNull).collect(Collectors.joining("\n"))) + " ";
    }

    /** Adds or replaces entries; an entry whose words did not change is left alone. */
    private static void put(Connection c, Kind kind, List<Entry> entries) throws SQLException {
        String sql = "INSERT INTO search_entry (id, kind, record_id, folded, words) VALUES (?, ?, ?, ?, ?)"
                + " ON CONFLICT (id) DO UPDATE SET folded = excluded.folded, words = excluded.words"
                + " WHERE search_entry.folded <> excluded.folded";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Entry entry : entries) {
                ps.setLong(1, kind.entryId(entry.recordId()));
                ps.setString(2, kind.name());
                ps.setLong(3, entry.recordId());
                ps.setString(4, entry.folded());
                ps.setString(5, CHINESE.matcher(entry.folded()).replaceAll(" "));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * Fills the index from the records when it was built with an older folding or never (a
     * database from before the index). Runs in the caller's transaction.
     */
    static void fillIfBehind(Connection c) throws SQLException {
        Integer version = Rows.list(c, "SELECT folding_version FROM search_index_state", rs -> rs.getInt(1))
                .stream().findFirst().orElse(null);
        if (version != null && version >= FOLDING_VERSION) {
            return;
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM search_entry");
        }
        for (Factory f : FactoryTable.all(c)) {
            factory(c, f);
        }
        for (Order o : OrderTable.all(c)) {
            order(c, o);
        }
        put(c, Kind.EVIDENCE, EvidenceTable.all(c).stream().map(SearchIndex::evidenceEntry).toList());
        messages(c, ChatTable.allMessages(c));
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM search_index_state");
            s.executeUpdate("INSERT INTO search_index_state (folding_version) VALUES (" + FOLDING_VERSION + ")");
        }
    }
}
