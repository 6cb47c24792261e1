package app.dossier.imports;

import app.dossier.domain.Refusal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A file brought in, read whole: exports and most chats are small, and reading them whole lets the
 * content tell their kind. A chat export in CSV is read from its first bytes on ({@link #start}) as a
 * stream instead, whatever its size ({@link ChatStream}).
 */
final class FileBytes {
    /** Far larger than any export or chat of a small importer; a bigger file is not one. */
    private static final long MAX_BYTES = 64L * 1024 * 1024;

    private FileBytes() {
    }

    /** @param kind what the file should be, for messages: "a 1688 order export" */
    static byte[] read(Path file, String kind) {
        String name = String.valueOf(file.getFileName());
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new UnreadableFileException(Refusal.IMPORT_FILE_TOO_LARGE.with(name, kind));
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw refused(file, e);
        }
    }

    /** The first bytes of a file, at most {@code most}, for its content to tell its kind before it is read on. */
    static byte[] start(Path file, int most) {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(most);
        } catch (IOException e) {
            throw refused(file, e);
        }
    }

    /** The refusal of a file that could not be read: gone, or the system's reason. */
    static UnreadableFileException refused(Path file, IOException e) {
        String name = String.valueOf(file == null ? "" : file.getFileName());
        if (e instanceof NoSuchFileException) {
            return new UnreadableFileException(Refusal.IMPORT_FILE_GONE.with(name), e);
        }
        return new UnreadableFileException(Refusal.IMPORT_FILE_UNREADABLE.with(name, reason(e)), e);
    }

    /** The system's reason, without Java's class names or the path the message already names. */
    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
