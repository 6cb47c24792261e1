package app.dossier.packet;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the packet finds an evidence file on disk, how a photo is turned (its EXIF orientation, 1 as
 * stored to 8) and how long a video runs (null for anything else), which the caller reads from the file.
 */
public record PacketPhoto(Path file, int orientation, Duration duration) {
    public PacketPhoto {
        Objects.requireNonNull(file, "file");
        if (orientation < 1 || orientation > 8) {
            orientation = 1;
        }
    }

    public PacketPhoto(Path file, int orientation) {
        this(file, orientation, null);
    }

    public static PacketPhoto upright(Path file) {
        return new PacketPhoto(file, 1);
    }
}
