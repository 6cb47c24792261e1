package app.dossier.imports;

import app.dossier.domain.ChatParties;
import app.dossier.domain.Refusal;
import java.nio.file.Path;
import java.time.LocalDate;
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
            throw new UnreadableFileException(Refusal.CHAT_NOT_TEXT.with());
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
            case WECHAT_DESKTOP_PASTE -> PastedWeChatChat.read(text, parties, LocalDate.now(zone));
        };
        if (chat.messages().isEmpty()) {
            throw new UnreadableFileException(Refusal.CHAT_EMPTY.with());
        }
        return chat;
    }

    private static UnreadableFileException notAChat() {
        return new UnreadableFileException(Refusal.NOT_A_CHAT.with());
    }
}
