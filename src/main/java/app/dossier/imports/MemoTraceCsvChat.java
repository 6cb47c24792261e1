package app.dossier.imports;

import app.dossier.domain.ChatParties;
import app.dossier.domain.Refusal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A MemoTrace CSV export (UTF-8 with a byte order mark): one row per message, columns found by
 * name. IsSender tells the importer's messages apart. A one-to-one chat has no names in it, so the
 * parties' names are used; a group chat gives each sender's remark, nickname or id.
 *
 * <p>Type codes: 1 text, 3 image, 34 voice, 43 video, 47 sticker, 49 app message (subtype 6 file,
 * 57 reply, 5 link), 10000 and 10002 WeChat's notices; others are kept as OTHER with a placeholder.
 */
final class MemoTraceCsvChat {
    private static final List<String> NEEDED = List.of("Type", "IsSender", "StrContent");
    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);
    private static final Pattern REFER = Pattern.compile("<refermsg>(.*?)</refermsg>", Pattern.DOTALL);
    private static final Pattern REFER_NAME = Pattern.compile("<displayname>(.*?)</displayname>", Pattern.DOTALL);
    private static final Pattern REFER_CONTENT = Pattern.compile("<content>(.*?)</content>", Pattern.DOTALL);
    private static final Pattern TAGS = Pattern.compile("<[^>]+>");
    private static final Pattern FEE = Pattern.compile("<feedesc>(.*?)</feedesc>", Pattern.DOTALL);
    private static final Pattern PAY_SUBTYPE = Pattern.compile("<paysubtype>\\s*(\\d+)\\s*</paysubtype>");

    private MemoTraceCsvChat() {
    }

    static Chat read(String text, ChatParties parties, ZoneId zone) {
        return ChatStream.collect(ChatFormat.MEMOTRACE_CSV, messages(CsvColumns.records(text), parties, zone));
    }

    /** The messages of the export's records, read one at a time; its header is read and checked now. */
    static ChatStream.Source messages(CsvRecords records, ChatParties parties, ZoneId zone) {
        CsvRecords.CsvRecord header = records.next();
        if (header == null) {
            throw new UnreadableFileException(Refusal.MEMOTRACE_EMPTY.with());
        }
        CsvColumns columns = CsvColumns.of(header);
        List<String> missing = NEEDED.stream().filter(c -> !columns.has(c)).toList();
        if (!missing.isEmpty() || !(columns.has("StrTime") || columns.has("CreateTime"))) {
            List<String> lacking = missing.isEmpty() ? List.of("StrTime") : missing;
            throw new UnreadableFileException((lacking.size() == 1 ? Refusal.MEMOTRACE_LACKS_COLUMN
                    : Refusal.MEMOTRACE_LACKS_COLUMNS).with(String.join(", ", lacking)));
        }
        return () -> {
            for (CsvRecords.CsvRecord record = records.next(); record != null; record = records.next()) {
                if (!record.isBlank()) {
                    return message(new Row(record, columns), parties, zone);
                }
            }
            return null;
        };
    }

    private record Row(CsvRecords.CsvRecord record, CsvColumns columns) {
        String get(String column) {
            return columns.get(record, column);
        }

        int number() {
            return record.number();
        }
    }

    private static ChatMessage message(Row row, ChatParties parties, ZoneId zone) {
        LocalDateTime sentAt = sentAt(row, zone);
        int type = number(row, "Type");
        int subType = row.get("SubType").isEmpty() ? 0 : number(row, "SubType");
        boolean fromMe = "1".equals(row.get("IsSender"));
        String content = row.get("StrContent");
        if (type == 10000 || type == 10002) {
            return new ChatMessage(sentAt, "", false, ChatMessage.Kind.SYSTEM, notice(content));
        }
        String sender = fromMe ? parties.meOrDefault() : otherSender(row, parties);
        return switch (type) {
            case 1 -> new ChatMessage(sentAt, sender, fromMe, ChatMessage.Kind.TEXT, content);
            case 3 -> new ChatMessage(sentAt, sender, fromMe, ChatMessage.Kind.IMAGE, "[图片]");
            case 34 -> new ChatMessage(sentAt, sender, fromMe, ChatMessage.Kind.VOICE, "[语音]");
            case 43 -> new ChatMessage(sentAt, sender, fromMe, ChatMessage.Kind.VIDEO, "[视频]");
            case 47 -> new ChatMessage(sentAt, sender, fromMe, ChatMessage.Kind.STICKER, "[表情包]");
            case 49 -> appMessage(sentAt, sender, fromMe, subType, content);
            case 48 -> new ChatMessage(sentAt, sender, fromMe, ChatMessage.Kind.OTHER, "[位置]");
            case 42 -> new ChatMessage(sentAt, sender, fromMe, ChatMessage.Kind.OTHER, "[名片]");
            default -> new ChatMessage(sentAt, sender, fromMe, ChatMessage.Kind.OTHER,
                    content.isEmpty() || content.startsWith("<") ? "[消息 " + type + "]" : content);
        };
    }

    /** Files, replies and links keep their details in XML, when the export has it. */
    private static ChatMessage appMessage(LocalDateTime sentAt, String sender, boolean fromMe, int subType,
            String content) {
        Optional<String> title = first(TITLE, content);
        return switch (subType) {
            case 6 -> new ChatMessage(sentAt, sender, fromMe, ChatMessage.Kind.FILE,
                    "[文件]" + title.orElse(""));
            case 57 -> {
                Optional<String> refer = first(REFER, content);
                String reply = title.orElse(content.startsWith("<") ? "" : content);
                // MemoTrace's CSV often leaves an app message's content out: say what it was, not "引用::"
                String text = refer.isEmpty() && reply.isEmpty() ? "[引用消息]" : ChatText.replyText(reply,
                        refer.flatMap(r -> first(REFER_NAME, r)).orElse(null),
                        refer.flatMap(r -> first(REFER_CONTENT, r)).orElse(null));
                yield new ChatMessage(sentAt, sender, fromMe, ChatMessage.Kind.REPLY, text);
            }
            case 5 -> new ChatMessage(sentAt, sender, fromMe, ChatMessage.Kind.LINK,
                    "[链接]" + title.orElse(""));
            // a transfer: its amount in feedesc; paysubtype 3 the payee's receipt, 4 the money sent back
            case 2000 -> new ChatMessage(sentAt, sender, fromMe, ChatMessage.Kind.TRANSFER,
                    "[转账]" + first(FEE, content).map(f -> " " + f).orElse("") + switch (first(PAY_SUBTYPE, content)
                            .orElse("1")) {
                        case "3", "5" -> " 已收款";
                        case "4" -> " 已退还";
                        default -> "";
                    });
            default -> new ChatMessage(sentAt, sender, fromMe, ChatMessage.Kind.OTHER,
                    title.map(t -> "[应用消息]" + t).orElse("[应用消息]"));
        };
    }

    private static LocalDateTime sentAt(Row row, ZoneId zone) {
        String strTime = row.get("StrTime");
        if (!strTime.isEmpty()) {
            try {
                return LocalDateTime.parse(strTime, MemoTraceTxtChat.STR_TIME);
            } catch (DateTimeParseException e) {
                // CreateTime may still be there
            }
        }
        String createTime = row.get("CreateTime");
        if (createTime.matches("\\d{9,11}")) {
            // seconds since 1970; StrTime was written in the exporting computer's zone
            return LocalDateTime.ofInstant(Instant.ofEpochSecond(Long.parseLong(createTime)), zone);
        }
        throw new UnreadableFileException(Refusal.MEMOTRACE_NO_TIME.with(row.number(), strTime));
    }

    private static int number(Row row, String column) {
        try {
            return Integer.parseInt(row.get(column));
        } catch (NumberFormatException e) {
            throw new UnreadableFileException(Refusal.MEMOTRACE_NOT_A_NUMBER.with(row.number(), column, row.get(column)));
        }
    }

    private static String otherSender(Row row, ChatParties parties) {
        for (String column : List.of("Remark", "NickName", "Sender")) {
            if (!row.get(column).isEmpty()) {
                return row.get(column);
            }
        }
        return parties.themOrDefault();
    }

    /** WeChat's notices come wrapped in CDATA and links ("重新编辑"); the words are kept. */
    private static String notice(String content) {
        String text = content.replace("<![CDATA[", "").replace("]]>", "");
        text = text.replaceAll("<a [^>]*>[^<]*</a>", "");
        return unescape(TAGS.matcher(text).replaceAll("")).strip();
    }

    private static Optional<String> first(Pattern pattern, String xml) {
        Matcher matcher = pattern.matcher(xml);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String value = matcher.group(1).replace("<![CDATA[", "").replace("]]>", "").strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(unescape(value));
    }

    private static String unescape(String text) {
        return ChatText.unescape(text);
    }
}
