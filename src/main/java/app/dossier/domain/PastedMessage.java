package app.dossier.domain;

import java.time.LocalDateTime;

/**
 * One message of a chat pasted from WeChat, as read for the user to check before it is imported: its
 * sender and time as the text gives them, its words, and what the reading is unsure of.
 *
 * @param line   the line of the pasted text the message starts on, from 1
 * @param sentAt when it was sent; null when the text gives no time that exists
 * @param sender the name the text gives; "" when the lines stand under no sender
 * @param doubt  what to check before importing it; null when the text said it plainly
 */
public record PastedMessage(int line, LocalDateTime sentAt, String sender, String text, Doubt doubt) {

    /** What the reading of a pasted message is unsure of; the preview says it beside the message. */
    public enum Doubt {
        /** Lines above the first line naming a sender: whose words they are is not said. */
        NO_SENDER,
        /** The line starts a message, but its time does not exist (2026/2/30) or could not be read. */
        TIME_NOT_READ,
        /** The text gives the day or the time only in part (“14:03” with no date above it, a phone copy's date line). */
        TIME_GUESSED,
        /** A line of its words looks like the start of another message: it may be two messages in one. */
        HEADER_IN_TEXT,
        /** A third name or more, on a line that follows the message above without a blank line: a new person, or words of that message? */
        NEW_SENDER
    }

    public PastedMessage {
        sender = sender == null ? "" : sender;
        text = text == null ? "" : text;
    }

    /** The same message as the user corrected it; it carries no doubt any more. */
    public PastedMessage corrected(LocalDateTime newSentAt, String newSender, String newText) {
        return new PastedMessage(line, newSentAt, newSender, newText, null);
    }

    /**
     * Why this message cannot be imported as it stands, or null: every message needs a time and a
     * sender, and its words within the limit of a chat message.
     */
    public Refusal problem() {
        if (sentAt == null) {
            return Refusal.CHAT_MESSAGE_WITHOUT_TIME;
        }
        if (sender.isBlank()) {
            return Refusal.CHAT_MESSAGE_WITHOUT_SENDER;
        }
        return null;
    }
}
