package app.dossier.ui.order;

import app.dossier.domain.Evidence;
import java.nio.file.Path;

/**
 * One file of the case as a thumbnail shows it: where it is, whether it can be drawn and which way
 * up (EXIF orientation, 1 upright to 8), its caption (else its name), a detail line (its name), when
 * it was taken and when it was added, and a tooltip with all of it.
 *
 * @param shown where its picture is drawn from (the file, or a preview of a HEIC or WebP photo); null
 *              when it is no picture the window can show
 * @param taken "Taken 2026-10-03 10:31", "Time taken unknown" for a picture without one, or empty
 * @param added "Added 2026-11-26 10:00"
 */
public record EvidenceItem(Evidence evidence, Path path, Path shown, boolean picture, int orientation, String title,
        String detail, String taken, String added, String tooltip) {
}
