package app.dossier.ui.order;

import app.dossier.domain.Conversation;
import app.dossier.domain.ConversationMessage;
import app.dossier.domain.MessageKind;
import app.dossier.ui.common.Texts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** An order's chat messages as the conversation shows them: sides, names, times and placeholders in words. */
final class ChatLines {
    private static final String MEMOTRACE_CSV = "MEMOTRACE_CSV";
    private static final String REPLY_MARK = "\n引用:";

    private ChatLines() {
    }

    /**
     * The messages, in the order given (by the time they were sent). A chat's messages go left and
     * right only when the chat tells whose they are: a MemoTrace CSV always does; a text export or
     * pasted text does when the importer's name was given and is among the senders. Otherwise every
     * message is on the left, with its sender's name.
     */
    static List<ChatLine> of(List<Conversation> chats, List<ConversationMessage> messages, Texts t) {
        Set<Long> sidesKnown = new HashSet<>();
        for (Conversation chat : chats) {
            if (MEMOTRACE_CSV.equals(chat.format())) {
                sidesKnown.add(chat.evidenceId());
            }
        }
        for (ConversationMessage m : messages) {
            if (m.fromMe()) {
                sidesKnown.add(m.evidenceId());
            }
        }
        List<ChatLine> lines = new ArrayList<>(messages.size());
        for (ConversationMessage m : messages) {
            lines.add(line(m, sidesKnown.contains(m.evidenceId()), t));
        }
        return lines;
    }

    static ChatLine line(ConversationMessage m, boolean sidesKnown, Texts t) {
        String time = t.formats().date(m.sentAt());
        String text = m.text() == null ? "" : m.text();
        if (m.kind() == MessageKind.SYSTEM) {
            return new ChatLine(m, ChatLine.Side.CENTER, "", time, text, "");
        }
        ChatLine.Side side = sidesKnown && m.fromMe() ? ChatLine.Side.RIGHT : ChatLine.Side.LEFT;
        String body = text;
        String detail = "";
        switch (m.kind()) {
            case IMAGE, VOICE, VIDEO, STICKER, FILE -> {
                body = t.get("order.chat.kind." + m.kind().name());
                detail = afterPlaceholder(text);
            }
            case REPLY -> {
                int quote = text.indexOf(REPLY_MARK);
                if (quote >= 0) {
                    body = text.substring(0, quote);
                    detail = quoted(text.substring(quote + REPLY_MARK.length()));
                }
            }
            default -> {
            }
        }
        return new ChatLine(m, side, m.sender() == null ? "" : m.sender(), time, body, detail);
    }

    /** "硅胶铲5件套报价单.xlsx" from "[文件]硅胶铲5件套报价单.xlsx"; empty for a bare "[图片]". */
    private static String afterPlaceholder(String text) {
        String rest = text.strip();
        if (rest.startsWith("[")) {
            int close = rest.indexOf(']');
            rest = close < 0 ? rest : rest.substring(close + 1);
        }
        return rest.strip();
    }

    /** "李丽: 灰色和浅绿色…" from WeChat's "李丽:灰色和浅绿色…". */
    private static String quoted(String quote) {
        int colon = quote.indexOf(':');
        return colon <= 0 ? quote.strip() : quote.substring(0, colon).strip() + ": " + quote.substring(colon + 1).strip();
    }
}
