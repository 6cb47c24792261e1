package app.dossier.ui.order;

import app.dossier.domain.ConversationMessage;
import app.dossier.domain.MessageKind;

/**
 * One chat message as the conversation shows it: on which side, who and when, the words (or what
 * stands for a photo, voice note or file the export does not hold), and whether it is pinned.
 *
 * @param side    RIGHT for the importer's own messages when the chat tells them apart, CENTER for
 *                WeChat's notices, LEFT for the rest
 * @param sender  the name shown above the words; empty for WeChat's notices
 * @param time    when it was sent, as "2026-09-01 14:30"
 * @param body    the words, or for a photo, voice note, video, sticker or file its kind ("Photo")
 * @param detail  a file's name, or the message a reply quotes ("李丽: 灰色…"); empty when none
 */
public record ChatLine(ConversationMessage message, Side side, String sender, String time, String body,
        String detail) {

    public enum Side {
        LEFT,
        RIGHT,
        CENTER
    }

    public long id() {
        return message.id();
    }

    public boolean pinned() {
        return message.pinned();
    }

    public MessageKind kind() {
        return message.kind();
    }

    /** True for a photo, voice note, video, sticker or file: the export holds only a placeholder. */
    public boolean placeholder() {
        return switch (message.kind()) {
            case IMAGE, VOICE, VIDEO, STICKER, FILE -> true;
            default -> false;
        };
    }

    ChatLine withMessage(ConversationMessage changed) {
        return new ChatLine(changed, side, sender, time, body, detail);
    }
}
