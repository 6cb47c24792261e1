package app.dossier.imports;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The chat exports Dossier reads, told apart by their first line (a title line aside), never by the
 * file's name.
 */
public enum ChatFormat {
    /** MemoTrace (留痕, formerly WeChatMsg) up to 2.x CSV: localId, TalkerId, Type, …, StrContent, StrTime, … */
    MEMOTRACE_CSV,
    /** MemoTrace TXT: "2026-09-01 14:30:00 李丽", the message, a blank line. */
    MEMOTRACE_TXT,
    /** MemoTrace 3.x CSV (WeChat 4): 消息ID,类型,发送人,时间,内容,备注,昵称,更多信息 ({@link MemoTrace3CsvChat}). */
    MEMOTRACE_3_CSV,
    /** PyWxDump CSV: id,MsgSvrID,type_name,is_sender,talker,room_name,msg,src,CreateTime ({@link PyWxDumpCsvChat}). */
    PYWXDUMP_CSV,
    /** WechatExporter (iPhone backups) TXT: "李丽 (2026-09-01 14:30:02):words" ({@link WechatExporterTxtChat}). */
    WECHATEXPORTER_TXT,
    /** chatlog plain text: "李丽(wxid_x) 09-01 14:30:02", the message, a blank line ({@link ChatlogTextChat}). */
    CHATLOG_TXT,
    /**
     * Messages copied from WeChat and pasted: "Lisa 2026/9/1 2:30 PM" and the message's lines (a computer's
     * copy), "[2026/9/1 14:30] Lisa: …", or a phone's copy of forwarded messages under date lines
     * ({@link PastedChat}).
     */
    WECHAT_DESKTOP_PASTE;

    static final Pattern MEMOTRACE_HEADER = Pattern.compile("(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2})(?: (.*))?");

    /** The format of a chat file, when its bytes decode as text and its first line is known. */
    public static Optional<ChatFormat> detect(byte[] content) {
        for (TextDecoding.Decoded reading : TextDecoding.candidates(content)) {
            Optional<ChatFormat> format = detect(reading.text());
            if (format.isPresent()) {
                return format;
            }
        }
        return Optional.empty();
    }

    /** The format of chat text, told from its first line that is not blank (a pasted chat's title aside). */
    public static Optional<ChatFormat> detect(String text) {
        String first = firstLine(text);
        if (first.contains("localId") && (first.contains("IsSender") || first.contains("StrContent"))) {
            return Optional.of(MEMOTRACE_CSV);
        }
        if (MemoTrace3CsvChat.isHeader(first)) {
            return Optional.of(MEMOTRACE_3_CSV);
        }
        if (PyWxDumpCsvChat.isHeader(first)) {
            return Optional.of(PYWXDUMP_CSV);
        }
        if (MEMOTRACE_HEADER.matcher(first).matches()) {
            return Optional.of(MEMOTRACE_TXT);
        }
        if (WechatExporterTxtChat.startsIt(first, secondLine(text))) {
            return Optional.of(WECHATEXPORTER_TXT);
        }
        if (ChatlogTextChat.startsIt(first)) {
            return Optional.of(CHATLOG_TXT);
        }
        if (PastedChat.looksLikeAPastedChat(text)) {
            return Optional.of(WECHAT_DESKTOP_PASTE);
        }
        return Optional.empty();
    }

    /** The first line that is not blank, as a refusal shows what was seen. */
    static String firstLine(String text) {
        return nonBlankLine(text, 0);
    }

    private static String secondLine(String text) {
        return nonBlankLine(text, 1);
    }

    private static String nonBlankLine(String text, int index) {
        int seen = 0;
        for (String line : ChatText.lines(text)) {
            if (!line.isBlank() && seen++ == index) {
                return line.strip();
            }
        }
        return "";
    }
}
