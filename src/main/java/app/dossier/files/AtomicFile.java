package app.dossier.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file whole or not at all: into a temp file beside it, fsynced, renamed over the old one in
 * one step, and the folder fsynced so the rename survives a power cut. A reader (or Dossier after a
 * crash) finds the old file or the new one, never half of one. The temp file is made by
 * {@link NewFiles}, so what is written gets the user's normal permissions (decision 17), and its name
 * {@code .dossier-<random>.part} is one that verify, backups and the recovery know to skip or clear.
 */
public final class AtomicFile {
    /** How the temp files of a write begin and end: hidden, and never taken for evidence. */
    public static final String TEMP_PREFIX = ".dossier-";
    public static final String TEMP_SUFFIX = ".part";

    /** What goes into the file; the stream is closed by the caller of it. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /** Writes {@code bytes} as {@code target}, replacing what was there; its folder must exist. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /** Writes what {@code content} gives as {@code target}, replacing what was there; its folder must exist. */
    public static void write(Path target, Content content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        writeThrough(NewFiles.createTempFile(folder, TEMP_PREFIX, TEMP_SUFFIX), target, content);
    }

    /**
     * The same through a temp file the caller made (empty, in the target's folder), for writers that name
     * their own temp files; the temp file is gone afterwards, whether the write worked or not.
     */
    public static void writeThrough(Path temp, Path target, Content content) throws IOException {
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // some network and FUSE file systems; the content is already on disk, only the swap is not one step
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            syncFolder(target.toAbsolutePath().getParent());
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Makes a rename or a new entry durable where the platform allows fsync on a folder (Linux, macOS). */
    public static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            // Windows cannot open a folder as a channel; NTFS journals the rename itself.
        }
    }

    /** True for the temp files of writes that never finished, which are nobody's evidence. */
    public static boolean isTempFile(String name) {
        return name.startsWith(TEMP_PREFIX) && name.endsWith(TEMP_SUFFIX);
    }
}
