package app.dossier.service;

import app.dossier.domain.Evidence;
import java.nio.file.Path;
import java.util.List;

/**
 * What happened to each file of one attach: added, already there (same content), or refused
 * with the reason. {@code cancelled} is true when the user stopped it; files added before stay.
 */
public record AttachReport(List<Evidence> added, List<Duplicate> duplicates, List<Refused> refused,
        boolean cancelled) {

    public record Duplicate(Path source, Evidence existing) {
    }

    public record Refused(Path source, String reason) {
    }

    public boolean allAdded() {
        return refused.isEmpty() && !cancelled;
    }
}
