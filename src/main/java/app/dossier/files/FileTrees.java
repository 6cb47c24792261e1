package app.dossier.files;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Deletes a folder with everything in it. Links are deleted, never followed: a link inside a staging
 * folder that points into the user's files must not take those files with it.
 */
public final class FileTrees {
    private FileTrees() {
    }

    /**
     * Deletes {@code root} (a file or a folder and all it holds); nothing when it is not there. Stops at
     * the first entry that cannot be deleted and throws, so an undo that could not finish is reported.
     */
    public static void delete(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * Deletes as much of {@code root} as can be deleted and goes on past what cannot, for clearing
     * away an unfinished temp copy whose leftovers are harmless.
     *
     * @return true when nothing of it is left
     */
    public static boolean deleteQuietly(Path root) {
        if (root == null) {
            return true;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    deleteEntry(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    deleteEntry(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) {
                    deleteEntry(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // walkFileTree reports a root it cannot read through visitFileFailed; nothing else throws here
        }
        return !Files.exists(root, LinkOption.NOFOLLOW_LINKS);
    }

    private static void deleteEntry(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // left for the caller to see in the result
        }
    }
}
