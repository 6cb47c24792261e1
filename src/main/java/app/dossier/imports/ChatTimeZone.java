package app.dossier.imports;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The exporters write a message's time as the exporting computer's clock showed it, without its zone
 * (MemoTrace's StrTime, PyWxDump's CreateTime, chatlog's, a pasted chat's). Dossier keeps times on the
 * computer's clock, so a chat whose times were written in another zone (a factory's export in China,
 * read in Vietnam) has them moved: 14:30 in Asia/Shanghai is 13:30 in Asia/Ho_Chi_Minh.
 */
public final class ChatTimeZone {
    private ChatTimeZone() {
    }

    /** The chat with each time written in {@code written} moved to the same moment on {@code kept}'s clock. */
    public static Chat moved(Chat chat, ZoneId written, ZoneId kept) {
        if (written.equals(kept)) {
            return chat;
        }
        List<ChatMessage> messages = new ArrayList<>(chat.messages().size());
        for (ChatMessage m : chat.messages()) {
            messages.add(moved(m, written, kept));
        }
        return new Chat(chat.format(), messages, chat.sidesKnown(), chat.yearGuessed());
    }

    /** One message, its time written in {@code written} moved to {@code kept}'s clock. */
    public static ChatMessage moved(ChatMessage m, ZoneId written, ZoneId kept) {
        return new ChatMessage(moved(m.sentAt(), written, kept), m.sender(), m.fromMe(), m.kind(), m.text(),
                m.messageId(), m.transfer());
    }

    /** One time written in {@code written}, on {@code kept}'s clock. */
    public static LocalDateTime moved(LocalDateTime time, ZoneId written, ZoneId kept) {
        return time.atZone(written).withZoneSameInstant(kept).toLocalDateTime();
    }
}
