package app.dossier.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A photo's metadata ({@link PhotoMetadata}) read once per content and remembered: an order is read
 * again after every change to it, and its thumbnails and its dispute packet each need every photo's
 * way up. Keyed by the content's SHA-256 as recorded (a file in a case never changes) and the zone.
 * A file that is not there reads as {@link PhotoMetadata#NONE} and is not remembered, so it is read
 * when it is back.
 */
public final class PhotoMetadataCache {
    /** How many files' metadata are kept in memory before they are read afresh. */
    private static final int REMEMBERED = 20_000;

    private final Map<String, PhotoMetadata> byContent = new ConcurrentHashMap<>();

    /** The metadata of {@code file}, whose content is {@code sha256}, for this computer's zone. */
    public PhotoMetadata of(String sha256, Path file) {
        return of(sha256, file, ZoneId.systemDefault());
    }

    /** The metadata of {@code file}, whose content is {@code sha256}, with times on {@code zone}'s clock. */
    public PhotoMetadata of(String sha256, Path file, ZoneId zone) {
        String key = sha256 + " " + zone.getId();
        PhotoMetadata known = byContent.get(key);
        if (known != null) {
            return known;
        }
        PhotoMetadata read = PhotoMetadata.read(file, zone);
        if (Files.isRegularFile(file)) {
            if (byContent.size() >= REMEMBERED) {
                byContent.clear();
            }
            byContent.put(key, read);
        }
        return read;
    }
}
