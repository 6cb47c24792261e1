package app.dossier.service;

import java.nio.file.Path;
import java.time.LocalDateTime;

/** A file to attach, with the caption the user gave and, when known, when it was taken. */
public record EvidenceInput(Path source, String caption, LocalDateTime capturedAt) {
    public static EvidenceInput of(Path source) {
        return new EvidenceInput(source, null, null);
    }
}
