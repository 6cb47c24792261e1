package app.dossier.imports;

import java.util.Optional;
import java.util.regex.Pattern;

/** The chat exports Dossier reads, told apart by their first line. */
public enum ChatFormat {
    /** MemoTrace (留痕, formerly WeChatMsg) CSV: localId, TalkerId, Type, …, StrContent, StrTime, … */
    MEMOTRACE_CSV,
    /** MemoTrace TXT: "2026-09-01 14:30:00 李丽", the message, a blank line. */
    MEMOTRACE_TXT,
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
        if (MEMOTRACE_HEADER.matcher(first).matches()) {
            return Optional.of(MEMOTRACE_TXT);
        }
        if (PastedChat.looksLikeAPastedChat(text)) {
            return Optional.of(WECHAT_DESKTOP_PASTE);
        }
        return Optional.empty();
    }

    private static String firstLine(String text) {
        for (String line : ChatText.lines(text)) {
            if (!line.isBlank()) {
                return line.strip();
            }
        }
        return "";
    }
}
