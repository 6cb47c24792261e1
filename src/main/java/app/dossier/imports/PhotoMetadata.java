package app.dossier.imports;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.mov.QuickTimeDirectory;
import com.drew.metadata.mov.metadata.QuickTimeMetadataDirectory;
import com.drew.metadata.mp4.Mp4Directory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * When a photo or a phone video was taken, which way up a photo is and how long a video runs, from
 * the file's own metadata (EXIF in JPEG, HEIC, PNG and WebP; the movie header in MP4 and MOV).
 *
 * @param capturedAt  when it was taken, on the clock of the zone it is read for: EXIF DateTimeOriginal
 *                    (else DateTimeDigitized) moved from its OffsetTimeOriginal to that zone when the
 *                    phone wrote one, else as the camera's clock showed it; a video's creation time,
 *                    which the movie header keeps in UTC; empty when the file has none
 * @param orientation EXIF Orientation, 1 (upright) to 8; 6 is a phone held upright, to be turned a
 *                    quarter clockwise for showing; 1 when missing or out of range
 * @param duration    how long a video runs; empty for pictures
 */
public record PhotoMetadata(Optional<LocalDateTime> capturedAt, int orientation, Optional<Duration> duration) {
    public static final PhotoMetadata NONE = new PhotoMetadata(Optional.empty(), 1);

    private static final DateTimeFormatter EXIF_TIME = DateTimeFormatter.ofPattern("uuuu:MM:dd HH:mm:ss", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final int EXIF_TIME_LENGTH = 19;
    /** EXIF 2.31: the offset from UTC of DateTimeOriginal and DateTimeDigitized, as "+07:00". */
    private static final int TAG_OFFSET_TIME_ORIGINAL = 0x9011;
    private static final int TAG_OFFSET_TIME_DIGITIZED = 0x9012;
    /** Seconds from 1904 (the movie header's epoch) to 1970: a header left at zero means no date. */
    private static final Instant MOVIE_EPOCH = Instant.parse("1904-01-01T00:00:00Z");

    public PhotoMetadata {
        orientation = orientation >= 1 && orientation <= 8 ? orientation : 1;
    }

    public PhotoMetadata(Optional<LocalDateTime> capturedAt, int orientation) {
        this(capturedAt, orientation, Optional.empty());
    }

    /** As {@link #read(Path, ZoneId)} for this computer's zone. */
    public static PhotoMetadata read(Path file) {
        return read(file, ZoneId.systemDefault());
    }

    /**
     * Never fails: a file that is missing, empty, damaged or of no known kind gives {@link #NONE}, since
     * a photo without its metadata is still evidence.
     */
    public static PhotoMetadata read(Path file, ZoneId zone) {
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(file.toFile());
            Optional<LocalDateTime> taken = capturedAt(metadata, zone);
            Optional<Duration> duration = duration(metadata);
            if (taken.isEmpty()) {
                taken = movieCreated(metadata, zone);
            }
            return new PhotoMetadata(taken, orientation(metadata), duration);
        } catch (Exception | StackOverflowError e) {
            // the library throws its own and the JDK's exceptions on damaged files; deep nesting can overflow
            return NONE;
        }
    }

    private static Optional<LocalDateTime> capturedAt(Metadata metadata, ZoneId zone) {
        List<Directory> exif = new ArrayList<>(metadata.getDirectoriesOfType(ExifSubIFDDirectory.class));
        exif.addAll(metadata.getDirectoriesOfType(ExifIFD0Directory.class));
        int[][] tags = {{ExifDirectoryBase.TAG_DATETIME_ORIGINAL, TAG_OFFSET_TIME_ORIGINAL},
                {ExifDirectoryBase.TAG_DATETIME_DIGITIZED, TAG_OFFSET_TIME_DIGITIZED}};
        for (int[] tag : tags) {
            for (Directory directory : exif) {
                Optional<LocalDateTime> time = exifTime(directory.getString(tag[0]));
                if (time.isPresent()) {
                    Optional<ZoneOffset> offset = offset(directory.getString(tag[1]));
                    return offset.isPresent()
                            ? Optional.of(time.get().atOffset(offset.get()).atZoneSameInstant(zone).toLocalDateTime())
                            : time;
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

    private static Optional<ZoneOffset> offset(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneOffset.of(text.strip()));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * A phone video's time: an iPhone's own creation date with its offset where present, else the
     * movie header's creation time, which is UTC.
     */
    private static Optional<LocalDateTime> movieCreated(Metadata metadata, ZoneId zone) {
        for (QuickTimeMetadataDirectory directory : metadata.getDirectoriesOfType(QuickTimeMetadataDirectory.class)) {
            String text = directory.getString(QuickTimeMetadataDirectory.TAG_CREATION_DATE);
            if (text != null) {
                try {
                    return Optional.of(OffsetDateTime.parse(text.strip(), DateTimeFormatter.ofPattern(
                            "uuuu-MM-dd'T'HH:mm:ss[.SSS]XX", Locale.ROOT)).atZoneSameInstant(zone).toLocalDateTime());
                } catch (DateTimeParseException e) {
                    // fall back to the header
                }
            }
        }
        for (Directory directory : movieHeaders(metadata)) {
            int tag = directory instanceof Mp4Directory ? Mp4Directory.TAG_CREATION_TIME
                    : QuickTimeDirectory.TAG_CREATION_TIME;
            Date created = directory.getDate(tag);
            if (created != null && created.toInstant().isAfter(MOVIE_EPOCH.plus(Duration.ofDays(366)))) {
                return Optional.of(LocalDateTime.ofInstant(created.toInstant(), zone));
            }
        }
        return Optional.empty();
    }

    private static Optional<Duration> duration(Metadata metadata) {
        for (Directory directory : movieHeaders(metadata)) {
            int durationTag = directory instanceof Mp4Directory ? Mp4Directory.TAG_DURATION : QuickTimeDirectory.TAG_DURATION;
            int scaleTag = directory instanceof Mp4Directory ? Mp4Directory.TAG_TIME_SCALE : QuickTimeDirectory.TAG_TIME_SCALE;
            Long units = directory.getLongObject(durationTag);
            Long scale = directory.getLongObject(scaleTag);
            if (units != null && scale != null && scale > 0 && units >= 0) {
                return Optional.of(Duration.ofMillis(units * 1000 / scale));
            }
        }
        return Optional.empty();
    }

    private static List<Directory> movieHeaders(Metadata metadata) {
        List<Directory> headers = new ArrayList<>(metadata.getDirectoriesOfType(Mp4Directory.class));
        headers.addAll(metadata.getDirectoriesOfType(QuickTimeDirectory.class));
        return headers;
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
