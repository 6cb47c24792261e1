package app.dossier.imports;

import app.dossier.domain.ChatParties;
import app.dossier.domain.Refusal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A WechatExporter TXT export (chats from an iPhone backup): a title line "李丽 - 微信聊天记录" ("… - WeChat
 * Chat History"), a blank line, then one line per message "NAME (2026-09-01 14:30:02):MESSAGE", a message's
 * further lines below it without a header. The exporter writes some messages in its own way: a
 * transfer "微信转账 ￥100.00 - 转账" with no line break after it (the next message's header follows on the
 * same line), a reply as "「李丽：quoted」", a dashed line and the words, without a header, and WeChat's
 * notices as "系统消息: …" without a time. Those take the time of the message above them.
 */
final class WechatExporterTxtChat {
    private static final String TIME = "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}";
    private static final Pattern HEADER = Pattern.compile("(.+?) \\((" + TIME + ")\\):(.*)", Pattern.DOTALL);
    private static final Pattern HEADER_INSIDE = Pattern.compile(" \\((" + TIME + ")\\):");
    private static final Pattern TITLE = Pattern.compile(".+ - (?:微信聊天记录|WeChat Chat History)");
    private static final Pattern NOTICE = Pattern.compile("(?:系统消息|System Message)\\s*[:：]\\s*(.*)");
    private static final Pattern QUOTE = Pattern.compile("「(.*?)[：:](.*)」");
    private static final Pattern DASHES = Pattern.compile("(?:- ){5,}-?");
    private static final Pattern FILE = Pattern.compile("\\[(文件|File): (.*)]");
    /* a transfer's words as the exporter writes them, its state after the amount when it knows it */
    private static final Pattern TRANSFER_WORDS = Pattern.compile("(?:微信转账|Weixin Transfer)\\s+[¥￥]\\d[\\d,]*\\.\\d{2}"
            + "(?: - [^\\n]*?(?:转账|已收款|已接收|已退还|已被接收|已被退还|已过期|Transfer|Accepted|Rejected|Expired))?\\s*");

    private static final Pattern AFTER_TRANSFER = Pattern.compile(".*" + TRANSFER_WORDS.pattern());

    private final ChatParties parties;
    private final List<ChatMessage> messages = new ArrayList<>();
    private final Set<String> senders = new HashSet<>();
    private LocalDateTime at;
    private String sender;
    private boolean fromMe;
    private List<String> words;
    private boolean meSeen;
    private int lineNumber;

    private WechatExporterTxtChat(ChatParties parties) {
        this.parties = parties;
        for (String name : new String[] {parties.me(), parties.them()}) {
            if (name != null && !name.isBlank()) {
                senders.add(name.strip());
            }
        }
    }

    /** Whether the text starts as WechatExporter writes: its title line, or a message's header. */
    static boolean startsIt(String first, String second) {
        return HEADER.matcher(first).matches()
                || (TITLE.matcher(first).matches() && (second.isEmpty() || HEADER.matcher(second).matches()
                || NOTICE.matcher(second).matches()));
    }

    static Chat read(String text, ChatParties parties) {
        WechatExporterTxtChat reading = new WechatExporterTxtChat(parties);
        List<String> lines = ChatText.lines(text);
        boolean titleAllowed = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            reading.lineNumber = i + 1;
            if (titleAllowed && !line.isBlank()) {
                titleAllowed = false;
                if (TITLE.matcher(line.strip()).matches()) {
                    continue;
                }
            }
            // a reply's quote starts a line, or follows a transfer's words on theirs
            int quoteAt = line.indexOf('「');
            Matcher quote = QUOTE.matcher(quoteAt < 0 ? "" : line.substring(quoteAt).strip());
            if (quote.matches() && i + 1 < lines.size() && DASHES.matcher(lines.get(i + 1).strip()).matches()
                    && (line.substring(0, quoteAt).isBlank() || AFTER_TRANSFER.matcher(line.substring(0, quoteAt)).matches())) {
                if (!line.substring(0, quoteAt).isBlank()) {
                    reading.line(line.substring(0, quoteAt));
                }
                reading.reply(quote.group(1), quote.group(2));
                i++;
                continue;
            }
            reading.line(line);
        }
        reading.finish();
        return new Chat(ChatFormat.WECHATEXPORTER_TXT, ChatText.withTransfers(timed(reading.messages)), reading.meSeen);
    }

    /** A notice or reply above every message with a time takes the time of the first message below it. */
    private static List<ChatMessage> timed(List<ChatMessage> messages) {
        List<ChatMessage> timed = new ArrayList<>(messages);
        LocalDateTime next = null;
        for (int i = timed.size() - 1; i >= 0; i--) {
            ChatMessage m = timed.get(i);
            if (m.sentAt() != null) {
                next = m.sentAt();
            } else if (next != null) {
                timed.set(i, new ChatMessage(next, m.sender(), m.fromMe(), m.kind(), m.text(), m.messageId(),
                        m.transfer()));
            }
        }
        if (!timed.isEmpty() && timed.get(timed.size() - 1).sentAt() == null) {
            throw new UnreadableFileException(Refusal.CHAT_EMPTY.with());
        }
        return timed;
    }

    private void line(String line) {
        Matcher header = HEADER.matcher(line);
        Matcher notice = NOTICE.matcher(line.strip());
        if (header.matches()) {
            finish();
            at = ChatTimes.parse(header.group(2), MemoTraceTxtChat.STR_TIME, lineNumber);
            sender = header.group(1).strip();
            senders.add(sender);
            fromMe = parties.isMe(sender);
            meSeen |= fromMe;
            words = new ArrayList<>();
            words(header.group(3));
        } else if (notice.matches()) {
            finish();
            messages.add(new ChatMessage(at, "", false, ChatMessage.Kind.SYSTEM, notice.group(1).strip()));
        } else if (words != null) {
            words(line);
        }
    }

    /**
     * A message's words. A header glued after them starts the next message when the words before it
     * are a transfer's (the longest that are), or the name in it is someone's who already wrote.
     */
    private void words(String text) {
        Matcher inside = HEADER_INSIDE.matcher(text);
        while (inside.find()) {
            int split = split(text, inside.start());
            if (split > 0) {
                words.add(text.substring(0, split));
                line(text.substring(split));
                return;
            }
        }
        words.add(text.stripTrailing());
    }

    private int split(String text, int nameEnd) {
        for (int start = nameEnd - 1; start > 0; start--) {
            if (senders.contains(text.substring(start, nameEnd))) {
                return start;
            }
        }
        for (int start = nameEnd - 1; start > 0; start--) {
            if (TRANSFER_WORDS.matcher(text.substring(0, start)).matches()) {
                return start;
            }
        }
        return 0;
    }

    private void reply(String quotedName, String quoted) {
        finish();
        sender = "";
        fromMe = false;
        words = new ArrayList<>();
        words.add(ChatText.replyText("", quotedName.strip(), quoted.strip()));
    }

    private void finish() {
        if (words == null) {
            return;
        }
        while (!words.isEmpty() && words.get(words.size() - 1).isBlank()) {
            words.remove(words.size() - 1);
        }
        String text = String.join("\n", words);
        if (text.startsWith("\n引用:")) {
            // a reply: the quote came first, the words after the dashed line
            String quote = text.substring(1, text.indexOf('\n', 1) < 0 ? text.length() : text.indexOf('\n', 1));
            text = text.substring(1 + quote.length()).strip() + "\n" + quote;
        }
        Matcher file = FILE.matcher(text);
        if (file.matches()) {
            text = "[" + file.group(1) + "] " + file.group(2).strip();
        }
        messages.add(ChatText.message(at, sender, fromMe, text));
        words = null;
    }
}
