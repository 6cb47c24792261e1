package app.dossier.imports;

import app.dossier.domain.ChatParties;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Messages copied from WeChat on a computer and pasted: "Name 2026/9/1 2:30 PM" (English) or
 * "昵称 2026-09-01 14:30:00" (Chinese), the message, a blank line. The name may hold spaces
 * ("Nguyễn Thị Mai"): it is everything before the date.
 */
final class PastedWeChatChat {
    private static final List<DateTimeFormatter> TIMES = List.of(
            strict("uuuu/M/d h:mm[:ss][ ]a"), strict("uuuu-M-d h:mm[:ss][ ]a"),
            strict("uuuu/M/d H:mm[:ss]"), strict("uuuu-M-d H:mm[:ss]"));

    private PastedWeChatChat() {
    }

    static Chat read(String text, ChatParties parties) {
        List<ChatMessage> messages = new ArrayList<>();
        boolean meSeen = false;
        for (ChatText.Block block : ChatText.blocks(text, ChatFormat.PASTE_HEADER)) {
            String sender = block.header().group(1).strip();
            String when = block.header().group(2).strip().replaceAll("\\s+", " ");
            LocalDateTime sentAt = ChatTimes.parse(when, TIMES, block.lineNumber());
            boolean fromMe = parties.isMe(sender);
            meSeen |= fromMe;
            String body = block.text();
            messages.add(new ChatMessage(sentAt, sender, fromMe, ChatText.kindOf(body), body));
        }
        return new Chat(ChatFormat.WECHAT_DESKTOP_PASTE, messages, meSeen);
    }

    private static DateTimeFormatter strict(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }
}
