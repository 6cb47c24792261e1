package app.dossier.service;

import app.dossier.domain.DossierException;
import app.dossier.domain.Refusal;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Makes sure only one Dossier process changes a data folder at a time: an operating-system lock on
 * {@code <data>/dossier.lock}. The file also says, as text, which process holds it (PID, host, since
 * when) so that a second process can tell the user. The lock itself dies with its process, so a
 * file left behind by a crash blocks nobody; its text is only information.
 *
 * <p>Within one process the lock is shared: opening the same data folder twice (the window
 * reopening after a rebuild, tests) counts up, and the lock is let go when the last one closes.
 * The bookkeeping is per process because the operating system's lock is: on Linux and macOS,
 * closing any second channel on the file would silently drop the lock.
 */
public final class DataFolderLock implements AutoCloseable {
    public static final String FILE = "dossier.lock";
    /*
     * The locked byte lies far past the text: on Windows a locked range cannot be read by others,
     * and they must be able to read who holds it.
     */
    private static final long LOCKED_POSITION = 1L << 30;

    private static final Map<Path, Held> HELD = new HashMap<>();

    private final Path key;
    private boolean closed;

    private DataFolderLock(Path key) {
        this.key = key;
    }

    /**
     * Takes the lock of {@code dataFolder}, creating the folder when needed; throws
     * {@link DataFolderInUseException} at once, without waiting, when another process holds it.
     */
    public static DataFolderLock acquire(Path dataFolder, Clock clock) {
        try {
            Files.createDirectories(dataFolder.toAbsolutePath().normalize());
        } catch (IOException e) {
            throw new DossierException(Refusal.DATA_FOLDER_NOT_CREATED.with(dataFolder, e.getMessage()), e);
        }
        Path folder = key(dataFolder);
        synchronized (HELD) {
            Held held = HELD.get(folder);
            if (held != null) {
                held.count++;
                return new DataFolderLock(folder);
            }
            Path file = folder.resolve(FILE);
            FileChannel channel = null;
            try {
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
                FileLock lock;
                try {
                    lock = channel.tryLock(LOCKED_POSITION, 1, false);
                } catch (OverlappingFileLockException e) {
                    // This process holds it under another spelling of the path. The channel stays
                    // open: closing it could drop the lock this process holds (see above).
                    throw new DossierException(Refusal.DATA_FOLDER_OPEN_UNDER_ANOTHER_NAME.with(folder), e);
                }
                if (lock == null) {
                    channel.close();
                    throw new DataFolderInUseException(dataFolder.toAbsolutePath().normalize(), Holder.read(file));
                }
                writeHolder(channel, Holder.current(clock));
                HELD.put(folder, new Held(channel, lock));
                return new DataFolderLock(folder);
            } catch (IOException e) {
                closeQuietly(channel);
                throw new DossierException(Refusal.DATA_FOLDER_NOT_LOCKED.with(folder, e.getMessage()), e);
            }
        }
    }

    /**
     * Holds the data folder for reading without writing a byte (a dry run): a shared lock on
     * {@code dossier.lock} opened for reading only, so no process starts changing the folder
     * meanwhile. Creates nothing: a folder or lock file that is not there is read as it is.
     * {@link Reader#othersWriting()} is true when a process (this one included) already has the folder
     * open for changes; the reader then reads alongside it.
     */
    public static Reader read(Path dataFolder) {
        Path folder = key(dataFolder);
        synchronized (HELD) {
            Path file = folder.resolve(FILE);
            if (HELD.containsKey(folder)) {
                // Opening and closing a second channel would drop this process's lock (see above).
                return new Reader(null, true);
            }
            if (!Files.isRegularFile(file)) {
                return new Reader(null, false);
            }
            FileChannel channel = null;
            try {
                channel = FileChannel.open(file, StandardOpenOption.READ);
                FileLock lock = channel.tryLock(LOCKED_POSITION, 1, true);
                if (lock == null) {
                    channel.close();
                    return new Reader(null, true);
                }
                return new Reader(channel, false);
            } catch (OverlappingFileLockException e) {
                // Held by this process under another spelling of the path; the channel stays open (see above).
                return new Reader(null, true);
            } catch (IOException e) {
                closeQuietly(channel);
                throw new DossierException(Refusal.DATA_FOLDER_UNREADABLE.with(folder, e.getMessage()), e);
            }
        }
    }

    /** A data folder held for reading by {@link #read}; closing lets it go. */
    public static final class Reader implements AutoCloseable {
        private final FileChannel channel;
        private final boolean othersWriting;

        private Reader(FileChannel channel, boolean othersWriting) {
            this.channel = channel;
            this.othersWriting = othersWriting;
        }

        public boolean othersWriting() {
            return othersWriting;
        }

        @Override
        public void close() {
            closeQuietly(channel);
        }
    }

    /** True when this process has the data folder open; it must then not be replaced under itself. */
    public static boolean heldByThisProcess(Path dataFolder) {
        synchronized (HELD) {
            return HELD.containsKey(key(dataFolder));
        }
    }

    /** One name per folder: the real path once the folder exists (same case, no symbolic links). */
    private static Path key(Path dataFolder) {
        Path folder = dataFolder.toAbsolutePath().normalize();
        try {
            return Files.isDirectory(folder) ? folder.toRealPath() : folder;
        } catch (IOException e) {
            return folder;
        }
    }

    private static void writeHolder(FileChannel channel, Holder holder) throws IOException {
        channel.truncate(0);
        ByteBuffer text = ByteBuffer.wrap(holder.text().getBytes(StandardCharsets.UTF_8));
        while (text.hasRemaining()) {
            channel.write(text, text.position());
        }
        channel.force(false);
    }

    @Override
    public void close() {
        synchronized (HELD) {
            if (closed) {
                return;
            }
            closed = true;
            Held held = HELD.get(key);
            if (held == null || --held.count > 0) {
                return;
            }
            HELD.remove(key);
            try {
                held.channel.truncate(0);
                held.lock.release();
            } catch (IOException e) {
                // Closing the channel below lets go of the lock anyway.
            } finally {
                closeQuietly(held.channel);
            }
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Nothing left to undo: the lock goes with the channel.
            }
        }
    }

    private static final class Held {
        final FileChannel channel;
        final FileLock lock;
        int count = 1;

        Held(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }
    }

    /** The process that holds a data folder, as its lock file tells; any part may be unknown (null). */
    public record Holder(String pid, String host, OffsetDateTime since) {
        static Holder current(Clock clock) {
            return new Holder(Long.toString(ProcessHandle.current().pid()), hostName(),
                    OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
        }

        String text() {
            return "# Dossier has this data folder open for changes. Only the lock on this file counts;\n"
                    + "# the lines below say who holds it.\n"
                    + "pid=" + pid + "\nhost=" + host + "\nsince=" + since + "\n";
        }

        static Holder read(Path file) {
            Properties values = new Properties();
            try {
                values.load(new java.io.StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            } catch (IOException | RuntimeException e) {
                return new Holder(null, null, null);
            }
            OffsetDateTime since = null;
            try {
                String text = values.getProperty("since");
                since = text == null ? null : OffsetDateTime.parse(text);
            } catch (RuntimeException e) {
                // shown as unknown
            }
            return new Holder(values.getProperty("pid"), values.getProperty("host"), since);
        }

        /** "process 4242 on warehouse-pc, since 2026-11-26 10:00:00 +07:00" */
        public String describe() {
            if (pid == null) {
                return "another Dossier process (it has not said which yet)";
            }
            return "process " + pid + (host == null ? "" : " on " + host)
                    + (since == null ? "" : ", since " + since.toLocalDate() + " " + since.toLocalTime() + " "
                            + since.getOffset());
        }

        static String hostName() {
            for (String variable : new String[] {"COMPUTERNAME", "HOSTNAME"}) {
                String value = System.getenv(variable);
                if (value != null && !value.isBlank()) {
                    return value.strip();
                }
            }
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (IOException | RuntimeException e) {
                return "this computer";
            }
        }
    }
}
