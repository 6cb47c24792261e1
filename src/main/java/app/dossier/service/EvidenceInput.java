package app.dossier.service;

import app.dossier.domain.TextLimit;
import java.nio.file.Path;
import java.time.LocalDateTime;

/** A file to attach, with the caption the user gave and, when known, when it was taken. */
public record EvidenceInput(Path source, String caption, LocalDateTime capturedAt) {
    /** Refuses a caption that is too long or not on one line, before anything is copied. */
    public EvidenceInput {
        TextLimit.CAPTION.checked(caption);
    }

    public static EvidenceInput of(Path source) {
        return new EvidenceInput(source, null, null);
    }
}
