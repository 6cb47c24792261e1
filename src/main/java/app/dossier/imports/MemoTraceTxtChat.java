package app.dossier.imports;

import app.dossier.domain.ChatParties;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A MemoTrace TXT export: "{StrTime} {name}", the message, a blank line; names HTML-escaped ("Mai &amp; Co"). WeChat's own notices are
 * written as "{StrTime} {notice}" with no message below, and are read as system messages.
 */
final class MemoTraceTxtChat {
    static final DateTimeFormatter STR_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private MemoTraceTxtChat() {
    }

    static Chat read(String text, ChatParties parties) {
        List<ChatMessage> messages = new ArrayList<>();
        boolean meSeen = false;
        for (ChatText.Block block : ChatText.blocks(text, ChatFormat.MEMOTRACE_HEADER)) {
            LocalDateTime sentAt = ChatTimes.parse(block.header().group(1), STR_TIME, block.lineNumber());
            String rest = block.header().group(2) == null ? "" : block.header().group(2).strip();
            if (block.content().isEmpty()) {
                messages.add(new ChatMessage(sentAt, "", false, ChatMessage.Kind.SYSTEM, rest));
                continue;
            }
            rest = ChatText.unescape(rest);
            boolean fromMe = parties.isMe(rest);
            meSeen |= fromMe;
            String body = block.text();
            messages.add(new ChatMessage(sentAt, rest, fromMe, ChatText.kindOf(body), body));
        }
        return new Chat(ChatFormat.MEMOTRACE_TXT, ChatText.withTransfers(messages), meSeen);
    }
}
