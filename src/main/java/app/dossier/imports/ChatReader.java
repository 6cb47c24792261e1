package app.dossier.imports;

import app.dossier.domain.ChatParties;
import app.dossier.domain.Refusal;
import app.dossier.domain.PastedMessage;
import java.nio.file.Path;
import java.time.Clock;
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
    private final Clock clock;
    private final ZoneId zone;

    /** Times given only as seconds since 1970 (a MemoTrace CSV without StrTime) are read in this computer's zone. */
    public ChatReader() {
        this(Clock.systemDefaultZone());
    }

    public ChatReader(ZoneId zone) {
        this(Clock.system(zone));
    }

    /** @param clock gives the zone, and the day "昨天" or "Yesterday" in a pasted chat counts back from */
    public ChatReader(Clock clock) {
        this.clock = clock;
        this.zone = clock.getZone();
    }

    /**
     * Pasted chat text read message by message for the user to check ({@link PastedChat}); refused
     * when no line of it starts a message the way WeChat's copies do. Lines above the first message
     * are a message without a sender, for the user to see.
     */
    public List<PastedMessage> preview(String text) {
        List<PastedMessage> messages = PastedChat.read(text, LocalDate.now(clock));
        if (messages.stream().allMatch(m -> m.sender().isEmpty())) {
            throw notAChat();
        }
        return messages;
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

    /**
     * A chat file's messages as the preview shows them: a text of copied messages read as {@link
     * #preview(String)} reads pasted text, with what to check; an export read as it is imported.
     */
    public List<PastedMessage> preview(Path file) {
        byte[] content = FileBytes.read(file, "a chat export");
        List<TextDecoding.Decoded> readings = TextDecoding.candidates(content);
        for (TextDecoding.Decoded reading : readings) {
            Optional<ChatFormat> format = ChatFormat.detect(reading.text());
            if (format.isPresent() && format.get() != ChatFormat.WECHAT_DESKTOP_PASTE) {
                return read(reading.text(), ChatParties.UNKNOWN).messages().stream()
                        .map(m -> new PastedMessage(0, m.sentAt(), m.sender(), m.text(), null)).toList();
            }
            if (format.isPresent()) {
                return preview(reading.text());
            }
        }
        if (readings.isEmpty()) {
            throw new UnreadableFileException(Refusal.CHAT_NOT_TEXT.with());
        }
        return preview(readings.get(0).text());
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
            case WECHAT_DESKTOP_PASTE -> PastedWeChatChat.read(text, parties, LocalDate.now(clock));
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
