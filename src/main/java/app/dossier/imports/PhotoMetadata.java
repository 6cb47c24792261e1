package app.dossier.imports;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * When a photo was taken and which way up it is, from its EXIF data.
 *
 * @param capturedAt  DateTimeOriginal, else DateTimeDigitized, as the camera's clock showed it (EXIF
 *                    keeps no zone); empty when the photo has neither
 * @param orientation EXIF Orientation, 1 (upright) to 8; 6 is a phone held upright, to be turned a
 *                    quarter clockwise for showing; 1 when missing or out of range
 */
public record PhotoMetadata(Optional<LocalDateTime> capturedAt, int orientation) {
    public static final PhotoMetadata NONE = new PhotoMetadata(Optional.empty(), 1);

    private static final DateTimeFormatter EXIF_TIME = DateTimeFormatter.ofPattern("uuuu:MM:dd HH:mm:ss", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final int EXIF_TIME_LENGTH = 19;

    public PhotoMetadata {
        orientation = orientation >= 1 && orientation <= 8 ? orientation : 1;
    }

    /**
     * Never fails: a file that is missing, empty, damaged or not an image gives {@link #NONE}, since
     * a photo without its metadata is still evidence.
     */
    public static PhotoMetadata read(Path file) {
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(file.toFile());
            return new PhotoMetadata(capturedAt(metadata), orientation(metadata));
        } catch (Exception | StackOverflowError e) {
            // the library throws its own and the JDK's exceptions on damaged files; deep nesting can overflow
            return NONE;
        }
    }

    private static Optional<LocalDateTime> capturedAt(Metadata metadata) {
        List<Directory> exif = new ArrayList<>(metadata.getDirectoriesOfType(ExifSubIFDDirectory.class));
        exif.addAll(metadata.getDirectoriesOfType(ExifIFD0Directory.class));
        for (int tag : new int[] {ExifDirectoryBase.TAG_DATETIME_ORIGINAL, ExifDirectoryBase.TAG_DATETIME_DIGITIZED}) {
            for (Directory directory : exif) {
                Optional<LocalDateTime> time = exifTime(directory.getString(tag));
                if (time.isPresent()) {
                    return time;
                }
            }
        }
        return Optional.empty();
    }

    /** "2026:10:03 10:31:00"; cameras with an unset clock write zeros or spaces, which mean nothing. */
    private static Optional<LocalDateTime> exifTime(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        if (trimmed.length() > EXIF_TIME_LENGTH) {
            trimmed = trimmed.substring(0, EXIF_TIME_LENGTH);
        }
        try {
            return Optional.of(LocalDateTime.parse(trimmed, EXIF_TIME));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static int orientation(Metadata metadata) {
        for (ExifIFD0Directory directory : metadata.getDirectoriesOfType(ExifIFD0Directory.class)) {
            Integer value = directory.getInteger(ExifDirectoryBase.TAG_ORIENTATION);
            if (value != null) {
                return value;
            }
        }
        return 1;
    }
}
