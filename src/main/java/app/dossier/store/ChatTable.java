package app.dossier.store;

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

/**
 * Chats kept as files in Chat and agreements, and their messages. A message's id is its chat
 * file's evidence id and its place in the file put together ({@link #messageId}), so the messages
 * read again from the file by a rebuild get the same ids.
 */
public final class ChatTable {
    /** Messages one chat file may hold: the place in the file takes the low 20 bits of a message's id. */
    public static final int MAX_MESSAGES = 1 << 20;

    private static final String MESSAGE_COLUMNS = "id, order_id, evidence_id, position, sent_at, sender, from_me,"
            + " kind, text, pinned";

    public static long messageId(long evidenceId, int index) {
        if (index < 0 || index >= MAX_MESSAGES) {
            throw new IllegalArgumentException("message " + index + " is beyond what one chat file holds");
        }
        return (evidenceId << 20) | index;
    }

    /** Records a chat file; its pins are set with the messages, not here. */
    public void insert(Connection c, long orderId, Conversation chat) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO chat (evidence_id, order_id, format, me, them, message_count) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, chat.evidenceId());
            ps.setLong(2, orderId);
            Columns.text(ps, 3, chat.format());
            Columns.text(ps, 4, chat.me());
            Columns.text(ps, 5, chat.them());
            ps.setInt(6, chat.messages());
            ps.executeUpdate();
        }
    }

    /** Inserts the messages of one chat file; their ids are made from evidence id and index. */
    public List<ConversationMessage> insertMessages(Connection c, List<ConversationMessage> messages)
            throws SQLException {
        List<ConversationMessage> saved = new ArrayList<>(messages.size());
        String sql = "INSERT INTO chat_message (" + MESSAGE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (ConversationMessage m : messages) {
                long id = messageId(m.evidenceId(), m.index());
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
    }

    public void setPinned(Connection c, long messageId, boolean pinned) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE chat_message SET pinned = ? WHERE id = ?")) {
            ps.setInt(1, pinned ? 1 : 0);
            ps.setLong(2, messageId);
            ps.executeUpdate();
        }
    }

    public Optional<Conversation> byEvidence(Connection c, long evidenceId) throws SQLException {
        return chats(c, "WHERE evidence_id = ?", evidenceId).stream().findFirst();
    }

    /** The order's chats in the order they were kept, each with its pinned messages. */
    public List<Conversation> ofOrder(Connection c, long orderId) throws SQLException {
        return chats(c, "WHERE order_id = ? ORDER BY evidence_id", orderId);
    }

    private List<Conversation> chats(Connection c, String where, long key) throws SQLException {
        List<Conversation> bare = Rows.list(c, "SELECT evidence_id, format, me, them, message_count FROM chat " + where,
                rs -> new Conversation(rs.getLong("evidence_id"), rs.getString("format"), rs.getString("me"),
                        rs.getString("them"), rs.getInt("message_count"), List.of()), key);
        List<Conversation> result = new ArrayList<>(bare.size());
        for (Conversation chat : bare) {
            List<PinnedMessage> pins = messages(c, "WHERE evidence_id = ? AND pinned = 1 ORDER BY position",
                    chat.evidenceId()).stream().map(ConversationMessage::quoted).toList();
            result.add(new Conversation(chat.evidenceId(), chat.format(), chat.me(), chat.them(), chat.messages(),
                    pins));
        }
        return result;
    }

    public Optional<ConversationMessage> message(Connection c, long messageId) throws SQLException {
        return messages(c, "WHERE id = ?", messageId).stream().findFirst();
    }

    /** Every message of the order's chats, by the time it was sent. */
    public List<ConversationMessage> messagesOfOrder(Connection c, long orderId) throws SQLException {
        return messages(c, "WHERE order_id = ? ORDER BY sent_at, evidence_id, position", orderId);
    }

    /** The messages of one chat file, in the file's order. */
    public List<ConversationMessage> messagesOfChat(Connection c, long evidenceId) throws SQLException {
        return messages(c, "WHERE evidence_id = ? ORDER BY position", evidenceId);
    }

    /** The order's pinned messages, by the time they were sent. */
    public List<ConversationMessage> pinnedOfOrder(Connection c, long orderId) throws SQLException {
        return messages(c, "WHERE order_id = ? AND pinned = 1 ORDER BY sent_at, evidence_id, position", orderId);
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
    List<ConversationMessage> allMessages(Connection c) throws SQLException {
        return messages(c, "ORDER BY id");
    }
}
