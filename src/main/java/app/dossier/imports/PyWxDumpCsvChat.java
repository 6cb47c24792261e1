package app.dossier.imports;

import app.dossier.domain.ChatParties;
import app.dossier.domain.Refusal;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PyWxDump CSV export (UTF-8 without a byte order mark, CRLF, quoted only where needed):
 * id,MsgSvrID,type_name,is_sender,talker,room_name,msg,src,CreateTime. PyWxDump writes a chat in pages of
 * 5,000 messages, one file each ({@code wxid_x_0_5000.csv}, {@code wxid_x_5000_10000.csv}…); {@code id}
 * numbers the chat's messages from 1 across the pages, {@code room_name} names the chat. Older versions
 * wrote a column {@code content} holding {"src": …, "msg": …} as JSON instead of msg and src.
 *
 * <p>is_sender 1 is the importer ("我"); the time is the exporting computer's local time, or seconds
 * since 1970 read in the reader's zone. A picture's or file's name is the last part of src; a reply is
 * "words\n\n[引用](time)name:quoted"; a transfer "转账：￥100.00" or "已收款：￥100.00", then its note.
 */
final class PyWxDumpCsvChat {
    private static final List<String> HEADER = List.of("id", "MsgSvrID", "type_name", "is_sender", "talker",
            "CreateTime");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern REPLY = Pattern.compile("(.*?)\\s*\\[引用]\\([^)]*\\)([^:：\\n]*)[:：](.*)",
            Pattern.DOTALL);
    private static final Set<String> SYSTEM = Set.of("系统通知", "拍一拍", "邀请加群", "添加好友");

    /** One file of the export: the chat it is of, its first and last message's number, its messages. */
    record Page(String chat, long first, long last, List<ChatMessage> messages) {
    }

    private PyWxDumpCsvChat() {
    }

    static boolean isHeader(String firstLine) {
        return CsvColumns.names(firstLine, HEADER)
                && (CsvColumns.names(firstLine, List.of("msg")) || CsvColumns.names(firstLine, List.of("content")));
    }

    static Chat read(String text, ChatParties parties, ZoneId zone) {
        Page page = page(text, parties, zone);
        return new Chat(ChatFormat.PYWXDUMP_CSV, ChatText.withTransfers(page.messages()), true);
    }

    static Page page(String text, ChatParties parties, ZoneId zone) {
        Messages reading = new Messages(CsvColumns.records(text), parties, zone);
        List<ChatMessage> messages = new ArrayList<>();
        for (ChatMessage m = reading.next(); m != null; m = reading.next()) {
            messages.add(m);
        }
        return new Page(reading.chat, reading.first, reading.last, messages);
    }

    /** A file's messages read one at a time, noting the chat they are of and the first and last message's number. */
    static final class Messages implements ChatStream.Source {
        private final CsvRecords records;
        private final CsvColumns columns;
        private final ChatParties parties;
        private final ZoneId zone;
        private String chat = "";
        private long first;
        private long last;
        private boolean any;

        Messages(CsvRecords records, ChatParties parties, ZoneId zone) {
            this.records = records;
            CsvRecords.CsvRecord header = records.next();
            this.columns = CsvColumns.of(header == null ? new CsvRecords.CsvRecord(1, List.of()) : header);
            this.parties = parties;
            this.zone = zone;
        }

        @Override
        public ChatMessage next() {
            for (CsvRecords.CsvRecord row = records.next(); row != null; row = records.next()) {
                if (row.isBlank()) {
                    continue;
                }
                long id = number(columns.get(row, "id"), row.number());
                first = any ? first : id;
                any = true;
                last = id;
                chat = chat.isEmpty() ? columns.get(row, "room_name") : chat;
                return message(row, columns, parties, zone);
            }
            return null;
        }
    }

    private static ChatMessage message(CsvRecords.CsvRecord row, CsvColumns columns, ChatParties parties, ZoneId zone) {
        LocalDateTime sentAt = time(columns.get(row, "CreateTime"), row.number(), zone);
        String id = columns.get(row, "MsgSvrID");
        String type = columns.get(row, "type_name");
        String msg = columns.get(row, "msg");
        String src = columns.get(row, "src");
        if (columns.has("content") && !columns.has("msg")) {
            JsonNode content = json(columns.get(row, "content"));
            msg = content.path("msg").asText(content.isTextual() ? content.asText() : "");
            src = content.path("src").isTextual() ? content.path("src").asText() : "";
        }
        if (SYSTEM.contains(type) || type.startsWith("消息撤回")) {
            return new ChatMessage(sentAt, "", false, ChatMessage.Kind.SYSTEM, ChatText.unescape(msg), id,
                    Optional.empty());
        }
        boolean fromMe = "1".equals(columns.get(row, "is_sender"));
        String talker = columns.get(row, "talker");
        String sender = fromMe ? parties.meOrDefault()
                : talker.isEmpty() || talker.equals(columns.get(row, "room_name")) ? parties.themOrDefault() : talker;
        ChatMessage.Kind kind;
        String words;
        switch (type) {
            case "文本" -> {
                kind = ChatMessage.Kind.TEXT;
                words = msg;
            }
            case "图片" -> {
                kind = ChatMessage.Kind.IMAGE;
                words = named("[图片]", src);
            }
            case "语音" -> {
                kind = ChatMessage.Kind.VOICE;
                words = msg.isEmpty() ? "[语音]" : "[语音] " + msg;
            }
            case "视频" -> {
                kind = ChatMessage.Kind.VIDEO;
                words = named("[视频]", src);
            }
            case "动画表情", "用户上传的GIF表情" -> {
                kind = ChatMessage.Kind.STICKER;
                words = "[动画表情]";
            }
            case "文件", "文件(猜)" -> {
                kind = ChatMessage.Kind.FILE;
                words = named("[文件]", src.isEmpty() ? msg : src);
            }
            case "引用回复", "带有引用的文本消息" -> {
                kind = ChatMessage.Kind.REPLY;
                Matcher reply = REPLY.matcher(msg);
                words = reply.matches() ? ChatText.replyText(reply.group(1).strip(), reply.group(2).strip(),
                        reply.group(3).strip()) : ChatText.replyText(msg, null, null);
            }
            case "转账", "转账消息" -> {
                kind = ChatMessage.Kind.TRANSFER;
                words = msg;
            }
            case "(分享)卡片式链接", "卡片式链接" -> {
                kind = ChatMessage.Kind.LINK;
                words = "[链接] " + msg.lines().findFirst().orElse("");
            }
            default -> {
                kind = ChatText.kindOf(msg);
                words = msg.isEmpty() || msg.equals(type) ? "[" + type + "]" : msg;
                kind = kind == ChatMessage.Kind.TEXT && !"文本".equals(type) ? ChatMessage.Kind.OTHER : kind;
            }
        }
        return new ChatMessage(sentAt, sender, fromMe, kind, words, id, Optional.empty());
    }

    /** The placeholder and the file's name, the last part of its path (Windows' or not). */
    private static String named(String placeholder, String path) {
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1).strip();
        return name.isEmpty() ? placeholder : placeholder + " " + name;
    }

    private static LocalDateTime time(String text, int row, ZoneId zone) {
        if (text.matches("\\d{9,11}")) {
            return LocalDateTime.ofInstant(Instant.ofEpochSecond(Long.parseLong(text)), zone);
        }
        if (text.isEmpty()) {
            throw new UnreadableFileException(Refusal.CHAT_ROW_WITHOUT_TIME.with(row));
        }
        return ChatTimes.parse(text, MemoTraceTxtChat.STR_TIME, row);
    }

    private static long number(String text, int row) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new UnreadableFileException(Refusal.CHAT_ROW_NOT_A_NUMBER.with(row, "id", text));
        }
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text.isEmpty() ? "\"\"" : text);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(text);
        }
    }
}
