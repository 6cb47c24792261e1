package app.dossier.domain;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * One file in an order's case file. {@code file} is relative to the order's folder and
 * starts with the category's folder, e.g. {@code Payments/alipay 2026-09-02.png}.
 * {@code capturedAt} is when the photo or screenshot was taken, when known. {@code defectRegion}
 * is where on a photo the user marked the defect, or null.
 */
public record Evidence(
        long id,
        long orderId,
        EvidenceCategory category,
        String file,
        String originalName,
        String sha256,
        long size,
        String mediaType,
        LocalDateTime capturedAt,
        Instant addedAt,
        String caption,
        DefectRegion defectRegion) {

    public Evidence withId(long newId) {
        return new Evidence(newId, orderId, category, file, originalName, sha256, size, mediaType,
                capturedAt, addedAt, caption, defectRegion);
    }

    public Evidence withCaption(String newCaption) {
        return new Evidence(id, orderId, category, file, originalName, sha256, size, mediaType,
                capturedAt, addedAt, newCaption, defectRegion);
    }

    /** The same file with the defect marked in another place, or (null) not marked. */
    public Evidence withDefectRegion(DefectRegion newRegion) {
        return new Evidence(id, orderId, category, file, originalName, sha256, size, mediaType,
                capturedAt, addedAt, caption, newRegion);
    }

    /** The file's own name, without its category folder. */
    public String fileName() {
        int slash = file.lastIndexOf('/');
        return slash < 0 ? file : file.substring(slash + 1);
    }
}
