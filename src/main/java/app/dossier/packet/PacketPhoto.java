package app.dossier.packet;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the packet finds an evidence file on disk, and how a photo is turned: its EXIF orientation,
 * 1 (as stored) to 8, which the caller reads from the file or the database.
 */
public record PacketPhoto(Path file, int orientation) {
    public PacketPhoto {
        Objects.requireNonNull(file, "file");
        if (orientation < 1 || orientation > 8) {
            orientation = 1;
        }
    }

    public static PacketPhoto upright(Path file) {
        return new PacketPhoto(file, 1);
    }
}
