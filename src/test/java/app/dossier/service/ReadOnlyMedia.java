package app.dossier.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A data folder made read-only as a disc would be (every folder 0555, every file 0444), for tests.
 * Tests may run as root, whom permission bits do not stop, so whether a path can be written is read
 * from those bits ({@link #OWNER_MAY_WRITE}, the answer {@code access(2)} gives any other user) and
 * handed to the composition's seam.
 */
public final class ReadOnlyMedia {
    public static final Predicate<Path> OWNER_MAY_WRITE = path -> {
        try {
            return Files.getPosixFilePermissions(path).contains(PosixFilePermission.OWNER_WRITE);
        } catch (IOException e) {
            return false;
        }
    };

    private ReadOnlyMedia() {
    }

    /** Makes every folder under {@code root} 0555 and every file 0444, or back to 0755 and 0644. */
    public static void makeReadOnly(Path root, boolean readOnly) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            List<Path> paths = all.toList();
            // files first, then folders deepest first, so that a folder is still open while its files change
            for (int i = paths.size() - 1; i >= 0; i--) {
                Path p = paths.get(i);
                String mode = Files.isDirectory(p) ? (readOnly ? "r-xr-xr-x" : "rwxr-xr-x")
                        : (readOnly ? "r--r--r--" : "rw-r--r--");
                try {
                    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(mode));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    /** Every folder and file under {@code root}: its content's SHA-256 (files), and its modification time. */
    public static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> seen = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.toList()) {
                String what = Files.isDirectory(p) ? "folder" : sha256(p);
                seen.put(root.relativize(p).toString(), what + " " + Files.getLastModifiedTime(p).toMillis());
            }
        }
        return seen;
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
