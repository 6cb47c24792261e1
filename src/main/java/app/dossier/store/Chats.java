package app.dossier.store;

import app.dossier.domain.Conversation;
import app.dossier.domain.ConversationMessage;
import java.util.List;
import java.util.Optional;

/**
 * Chats kept as files in Chat and agreements, and their messages. A message's id is its chat file's
 * evidence id and its place in the file put together ({@link #messageId}), so the messages read again
 * from the file by a rebuild get the same ids. Every call takes the caller's {@link Session}; a
 * refusal is a {@link StoreException}.
 */
public interface Chats {
    /** Messages one chat file may hold: the place in the file takes the low 20 bits of a message's id. */
    int MAX_MESSAGES = 1 << 20;

    static long messageId(long evidenceId, int index) {
        if (index < 0 || index >= MAX_MESSAGES) {
            throw new IllegalArgumentException("message " + index + " is beyond what one chat file holds");
        }
        return (evidenceId << 20) | index;
    }

    /** Records a chat file; its pins are set with the messages, not here. */
    void insert(Session session, long orderId, Conversation chat);

    /** Inserts the messages of one chat file; their ids are made from evidence id and index. */
    List<ConversationMessage> insertMessages(Session session, List<ConversationMessage> messages);

    void setPinned(Session session, long messageId, boolean pinned);

    /** Removes every message of one chat file and their search entries; the chat itself stays. */
    void removeMessages(Session session, long evidenceId);

    /** Sets how many messages a chat file holds, once they are all inserted (a chat read as it streams). */
    void setMessageCount(Session session, long evidenceId, int messages);

    Optional<Conversation> byEvidence(Session session, long evidenceId);

    /** The order's chats in the order they were kept, each with its pinned messages. */
    List<Conversation> ofOrder(Session session, long orderId);

    Optional<ConversationMessage> message(Session session, long messageId);

    /** The messages with these ids (those still there), in any order. */
    default List<ConversationMessage> messages(Session session, java.util.Collection<Long> messageIds) {
        return messageIds.stream().distinct().map(id -> message(session, id)).flatMap(Optional::stream).toList();
    }

    /** Every message of the order's chats, by the time it was sent. */
    List<ConversationMessage> messagesOfOrder(Session session, long orderId);

    /** The messages of one chat file, in the file's order. */
    List<ConversationMessage> messagesOfChat(Session session, long evidenceId);

    /** The first {@code count} messages of one chat file, in the file's order. */
    List<ConversationMessage> firstMessagesOfChat(Session session, long evidenceId, int count);

    /** The order's pinned messages, by the time they were sent. */
    List<ConversationMessage> pinnedOfOrder(Session session, long orderId);
}
