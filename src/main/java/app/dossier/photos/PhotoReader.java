package app.dossier.photos;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads a photo or screenshot into pixels, as stored (the EXIF orientation is the caller's to
 * apply): JPEG, PNG, GIF, BMP and WebP through ImageIO, HEIC and HEIF through FFmpeg. Whatever a
 * phone wrote after the picture (a Samsung trailer, a motion photo's video) is left unread.
 */
public final class PhotoReader {
    /** Larger than any phone photo; decoding such a picture would exhaust memory. */
    public static final long MAX_PIXELS = 250_000_000L;

    private PhotoReader() {
    }

    /** Whether a file of this media type is a picture this reader can decode. */
    public static boolean canRead(String mediaType) {
        if (mediaType == null) {
            return false;
        }
        return switch (mediaType.toLowerCase(Locale.ROOT)) {
            case "image/jpeg", "image/png", "image/gif", "image/bmp", "image/webp", "image/heic", "image/heif" -> true;
            default -> false;
        };
    }

    /** Whether the window's own image loader (JavaFX) shows this type, or it needs a preview made by Dossier. */
    public static boolean shownAsIs(String mediaType) {
        return mediaType != null && switch (mediaType.toLowerCase(Locale.ROOT)) {
            case "image/jpeg", "image/png", "image/gif", "image/bmp" -> true;
            default -> false;
        };
    }

    /**
     * The whole picture at full resolution.
     *
     * @throws IOException when the file is not a picture that can be read, with the reason
     */
    public static BufferedImage read(Path file) throws IOException {
        if (isHeif(file)) {
            return HeifDecoder.decode(file, MAX_PIXELS);
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                throw new IOException("cannot open " + file.getFileName());
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException(file.getFileName() + " is not a picture that can be read");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new IOException(file.getFileName() + " claims more pixels than any phone photo");
                }
                BufferedImage image = reader.read(0);
                if (image == null) {
                    throw new IOException(file.getFileName() + " is not a picture that can be read");
                }
                return image;
            } finally {
                reader.dispose();
            }
        }
    }

    /** HEIF by its content: an ISO media file whose brand names an HEVC still picture. */
    static boolean isHeif(Path file) throws IOException {
        byte[] head = new byte[32];
        int read;
        try (var in = java.nio.file.Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        return HeifBrands.isHeif(head, read);
    }
}
