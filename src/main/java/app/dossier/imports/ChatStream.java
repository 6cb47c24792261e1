package app.dossier.imports;

import app.dossier.domain.Refusal;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A chat file's messages read one at a time ({@link ChatReader#open}), so a chat of any size is read
 * holding one message: the CSV exports are read record by record from the file as {@link #next()}
 * asks; the text exports, which are read whole (they are far smaller), give their messages from the
 * list read. Each transfer's money is read as its message goes by. The stream says how far into the
 * file it has read, for progress, and is closed by its reader.
 */
public final class ChatStream implements AutoCloseable {
    /** A format's messages as its reader gives them, one at a time; null after the last. */
    interface Source {
        ChatMessage next();

        /** Whether {@link ChatMessage#fromMe()} can be trusted; asked once every message is read. */
        default boolean sidesKnown() {
            return true;
        }

        default boolean yearGuessed() {
            return false;
        }
    }

    private final ChatFormat format;
    private final Source source;
    private final Counted counted;
    private final long size;
    private final AutoCloseable closing;
    private final ChatText.TransferReading transfers = new ChatText.TransferReading();
    private final Path file;
    private int read;

    private ChatStream(ChatFormat format, Source source, Counted counted, long size, AutoCloseable closing, Path file) {
        this.format = format;
        this.source = source;
        this.counted = counted;
        this.size = size;
        this.closing = closing;
        this.file = file;
    }

    /** Messages read from the file through {@code counted} as they are asked for. */
    static ChatStream reading(ChatFormat format, Source source, Counted counted, long size, AutoCloseable closing,
            Path file) {
        return new ChatStream(format, source, counted, size, closing, file);
    }

    /** The messages of a chat already read whole. */
    static ChatStream of(Chat chat, long size) {
        Iterator<ChatMessage> messages = chat.messages().iterator();
        Source source = new Source() {
            @Override
            public ChatMessage next() {
                return messages.hasNext() ? messages.next() : null;
            }

            @Override
            public boolean sidesKnown() {
                return chat.sidesKnown();
            }

            @Override
            public boolean yearGuessed() {
                return chat.yearGuessed();
            }
        };
        return new ChatStream(chat.format(), source, null, size, () -> {
        }, null);
    }

    /** Every message of a source, as the small-file readers give a chat; empty when it has none. */
    static Chat collect(ChatFormat format, Source source) {
        List<ChatMessage> messages = new ArrayList<>();
        for (ChatMessage m = source.next(); m != null; m = source.next()) {
            messages.add(m);
        }
        return new Chat(format, ChatText.withTransfers(messages), source.sidesKnown(), source.yearGuessed());
    }

    public ChatFormat format() {
        return format;
    }

    /**
     * The next message, its transfer read; null after the last.
     *
     * @throws UnreadableFileException when the chat has no message, or a message cannot be read (the
     *                                 whole chat is then refused)
     */
    public ChatMessage next() {
        ChatMessage m;
        try {
            m = source.next();
        } catch (UncheckedIOException e) {
            throw refused(file, e.getCause());
        }
        if (m == null) {
            if (read == 0) {
                throw new UnreadableFileException(Refusal.CHAT_EMPTY.with());
            }
            return null;
        }
        read++;
        return transfers.read(m);
    }

    /** The messages given so far. */
    public int messagesRead() {
        return read;
    }

    /** How many bytes of the file are read so far (all of them for a text export, read whole). */
    public long bytesRead() {
        return counted == null ? size : Math.min(counted.count, size);
    }

    /** The file's size in bytes. */
    public long size() {
        return size;
    }

    /** Whether the importer's messages are known ({@link Chat#sidesKnown()}); final once every message is read. */
    public boolean sidesKnown() {
        return source.sidesKnown();
    }

    /** Whether times were written without their year ({@link Chat#yearGuessed()}); final once every message is read. */
    public boolean yearGuessed() {
        return source.yearGuessed();
    }

    @Override
    public void close() {
        try {
            closing.close();
        } catch (Exception e) {
            // read only: nothing is lost when the file does not close cleanly
        }
    }

    /** A file that could not be read on: not text in its encoding after all, or the system's reason. */
    static UnreadableFileException refused(Path file, IOException e) {
        if (e instanceof CharacterCodingException) {
            return new UnreadableFileException(Refusal.CHAT_NOT_TEXT.with(), e);
        }
        return FileBytes.refused(file, e);
    }

    /** The bytes read through it, counted. */
    static final class Counted extends FilterInputStream {
        private long count;

        Counted(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            int n = super.read(bytes, offset, length);
            count += Math.max(n, 0);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
