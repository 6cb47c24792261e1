package app.dossier.service;

import app.dossier.domain.Evidence;
import app.dossier.domain.Refusal;
import java.nio.file.Path;
import java.util.List;

/**
 * What happened to each file of one attach: added, already there (same content), or refused
 * with the reason. {@code cancelled} is true when the user stopped it: one attach is one change, so
 * then nothing was added.
 */
public record AttachReport(List<Evidence> added, List<Duplicate> duplicates, List<Refused> refused,
        boolean cancelled) {

    public record Duplicate(Path source, Evidence existing) {
    }

    /** A file not kept, why in English, and the same as a refusal the window can word, when it is one. */
    public record Refused(Path source, String reason, java.util.Optional<Refusal.Wording> wording) {
        public Refused(Path source, String reason) {
            this(source, reason, java.util.Optional.empty());
        }
    }

    public boolean allAdded() {
        return refused.isEmpty() && !cancelled;
    }
}
