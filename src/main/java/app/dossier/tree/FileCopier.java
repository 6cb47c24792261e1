package app.dossier.tree;

import app.dossier.domain.DiskFull;
import app.dossier.domain.DossierException;
import app.dossier.domain.Refusal;
import app.dossier.files.NewFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Copies a source file into a folder of the tree under a temp name, hashing it in the same pass,
 * and fsyncs it. The source is only read, never moved or changed.
 */
public final class FileCopier {
    private static final int BUFFER = 1 << 20;

    /**
     * Stages {@code source} inside {@code folder}. {@code displayName} names the file in messages.
     * On any failure the temp copy is removed and a message says what happened.
     */
    public StagedFile stage(Path source, Path folder, String displayName) {
        return stage(source, folder, displayName, true);
    }

    /**
     * As {@link #stage(Path, Path, String)}; with {@code sync} false the copy is not fsynced yet, and
     * is fsynced when it is placed, or before by {@link StagedFile#sync()}. Several files copied one
     * after the other and fsynced after the last reach the disk together, not one wait each.
     */
    public StagedFile stage(Path source, Path folder, String displayName, boolean sync) {
        if (!Files.isRegularFile(source)) {
            throw new DossierException(Files.exists(source)
                    ? Refusal.NOT_A_FILE.with(displayName)
                    : Refusal.FILE_GONE.with(displayName, source));
        }
        Path temp = null;
        try {
            long sizeBefore = Files.size(source);
            InputStream opened = openToRead(source, displayName);
            Files.createDirectories(folder);
            temp = NewFiles.createTempFile(folder, CaseFileTree.PART_PREFIX, CaseFileTree.PART_SUFFIX);
            MessageDigest digest = sha256();
            ContentScan scan = ContentScan.forName(displayName);
            long copied = 0;
            try (InputStream in = opened;
                 FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                byte[] buffer = new byte[BUFFER];
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    if (read == 0) {
                        continue;
                    }
                    digest.update(buffer, 0, read);
                    scan.update(buffer, 0, read);
                    ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, read);
                    while (chunk.hasRemaining()) {
                        out.write(chunk);
                    }
                    copied += read;
                }
                if (sync) {
                    out.force(true);
                }
            }
            if (copied != sizeBefore || Files.size(source) != copied) {
                throw new DossierException(Refusal.FILE_CHANGED_WHILE_COPIED.with(displayName));
            }
            Refusal.Wording problem = FileKind.problem(displayName, scan);
            if (problem != null) {
                throw new DossierException(problem);
            }
            return new StagedFile(temp, HexFormat.of().formatHex(digest.digest()), copied, FileKind.ofName(displayName),
                    sync);
        } catch (NoSuchFileException e) {
            deleteQuietly(temp);
            throw new DossierException(Refusal.FILE_GONE_WHILE_COPIED.with(displayName), e);
        } catch (IOException e) {
            deleteQuietly(temp);
            if (isDiskFull(e)) {
                throw new DossierException(Refusal.DISK_FULL.with(displayName), e);
            }
            throw new DossierException(Refusal.FILE_NOT_COPIED.with(displayName, describe(e)), e);
        } catch (RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    /**
     * Opens the file someone brought in. It can be there and still not be readable: another program
     * holds it locked (Windows), or this account may not read it; that is said as such, not as a
     * failure to copy.
     */
    private static InputStream openToRead(Path source, String displayName) throws IOException {
        try {
            return Files.newInputStream(source);
        } catch (NoSuchFileException e) {
            throw e;
        } catch (IOException e) {
            throw new DossierException(Refusal.FILE_UNREADABLE.with(displayName, describe(e)), e);
        }
    }

    /** The SHA-256 of a file in the tree, as lowercase hex. */
    public String hash(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            // no bigger than the file: verify hashes every file of the tree, most of them small
            byte[] buffer = new byte[(int) Math.min(BUFFER, Math.max(8192, Files.size(file)))];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Whether the failure is a full disk (see {@link DiskFull}). */
    public static boolean isDiskFull(Throwable e) {
        return DiskFull.isCauseOf(e);
    }

    /** An I/O failure in words: the system's reason, without Java's class names. */
    public static String describe(IOException e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (isDiskFull(e)) {
            return "the disk is full (" + (e instanceof java.nio.file.FileSystemException fse && fse.getFile() != null
                    ? fse.getFile() : reason) + "); free some space and try again";
        }
        if (e instanceof NoSuchFileException) {
            return reason + " is not there any more";
        }
        if (reason.toLowerCase(java.util.Locale.ROOT).contains("read-only file system")) {
            return "the folder cannot be written, its drive is read-only (" + reason + ")";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied (" + reason + ")";
        }
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            return fse.getReason() + " (" + fse.getFile() + ")";
        }
        return reason;
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // A leftover .part file is ignored by verify and removed on the next start.
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
