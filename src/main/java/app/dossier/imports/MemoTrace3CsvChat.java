package app.dossier.imports;

import app.dossier.domain.ChatParties;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A MemoTrace 3.x CSV export (WeChat 4; UTF-8 with a byte order mark, CRLF): 消息ID,类型,发送人,时间,内容,备注,
 * 昵称,更多信息. The type is named in Chinese (文本, 图片, 转账, 引用消息…); the importer's own messages are
 * sent by "我" (or by the name given as the importer's); pictures and files are written 【图片】, 【文件】name,
 * a transfer 【发起转账】:¥100.00, a reply its words then a line 引用：name: quoted words.
 */
final class MemoTrace3CsvChat {
    static final List<String> HEADER = List.of("消息ID", "类型", "发送人", "时间", "内容");
    private static final Pattern BRACKETED = Pattern.compile("【([^】]{1,8})】\\s*(.*)", Pattern.DOTALL);
    private static final Pattern QUOTE = Pattern.compile("引用\\s*[:：]\\s*([^:：]*?)\\s*[:：]\\s?(.*)", Pattern.DOTALL);
    private static final Map<String, ChatMessage.Kind> KINDS = Map.ofEntries(
            Map.entry("文本", ChatMessage.Kind.TEXT), Map.entry("图片", ChatMessage.Kind.IMAGE),
            Map.entry("语音", ChatMessage.Kind.VOICE), Map.entry("视频", ChatMessage.Kind.VIDEO),
            Map.entry("表情", ChatMessage.Kind.STICKER), Map.entry("动画表情", ChatMessage.Kind.STICKER),
            Map.entry("表情包", ChatMessage.Kind.STICKER), Map.entry("文件", ChatMessage.Kind.FILE),
            Map.entry("引用消息", ChatMessage.Kind.REPLY), Map.entry("引用", ChatMessage.Kind.REPLY),
            Map.entry("链接", ChatMessage.Kind.LINK), Map.entry("分享卡片", ChatMessage.Kind.LINK),
            Map.entry("转账", ChatMessage.Kind.TRANSFER), Map.entry("系统消息", ChatMessage.Kind.SYSTEM),
            Map.entry("撤回消息", ChatMessage.Kind.SYSTEM), Map.entry("拍一拍", ChatMessage.Kind.SYSTEM));

    private MemoTrace3CsvChat() {
    }

    static boolean isHeader(String firstLine) {
        return CsvColumns.names(firstLine, HEADER);
    }

    static Chat read(String text, ChatParties parties) {
        return ChatStream.collect(ChatFormat.MEMOTRACE_3_CSV, new Messages(CsvColumns.records(text), parties));
    }

    /** The export's messages read one at a time; its sides are known once one is the importer's. */
    static final class Messages implements ChatStream.Source {
        private final CsvRecords records;
        private final CsvColumns columns;
        private final ChatParties parties;
        private boolean meSeen;

        Messages(CsvRecords records, ChatParties parties) {
            this.records = records;
            CsvRecords.CsvRecord header = records.next();
            this.columns = CsvColumns.of(header == null ? new CsvRecords.CsvRecord(1, List.of()) : header);
            this.parties = parties;
        }

        @Override
        public ChatMessage next() {
            for (CsvRecords.CsvRecord row = records.next(); row != null; row = records.next()) {
                if (!row.isBlank()) {
                    ChatMessage message = message(row, columns, parties);
                    meSeen |= message.fromMe();
                    return message;
                }
            }
            return null;
        }

        @Override
        public boolean sidesKnown() {
            return meSeen;
        }
    }

    private static ChatMessage message(CsvRecords.CsvRecord row, CsvColumns columns, ChatParties parties) {
        LocalDateTime sentAt = ChatTimes.parse(columns.get(row, "时间"), MemoTraceTxtChat.STR_TIME, row.number());
        String id = columns.get(row, "消息ID");
        String type = columns.get(row, "类型");
        String content = columns.get(row, "内容");
        String name = ChatText.unescape(columns.get(row, "发送人"));
        ChatMessage.Kind kind = KINDS.getOrDefault(type, ChatText.kindOf(content));
        if (kind == ChatMessage.Kind.SYSTEM) {
            return new ChatMessage(sentAt, "", false, kind, ChatText.unescape(content), id, Optional.empty());
        }
        boolean fromMe = "我".equals(name) || parties.isMe(name);
        String sender = fromMe && "我".equals(name) ? parties.meOrDefault() : name;
        String words = switch (kind) {
            case IMAGE, VOICE, VIDEO, STICKER, FILE, LINK -> placeholder(content, type);
            case REPLY -> reply(content);
            default -> content;
        };
        return new ChatMessage(sentAt, sender, fromMe, kind, words, id, Optional.empty());
    }

    /** 【图片】 as WeChat's [图片], a file's name after it: "[文件] 报价单.xlsx". */
    private static String placeholder(String content, String type) {
        Matcher m = BRACKETED.matcher(content);
        if (!m.matches()) {
            return content.isEmpty() ? "[" + type + "]" : "[" + type + "] " + content;
        }
        return m.group(2).isBlank() ? "[" + m.group(1) + "]" : "[" + m.group(1) + "] " + m.group(2).strip();
    }

    /** "words\n引用：李丽: quoted" in Dossier's way, "words\n引用:李丽:quoted". */
    private static String reply(String content) {
        int at = Math.max(content.lastIndexOf("\n引用"), content.startsWith("引用") ? 0 : -1);
        if (at < 0) {
            return ChatText.replyText(content, null, null);
        }
        Matcher quote = QUOTE.matcher(content.substring(at).strip());
        String words = content.substring(0, at).strip();
        return quote.matches() ? ChatText.replyText(words, quote.group(1), quote.group(2).strip())
                : ChatText.replyText(content, null, null);
    }
}
