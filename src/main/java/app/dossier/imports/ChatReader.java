package app.dossier.imports;

import app.dossier.domain.ChatParties;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Reads a WeChat chat: a MemoTrace (留痕) CSV or TXT export, or messages copied from WeChat on a
 * computer and pasted. The format is told from the content ({@link ChatFormat#detect}). A chat that
 * cannot be read whole is not read at all, and the message says why: chats are evidence, and a chat
 * with messages silently missing is worse than none.
 */
public final class ChatReader {
    private static final String FORMATS = "Dossier reads chats exported by MemoTrace (留痕) as CSV or TXT, and"
            + " messages copied from WeChat on a computer (select the messages, copy, paste): each message"
            + " starts with a line giving the sender and the time.";

    private final ZoneId zone;

    /** Times given only as seconds since 1970 (a MemoTrace CSV without StrTime) are read in this computer's zone. */
    public ChatReader() {
        this(ZoneId.systemDefault());
    }

    public ChatReader(ZoneId zone) {
        this.zone = zone;
    }

    public Chat read(Path file, ChatParties parties) {
        return read(FileBytes.read(file, "a chat export"), parties);
    }

    /** A chat file's bytes, in UTF-8 (with or without a byte order mark), UTF-16 or GBK. */
    public Chat read(byte[] content, ChatParties parties) {
        List<TextDecoding.Decoded> readings = TextDecoding.candidates(content);
        for (TextDecoding.Decoded reading : readings) {
            if (ChatFormat.detect(reading.text()).isPresent()) {
                return read(reading.text(), parties);
            }
        }
        if (readings.isEmpty()) {
            throw new UnreadableFileException("This file is not text in UTF-8 or GBK, so it is not a chat export"
                    + " Dossier can read. " + FORMATS);
        }
        throw notAChat();
    }

    /** Chat text, such as messages pasted from WeChat. */
    public Chat read(String text, ChatParties parties) {
        Optional<ChatFormat> format = ChatFormat.detect(text);
        if (format.isEmpty()) {
            throw notAChat();
        }
        Chat chat = switch (format.get()) {
            case MEMOTRACE_CSV -> MemoTraceCsvChat.read(text, parties, zone);
            case MEMOTRACE_TXT -> MemoTraceTxtChat.read(text, parties);
            case WECHAT_DESKTOP_PASTE -> PastedWeChatChat.read(text, parties);
        };
        if (chat.messages().isEmpty()) {
            throw new UnreadableFileException("The chat has no messages.");
        }
        return chat;
    }

    private static UnreadableFileException notAChat() {
        return new UnreadableFileException("This is not a chat Dossier can read. " + FORMATS);
    }
}
