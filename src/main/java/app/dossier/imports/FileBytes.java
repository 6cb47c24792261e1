package app.dossier.imports;

import app.dossier.domain.Refusal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** A file brought in, read whole: exports and chats are small, and reading them whole lets the content tell their kind. */
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
        } catch (NoSuchFileException e) {
            throw new UnreadableFileException(Refusal.IMPORT_FILE_GONE.with(name), e);
        } catch (IOException e) {
            throw new UnreadableFileException(Refusal.IMPORT_FILE_UNREADABLE.with(name, reason(e)), e);
        }
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
