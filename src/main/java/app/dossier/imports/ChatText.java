package app.dossier.imports;

import app.dossier.domain.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the two text formats share: messages as a header line (time and name), content lines and a
 * blank line, and WeChat's placeholders for what is not text.
 */
final class ChatText {
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    private static final String REPLY_MARK = "引用:";

    /* MemoTrace writes the Chinese ones; WeChat in English shows the others. */
    private static final Map<String, ChatMessage.Kind> PLACEHOLDERS = Map.ofEntries(
            Map.entry("[图片]", ChatMessage.Kind.IMAGE), Map.entry("[Photo]", ChatMessage.Kind.IMAGE),
            Map.entry("[Image]", ChatMessage.Kind.IMAGE),
            Map.entry("[语音]", ChatMessage.Kind.VOICE), Map.entry("[Voice]", ChatMessage.Kind.VOICE),
            Map.entry("[视频]", ChatMessage.Kind.VIDEO), Map.entry("[Video]", ChatMessage.Kind.VIDEO),
            Map.entry("[表情包]", ChatMessage.Kind.STICKER), Map.entry("[动画表情]", ChatMessage.Kind.STICKER),
            Map.entry("[Sticker]", ChatMessage.Kind.STICKER),
            Map.entry("[文件]", ChatMessage.Kind.FILE), Map.entry("[File]", ChatMessage.Kind.FILE),
            Map.entry("[链接]", ChatMessage.Kind.LINK), Map.entry("[Link]", ChatMessage.Kind.LINK),
            Map.entry("[音乐分享]", ChatMessage.Kind.LINK),
            Map.entry("[位置]", ChatMessage.Kind.OTHER), Map.entry("[Location]", ChatMessage.Kind.OTHER),
            Map.entry("[名片]", ChatMessage.Kind.OTHER), Map.entry("[个人名片]", ChatMessage.Kind.OTHER),
            Map.entry("[语音 ", ChatMessage.Kind.VOICE), Map.entry("[表情]", ChatMessage.Kind.STICKER),
            Map.entry("[Emoji]", ChatMessage.Kind.STICKER), Map.entry("[红包]", ChatMessage.Kind.OTHER),
            Map.entry("[转账]", ChatMessage.Kind.TRANSFER), Map.entry("[Transfer]", ChatMessage.Kind.TRANSFER));

    /*
     * How the exporters write a transfer: MemoTrace 3.x "【发起转账】:¥100.00" and "【已收款】", PyWxDump
     * "转账：￥100.00" and "已收款：￥100.00", chatlog "[转账|发送 ￥100.00]", WechatExporter "微信转账 ￥100.00 - 转账"
     * (in English "Weixin Transfer ¥100.00 - Transfer"), WeChat's own "[转账]".
     */
    private static final Pattern TRANSFER = Pattern.compile("(?:【发起转账】|【已收款】|【转账】|【退还】|\\[转账\\|"
            + "|(?:转账|已收款|已接收)\\s*[:：]\\s*[¥￥]|(?:微信转账|Weixin Transfer)\\s+[¥￥]|\\[转账]|\\[Transfer]).*",
            Pattern.DOTALL);
    private static final Pattern AMOUNT = Pattern.compile("[¥￥]\\s*(\\d[\\d,]*(?:\\.\\d{1,2})?)");
    private static final Pattern RETURNED = Pattern.compile("^[^\\n]*(?:退还|Rejected)");
    private static final Pattern RECEIVED = Pattern.compile("^[^\\n]*(?:已收款|已接收|已被接收|\\|接收|Accepted)");

    /** A message as written: its header matched, the line it is on (from 1), its content lines. */
    record Block(Matcher header, int lineNumber, List<String> content) {
        String text() {
            return String.join("\n", content);
        }
    }

    private ChatText() {
    }

    static List<String> lines(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return List.of(LINE_BREAK.split(body, -1));
    }

    /**
     * Splits text into messages. A line is a header when it matches and starts the text or follows a
     * blank line, so a message whose text holds a blank line stays whole unless the next line looks
     * exactly like a header. Blank lines at the end of a message are not part of it. The text starts
     * with a header ({@link ChatFormat#detect} checked it), blank lines aside.
     */
    static List<Block> blocks(String text, Pattern header) {
        List<Block> blocks = new ArrayList<>();
        List<String> lines = lines(text);
        boolean afterBlank = true;
        Block current = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher matcher = header.matcher(line.strip());
            if (afterBlank && matcher.matches()) {
                current = new Block(matcher, i + 1, new ArrayList<>());
                blocks.add(current);
            } else if (current != null) {
                current.content().add(line.stripTrailing());
            }
            afterBlank = line.isBlank();
        }
        for (Block block : blocks) {
            List<String> content = block.content();
            while (!content.isEmpty() && content.get(content.size() - 1).isBlank()) {
                content.remove(content.size() - 1);
            }
        }
        return blocks;
    }

    /** The kind of a message from its text: a placeholder, a transfer, a reply (last line 引用:…), or text. */
    static ChatMessage.Kind kindOf(String text) {
        String stripped = text.strip();
        if (TRANSFER.matcher(stripped).matches()) {
            return ChatMessage.Kind.TRANSFER;
        }
        for (Map.Entry<String, ChatMessage.Kind> placeholder : PLACEHOLDERS.entrySet()) {
            if (stripped.startsWith(placeholder.getKey())) {
                return placeholder.getValue();
            }
        }
        String[] lines = stripped.split("\n");
        if (lines.length > 1 && lines[lines.length - 1].strip().startsWith(REPLY_MARK)) {
            return ChatMessage.Kind.REPLY;
        }
        return ChatMessage.Kind.TEXT;
    }

    /** A message of a text export: its kind told from its words. */
    static ChatMessage message(java.time.LocalDateTime sentAt, String sender, boolean fromMe, String text) {
        return new ChatMessage(sentAt, sender, fromMe, kindOf(text), text);
    }

    /**
     * The messages with each transfer's money read from its words. A receipt that does not repeat the
     * amount ("【已收款】") is for the last transfer offered before it.
     */
    static List<ChatMessage> withTransfers(List<ChatMessage> messages) {
        List<ChatMessage> read = new ArrayList<>(messages.size());
        TransferReading transfers = new TransferReading();
        for (ChatMessage m : messages) {
            read.add(transfers.read(m));
        }
        return read;
    }

    /** Transfers read message by message in the chat's order, remembering the last amount offered. */
    static final class TransferReading {
        private Money lastOffered;

        /** The message with its transfer's money read from its words, when it is a transfer. */
        ChatMessage read(ChatMessage m) {
            Optional<Transfer> transfer = m.kind() == ChatMessage.Kind.TRANSFER && m.transfer().isEmpty()
                    ? transfer(m.text(), m.fromMe(), lastOffered) : m.transfer();
            if (transfer.isPresent() && transfer.get().step() == Transfer.Step.SENT) {
                lastOffered = transfer.get().amount();
            }
            return transfer.equals(m.transfer()) ? m : new ChatMessage(m.sentAt(), m.sender(), m.fromMe(), m.kind(),
                    m.text(), m.messageId(), transfer);
        }
    }

    /** The money a transfer's words name, offered or acknowledged; empty when no amount can be told. */
    static Optional<Transfer> transfer(String text, boolean fromMe, Money lastOffered) {
        String words = text.strip();
        Transfer.Step step = RETURNED.matcher(words).find() ? Transfer.Step.RETURNED
                : RECEIVED.matcher(words).find() ? Transfer.Step.RECEIVED : Transfer.Step.SENT;
        Matcher amount = AMOUNT.matcher(words);
        Money money = amount.find() ? new Money(new BigDecimal(amount.group(1).replace(",", "")), Money.CNY)
                : step == Transfer.Step.SENT ? null : lastOffered;
        if (money == null) {
            return Optional.empty();
        }
        // the payer sends the offer; the payee sends the receipt and the money back
        boolean paidByMe = step == Transfer.Step.SENT ? fromMe : !fromMe;
        return Optional.of(new Transfer(money, step, paidByMe));
    }

    /** Names and notices as HTML writes them: "Mai &amp; Co" is "Mai & Co". */
    static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&apos;", "'").replace("&nbsp;", " ").replace("&amp;", "&");
    }

    static String replyText(String reply, String quotedName, String quotedText) {
        return reply + "\n" + REPLY_MARK + (quotedName == null ? "" : quotedName) + ":"
                + (quotedText == null ? "" : quotedText);
    }
}
