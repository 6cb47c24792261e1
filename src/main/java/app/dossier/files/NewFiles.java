package app.dossier.files;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

/**
 * The temp files and folders that become what Dossier writes for the user (case files, packets,
 * refund folders, backups, exported bags), created with the user's normal permissions. The JDK's
 * {@code Files.createTempFile} makes a file only its owner can read (0600) and the rename keeps it
 * so; a packet in a shared folder then cannot be opened by anyone else. Created without explicit
 * permissions, the operating system applies the user's umask (0644 under the usual 022), as for
 * any file the user saves. Names are random, as the JDK's are, and never reused.
 */
public final class NewFiles {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TRIES = 100;

    private NewFiles() {
    }

    /** An empty new file {@code <prefix><random><suffix>} in {@code folder}. */
    public static Path createTempFile(Path folder, String prefix, String suffix) throws IOException {
        for (int i = 0; ; i++) {
            try {
                return Files.createFile(folder.resolve(prefix + randomPart() + suffix));
            } catch (FileAlreadyExistsException e) {
                if (i == TRIES) {
                    throw e;
                }
            }
        }
    }

    /** A new empty folder {@code <prefix><random>} in {@code parent}. */
    public static Path createTempDirectory(Path parent, String prefix) throws IOException {
        for (int i = 0; ; i++) {
            try {
                return Files.createDirectory(parent.resolve(prefix + randomPart()));
            } catch (FileAlreadyExistsException e) {
                if (i == TRIES) {
                    throw e;
                }
            }
        }
    }

    private static String randomPart() {
        return Long.toUnsignedString(RANDOM.nextLong());
    }
}
