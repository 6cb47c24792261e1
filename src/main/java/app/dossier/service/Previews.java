package app.dossier.service;

import app.dossier.domain.Evidence;
import app.dossier.files.AtomicFile;
import app.dossier.photos.Downscale;
import app.dossier.photos.PhotoReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * JPEG copies, at screen size, of photos the window cannot draw itself (an iPhone's HEIC, WebP),
 * kept by content in a folder of their own: never part of the case file, remade whenever missing.
 * They keep the picture as stored; the window turns them by the photo's EXIF orientation as it turns
 * a JPEG.
 */
public final class Previews {
    /** Long edge of a preview: sharp on a large screen, small on disk. */
    static final int EDGE = 1600;

    private final Path folder;

    public Previews(Path folder) {
        this.folder = folder;
    }

    /**
     * Where a picture of this evidence can be drawn from: the file itself when the window reads its
     * type, else a preview made now or earlier; null when it is no picture or cannot be read.
     */
    Path of(Evidence evidence, Path file) {
        String type = evidence.mediaType();
        if (PhotoReader.shownAsIs(type)) {
            return file;
        }
        if (!PhotoReader.canRead(type) || !Files.isRegularFile(file)) {
            return null;
        }
        Path preview = folder.resolve(evidence.sha256().toLowerCase(Locale.ROOT) + ".jpg");
        if (Files.isRegularFile(preview)) {
            return preview;
        }
        try {
            BufferedImage small = Downscale.fit(PhotoReader.read(file), EDGE, EDGE);
            Files.createDirectories(folder);
            AtomicFile.write(preview, out -> ImageIO.write(small, "jpeg", out));
            return preview;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
