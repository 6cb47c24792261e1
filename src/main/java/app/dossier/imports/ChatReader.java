package app.dossier.imports;

import app.dossier.domain.ChatParties;
import app.dossier.domain.Refusal;
import app.dossier.domain.PastedMessage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads a WeChat chat: a MemoTrace (留痕) CSV (up to 2.x, and 3.x) or TXT export, a PyWxDump CSV (one
 * file, or its pages together), a WechatExporter TXT, chatlog's text, or messages copied from WeChat on
 * a computer and pasted. The format is told from the content ({@link ChatFormat#detect}). A chat that
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

    /** The zone of the computer's clock, on which Dossier keeps times. */
    public ZoneId zone() {
        return zone;
    }

    /**
     * A reader of chats whose times were written in {@code chatZone}: seconds since 1970 are read on
     * that zone's clock too, so every time of a chat it reads is in one zone, for {@link ChatTimeZone}
     * to move to the computer's.
     */
    public ChatReader inZone(ZoneId chatZone) {
        return new ChatReader(clock.withZone(chatZone));
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

    /**
     * A chat file. A time written without its year (chatlog's) is taken to be in the year before this
     * day, not in the future; give the order's date to {@link #read(Path, ChatParties, LocalDate)} instead.
     */
    public Chat read(Path file, ChatParties parties) {
        return read(file, parties, null);
    }

    /**
     * @param orderedOn the order's date: a chat's first time written without its year (chatlog's) is
     *                  taken in the year that puts it nearest this day; the chat then says
     *                  {@link Chat#yearGuessed()}. Null reads as {@link #read(Path, ChatParties)}.
     */
    public Chat read(Path file, ChatParties parties, LocalDate orderedOn) {
        return read(FileBytes.read(file, "a chat export"), parties, orderedOn);
    }

    /** How much of a file is read to tell its format and encoding before it is read on. */
    static final int START_BYTES = 64 * 1024;

    /**
     * A chat file's messages, one at a time as they are asked for, for a chat of any size. The format
     * and the encoding are told from the file's first {@value #START_BYTES} bytes, and a file Dossier
     * cannot read is refused now; a CSV export (MemoTrace, PyWxDump) is then read record by record from
     * the file, holding one message at a time, and a text export is read whole, as {@link #read(Path,
     * ChatParties, LocalDate)} reads it. A message that cannot be read is refused when it is reached.
     *
     * @param orderedOn as {@link #read(Path, ChatParties, LocalDate)}; may be null
     */
    public ChatStream open(Path file, ChatParties parties, LocalDate orderedOn) {
        long size;
        try {
            size = java.nio.file.Files.size(file);
        } catch (java.io.IOException e) {
            throw FileBytes.refused(file, e);
        }
        byte[] start = FileBytes.start(file, START_BYTES);
        boolean whole = start.length >= size;
        List<TextDecoding.Decoded> readings = whole ? TextDecoding.candidates(start)
                : TextDecoding.candidatesOfStart(start);
        if (readings.isEmpty()) {
            throw new UnreadableFileException(Refusal.CHAT_NOT_TEXT.with());
        }
        TextDecoding.Decoded reading = readings.stream()
                .filter(r -> ChatFormat.detect(r.text()).isPresent()).findFirst().orElse(null);
        if (reading == null) {
            throw new UnreadableFileException(Refusal.CHAT_LAYOUT_UNKNOWN.with(
                    shortened(ChatFormat.firstLine(readings.get(0).text()))));
        }
        ChatFormat format = ChatFormat.detect(reading.text()).get();
        if (format != ChatFormat.MEMOTRACE_CSV && format != ChatFormat.MEMOTRACE_3_CSV
                && format != ChatFormat.PYWXDUMP_CSV) {
            return ChatStream.of(read(file, parties, orderedOn), size);
        }
        java.io.InputStream in = null;
        try {
            in = java.nio.file.Files.newInputStream(file);
            ChatStream.Counted counted = new ChatStream.Counted(new java.io.BufferedInputStream(in, START_BYTES));
            counted.skipNBytes(TextDecoding.byteOrderMark(start));
            java.io.Reader text = new java.io.InputStreamReader(counted, TextDecoding.strictDecoder(reading.charset()));
            CsvRecords records = CsvRecords.of(text);
            ChatStream.Source source = switch (format) {
                case MEMOTRACE_CSV -> MemoTraceCsvChat.messages(records, parties, zone);
                case MEMOTRACE_3_CSV -> new MemoTrace3CsvChat.Messages(records, parties);
                default -> new PyWxDumpCsvChat.Messages(records, parties, zone);
            };
            return ChatStream.reading(format, source, counted, size, text, file);
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            closeQuietly(in);
            throw ChatStream.refused(file, e instanceof java.io.UncheckedIOException u ? u.getCause()
                    : (java.io.IOException) e);
        } catch (RuntimeException e) {
            closeQuietly(in);
            throw e;
        }
    }

    private static void closeQuietly(java.io.InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (java.io.IOException e) {
                // read only
            }
        }
    }

    /** A chat file's bytes, in UTF-8 (with or without a byte order mark), UTF-16 or GBK. */
    public Chat read(byte[] content, ChatParties parties) {
        return read(content, parties, null);
    }

    public Chat read(byte[] content, ChatParties parties, LocalDate orderedOn) {
        return read(text(content), parties, orderedOn);
    }

    /**
     * The pages of one PyWxDump export ({@code wxid_x_0_5000.csv}, {@code wxid_x_5000_10000.csv}…) read
     * as one conversation, in the order of their messages' numbers whatever the files' names and the
     * order they are given in. Refused when a file is not such a page, when the pages are of two chats,
     * or when messages are missing between them or given twice. One file of any format is read as
     * {@link #read(Path, ChatParties)} reads it.
     */
    public Chat read(List<Path> files, ChatParties parties) {
        if (files.size() == 1) {
            return read(files.get(0), parties);
        }
        List<PyWxDumpCsvChat.Page> pages = new ArrayList<>();
        for (Path file : files) {
            String text = text(FileBytes.read(file, "a chat export"));
            if (ChatFormat.detect(text).orElse(null) != ChatFormat.PYWXDUMP_CSV) {
                throw new UnreadableFileException(Refusal.CHAT_PAGE_NOT_PYWXDUMP.with(file.getFileName().toString()));
            }
            pages.add(PyWxDumpCsvChat.page(text, parties, zone));
        }
        pages.removeIf(p -> p.messages().isEmpty());
        pages.sort(Comparator.comparingLong(PyWxDumpCsvChat.Page::first));
        List<ChatMessage> messages = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            PyWxDumpCsvChat.Page page = pages.get(i);
            if (i > 0) {
                PyWxDumpCsvChat.Page before = pages.get(i - 1);
                if (!page.chat().equals(before.chat())) {
                    throw new UnreadableFileException(Refusal.CHAT_PAGES_OF_TWO_CHATS.with(before.chat(), page.chat()));
                }
                if (page.first() > before.last() + 1) {
                    throw new UnreadableFileException(Refusal.CHAT_PAGES_GAP.with(before.last() + 1, page.first() - 1));
                }
                if (page.first() <= before.last()) {
                    throw new UnreadableFileException(Refusal.CHAT_PAGES_OVERLAP.with(page.first(), before.last()));
                }
            }
            messages.addAll(page.messages());
        }
        if (messages.isEmpty()) {
            throw new UnreadableFileException(Refusal.CHAT_EMPTY.with());
        }
        return new Chat(ChatFormat.PYWXDUMP_CSV, ChatText.withTransfers(messages), true);
    }

    /** The reading of a chat file's bytes whose first line is a known format's, or the likeliest. */
    private static String text(byte[] content) {
        List<TextDecoding.Decoded> readings = TextDecoding.candidates(content);
        if (readings.isEmpty()) {
            throw new UnreadableFileException(Refusal.CHAT_NOT_TEXT.with());
        }
        for (TextDecoding.Decoded reading : readings) {
            if (ChatFormat.detect(reading.text()).isPresent()) {
                return reading.text();
            }
        }
        return readings.get(0).text();
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
        return read(text, parties, null);
    }

    public Chat read(String text, ChatParties parties, LocalDate orderedOn) {
        Optional<ChatFormat> format = ChatFormat.detect(text);
        if (format.isEmpty()) {
            throw new UnreadableFileException(Refusal.CHAT_LAYOUT_UNKNOWN.with(shortened(ChatFormat.firstLine(text))));
        }
        Chat chat = switch (format.get()) {
            case MEMOTRACE_CSV -> MemoTraceCsvChat.read(text, parties, zone);
            case MEMOTRACE_TXT -> MemoTraceTxtChat.read(text, parties);
            case MEMOTRACE_3_CSV -> MemoTrace3CsvChat.read(text, parties);
            case PYWXDUMP_CSV -> PyWxDumpCsvChat.read(text, parties, zone);
            case WECHATEXPORTER_TXT -> WechatExporterTxtChat.read(text, parties);
            case CHATLOG_TXT -> ChatlogTextChat.read(text, parties, orderedOn, yearAgo());
            case WECHAT_DESKTOP_PASTE -> PastedWeChatChat.read(text, parties, today());
        };
        if (chat.messages().isEmpty()) {
            throw new UnreadableFileException(Refusal.CHAT_EMPTY.with());
        }
        return chat;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The first day of the year up to today: a chat exported today was written before it. */
    private LocalDate yearAgo() {
        return today().minusYears(1).plusDays(1);
    }

    /** What a refusal shows of a line: its first 80 characters. */
    private static String shortened(String line) {
        return line.codePointCount(0, line.length()) <= 80 ? line
                : line.substring(0, line.offsetByCodePoints(0, 79)) + "…";
    }

    private static UnreadableFileException notAChat() {
        return new UnreadableFileException(Refusal.NOT_A_CHAT.with());
    }
}
