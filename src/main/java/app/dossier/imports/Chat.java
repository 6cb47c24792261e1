package app.dossier.imports;

import app.dossier.domain.ChatParties;
import app.dossier.domain.ConfirmedMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * The messages read from a chat export or pasted chat, in the order the export gives them.
 *
 * @param sidesKnown whether {@link ChatMessage#fromMe()} can be trusted: the MemoTrace CSV says who
 *                   sent each message; the text formats only give names, so it is known when the
 *                   importer's own name was given and appears among the senders
 * @param yearGuessed whether the export gives times without their year (chatlog's "09-01 14:30:02") and
 *                    the year was taken from the date the reader was given, for the user to be told so
 */
public record Chat(ChatFormat format, List<ChatMessage> messages, boolean sidesKnown, boolean yearGuessed) {
    public Chat {
        messages = List.copyOf(messages);
    }

    public Chat(ChatFormat format, List<ChatMessage> messages, boolean sidesKnown) {
        this(format, messages, sidesKnown, false);
    }

    /** The transfers of money in the chat, offers and receipts, in the chat's order. */
    public List<ChatMessage> transfers() {
        return messages.stream().filter(m -> m.transfer().isPresent()).toList();
    }

    /** A pasted chat as the user confirmed it in the preview: the importer's messages known by their name. */
    public static Chat confirmed(List<ConfirmedMessage> confirmed, ChatParties parties) {
        List<ChatMessage> messages = new ArrayList<>(confirmed.size());
        boolean meSeen = false;
        for (ConfirmedMessage m : confirmed) {
            boolean fromMe = parties.isMe(m.sender());
            meSeen |= fromMe;
            messages.add(new ChatMessage(m.sentAt(), m.sender(), fromMe, ChatText.kindOf(m.text()), m.text()));
        }
        return new Chat(ChatFormat.WECHAT_DESKTOP_PASTE, ChatText.withTransfers(messages), meSeen);
    }
}
