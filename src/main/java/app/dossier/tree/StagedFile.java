package app.dossier.tree;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A copy of a source file, complete, hashed and fsynced (or fsynced at the latest when it is placed), waiting under a temp name in the folder
 * it belongs to. {@link #place(Path)} renames it into place in one step; {@link #discard()}
 * removes it. Nothing else in the tree changes until it is placed.
 */
public final class StagedFile implements AutoCloseable {
    private final Path temp;
    private final String sha256;
    private final long size;
    private final FileKind kind;
    private boolean synced;
    private boolean placed;

    StagedFile(Path temp, String sha256, long size, FileKind kind, boolean synced) {
        this.temp = temp;
        this.sha256 = sha256;
        this.size = size;
        this.kind = kind;
        this.synced = synced;
    }

    /** Makes the copy durable (fsync), if it is not yet; a file is never placed before. */
    public void sync() throws IOException {
        if (!synced) {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            synced = true;
        }
    }

    public String sha256() {
        return sha256;
    }

    public long size() {
        return size;
    }

    public FileKind kind() {
        return kind;
    }

    public Path temp() {
        return temp;
    }

    /** Renames the copy to {@code target}, which must not exist: an evidence file is never overwritten. */
    public void place(Path target) throws IOException {
        placeUnsynced(target);
        CaseFileTree.syncFolder(target.getParent());
    }

    /**
     * As {@link #place(Path)}, but the rename is not yet made durable: for several files placed in
     * one folder, the caller fsyncs the folder once after the last ({@link CaseFileTree#syncFolder}).
     */
    public void placeUnsynced(Path target) throws IOException {
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        sync();
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        placed = true;
    }

    public void discard() throws IOException {
        if (!placed) {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public void close() throws IOException {
        discard();
    }
}
