package app.dossier.service;

import java.nio.file.Path;
import java.util.List;

/** What checking a BagIt bag found: one line per problem ("CHANGED data/…"); none means valid. */
public record BagReport(Path bag, int payloadFiles, List<String> problems, boolean cancelled) {
    public boolean valid() {
        return problems.isEmpty() && !cancelled;
    }
}
