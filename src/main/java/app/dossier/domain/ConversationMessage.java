package app.dossier.domain;

import java.time.LocalDateTime;

/**
 * One message of a chat kept in an order's case file, as read from the chat's file.
 *
 * @param id         the message's id; stays the same when the database is rebuilt
 * @param evidenceId the chat's file (a Chat and agreements evidence)
 * @param index      where the message is in that file, from 0
 * @param sender     the name shown for the sender; "" for WeChat's own notices
 * @param fromMe     whether the importer sent it, when the chat tells (see {@link Conversation#me()})
 * @param text       the words, or WeChat's placeholder ([图片], [语音], …) for what is not text
 * @param pinned     whether the user marked it as one the dispute packet quotes: the factory
 *                   confirming the spec or the sample, say
 */
public record ConversationMessage(
        long id,
        long orderId,
        long evidenceId,
        int index,
        LocalDateTime sentAt,
        String sender,
        boolean fromMe,
        MessageKind kind,
        String text,
        boolean pinned) {

    public ConversationMessage withPinned(boolean newPinned) {
        return new ConversationMessage(id, orderId, evidenceId, index, sentAt, sender, fromMe, kind, text, newPinned);
    }

    /** The message as case.json and the dispute packet quote it. */
    public PinnedMessage quoted() {
        return new PinnedMessage(index, sentAt, sender, text);
    }
}
