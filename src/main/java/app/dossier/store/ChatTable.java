package app.dossier.store;

import app.dossier.domain.ConfirmedMessage;
import app.dossier.domain.Conversation;
import app.dossier.domain.ConversationMessage;
import app.dossier.domain.MessageKind;
import app.dossier.domain.PinnedMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The SQLite side of {@link Chats}. */
public final class ChatTable implements Chats {
    private static final String MESSAGE_COLUMNS = "id, order_id, evidence_id, position, sent_at, sender, from_me,"
            + " kind, text, pinned";

    /** Records a chat file; its pins are set with the messages, not here. */
    @Override
    public void insert(Session s, long orderId, Conversation chat) {
        Sql.run(s, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO chat (evidence_id, order_id, format, me, them, message_count, zone)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, chat.evidenceId());
                ps.setLong(2, orderId);
                Columns.text(ps, 3, chat.format());
                Columns.text(ps, 4, chat.me());
                Columns.text(ps, 5, chat.them());
                ps.setInt(6, chat.messages());
                Columns.text(ps, 7, chat.zone());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO chat_page (evidence_id, chat_evidence_id, position) VALUES (?, ?, ?)")) {
                for (int i = 0; i < chat.pages().size(); i++) {
                    ps.setLong(1, chat.pages().get(i));
                    ps.setLong(2, chat.evidenceId());
                    ps.setInt(3, i + 1);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }

    /** Inserts the messages of one chat file; their ids are made from evidence id and index. */
    @Override
    public List<ConversationMessage> insertMessages(Session s, List<ConversationMessage> messages) {
        return Sql.call(s, c -> {
            List<ConversationMessage> saved = new ArrayList<>(messages.size());
            String sql = "INSERT INTO chat_message (" + MESSAGE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (ConversationMessage m : messages) {
                    long id = Chats.messageId(m.evidenceId(), m.index());
                    ps.setLong(1, id);
                    ps.setLong(2, m.orderId());
                    ps.setLong(3, m.evidenceId());
                    ps.setInt(4, m.index());
                    Columns.text(ps, 5, m.sentAt());
                    Columns.text(ps, 6, m.sender());
                    ps.setInt(7, m.fromMe() ? 1 : 0);
                    Columns.text(ps, 8, m.kind().name());
                    Columns.text(ps, 9, m.text());
                    ps.setInt(10, m.pinned() ? 1 : 0);
                    ps.addBatch();
                    saved.add(new ConversationMessage(id, m.orderId(), m.evidenceId(), m.index(), m.sentAt(), m.sender(),
                            m.fromMe(), m.kind(), m.text(), m.pinned()));
                }
                ps.executeBatch();
            }
            SearchIndex.messages(c, saved);
            return saved;
        });
    }

    @Override
    public void setPinned(Session s, long messageId, boolean pinned) {
        Sql.run(s, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE chat_message SET pinned = ? WHERE id = ?")) {
                ps.setInt(1, pinned ? 1 : 0);
                ps.setLong(2, messageId);
                ps.executeUpdate();
            }
        });
    }

    @Override
    public void removeMessages(Session s, long evidenceId) {
        Sql.run(s, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM chat_message WHERE evidence_id = ?")) {
                ps.setLong(1, evidenceId);
                ps.executeUpdate();
            }
            SearchIndex.removeMessagesOf(c, evidenceId);
        });
    }

    @Override
    public void setMessageCount(Session s, long evidenceId, int messages) {
        Sql.run(s, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE chat SET message_count = ? WHERE evidence_id = ?")) {
                ps.setInt(1, messages);
                ps.setLong(2, evidenceId);
                ps.executeUpdate();
            }
        });
    }

    @Override
    public Optional<Conversation> byEvidence(Session s, long evidenceId) {
        return Sql.call(s, c -> chats(c, "WHERE evidence_id = ?", evidenceId).stream().findFirst());
    }

    /** The order's chats in the order they were kept, each with its pinned messages. */
    @Override
    public List<Conversation> ofOrder(Session s, long orderId) {
        return Sql.call(s, c -> chats(c, "WHERE order_id = ? ORDER BY evidence_id", orderId));
    }

    private List<Conversation> chats(Connection c, String where, long key) throws SQLException {
        List<Conversation> bare = Rows.list(c,
                "SELECT evidence_id, format, me, them, message_count, zone FROM chat " + where,
                rs -> new Conversation(rs.getLong("evidence_id"), rs.getString("format"), rs.getString("me"),
                        rs.getString("them"), rs.getInt("message_count"), List.of(), List.of(), List.of(),
                        rs.getString("zone")), key);
        List<Conversation> result = new ArrayList<>(bare.size());
        for (Conversation chat : bare) {
            List<PinnedMessage> pins = messages(c, "WHERE evidence_id = ? AND pinned = 1 ORDER BY position",
                    chat.evidenceId()).stream().map(ConversationMessage::quoted).toList();
            List<ConfirmedMessage> confirmed = !chat.checkedInPreview() ? List.of()
                    : messages(c, "WHERE evidence_id = ? ORDER BY position", chat.evidenceId()).stream()
                            .map(m -> new ConfirmedMessage(m.sentAt(), m.sender(), m.text())).toList();
            List<Long> pages = Rows.list(c, "SELECT evidence_id FROM chat_page WHERE chat_evidence_id = ? ORDER BY position",
                    rs -> rs.getLong("evidence_id"), chat.evidenceId());
            result.add(new Conversation(chat.evidenceId(), chat.format(), chat.me(), chat.them(), chat.messages(),
                    pins, confirmed, pages, chat.zone()));
        }
        return result;
    }

    @Override
    public Optional<ConversationMessage> message(Session s, long messageId) {
        return Sql.call(s, c -> messages(c, "WHERE id = ?", messageId).stream().findFirst());
    }

    @Override
    public List<ConversationMessage> messages(Session s, java.util.Collection<Long> messageIds) {
        return Sql.call(s, c -> Rows.byIds(messageIds, (marks, some) -> messages(c, "WHERE id IN " + marks, some)));
    }

    /** Every message of the order's chats, by the time it was sent. */
    @Override
    public List<ConversationMessage> messagesOfOrder(Session s, long orderId) {
        return Sql.call(s, c -> messages(c, "WHERE order_id = ? ORDER BY sent_at, evidence_id, position", orderId));
    }

    /** The messages of one chat file, in the file's order. */
    @Override
    public List<ConversationMessage> messagesOfChat(Session s, long evidenceId) {
        return Sql.call(s, c -> messages(c, "WHERE evidence_id = ? ORDER BY position", evidenceId));
    }

    @Override
    public List<ConversationMessage> firstMessagesOfChat(Session s, long evidenceId, int count) {
        return Sql.call(s, c -> messages(c, "WHERE evidence_id = ? AND position < ? ORDER BY position", evidenceId,
                count));
    }

    /** The order's pinned messages, by the time they were sent. */
    @Override
    public List<ConversationMessage> pinnedOfOrder(Session s, long orderId) {
        return Sql.call(s, c ->
                messages(c, "WHERE order_id = ? AND pinned = 1 ORDER BY sent_at, evidence_id, position", orderId));
    }

    private static List<ConversationMessage> messages(Connection c, String where, Object... args) throws SQLException {
        return Rows.list(c, "SELECT " + MESSAGE_COLUMNS + " FROM chat_message " + where, rs ->
                new ConversationMessage(
                        rs.getLong("id"),
                        rs.getLong("order_id"),
                        rs.getLong("evidence_id"),
                        rs.getInt("position"),
                        Columns.dateTime(rs, "sent_at"),
                        rs.getString("sender"),
                        rs.getInt("from_me") == 1,
                        Columns.enumValue(rs, "kind", MessageKind.class),
                        rs.getString("text"),
                        rs.getInt("pinned") == 1), args);
    }

    /** Every message, for filling the search index. */
    static List<ConversationMessage> allMessages(Connection c) throws SQLException {
        return messages(c, "ORDER BY id");
    }
}
