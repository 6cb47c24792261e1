package app.dossier.domain;

import java.time.LocalDateTime;

/**
 * A photo of a delivery by its name, and when it says it was taken.
 *
 * @param name the file's name, as the user sees it ("IMG_0412.HEIC")
 * @param at   its capture time on this computer's clock: EXIF DateTimeOriginal moved from its
 *             OffsetTimeOriginal to the computer's zone when the phone wrote one, else as the
 *             phone's clock showed it; null when the photo does not say
 */
public record PhotoTaken(String name, LocalDateTime at) {
}
