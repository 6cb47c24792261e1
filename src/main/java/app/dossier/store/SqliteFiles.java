package app.dossier.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;

/**
 * A SQLite database as files: {@code dossier.db} with its write-ahead log ({@code -wal}), the log's
 * index ({@code -shm}) and, after a rollback-journal transaction, {@code -journal}.
 */
public final class SqliteFiles implements DatabaseFiles {
    /** Beside the file, in the order they move: the log and its index before the file itself. */
    private static final String[] MOVED = {"-wal", "-shm", ""};
    private static final String[] ALL = {"", "-wal", "-shm", "-journal"};

    @Override
    public Store open(Path file) {
        return Store.open(file);
    }

    @Override
    public boolean makeWhole(Path file) {
        return Database.foldLog(file);
    }

    @Override
    public List<Path> files(Path file) {
        return Arrays.stream(ALL).map(suffix -> Path.of(file + suffix)).toList();
    }

    @Override
    public boolean exists(Path file) {
        return Files.exists(file) || Files.exists(Path.of(file + "-wal")) || Files.exists(Path.of(file + "-shm"));
    }

    @Override
    public void move(Path file, Path target) throws IOException {
        for (String suffix : MOVED) {
            Path part = Path.of(file + suffix);
            if (Files.exists(part)) {
                Files.move(part, Path.of(target + suffix), StandardCopyOption.ATOMIC_MOVE);
            }
        }
    }

    @Override
    public void delete(Path file) throws IOException {
        for (Path part : files(file)) {
            Files.deleteIfExists(part);
        }
    }
}
