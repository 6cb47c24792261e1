package app.dossier.service;

import app.dossier.domain.Evidence;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * A file in the trash: its trash folder's name ({@code id}, what restore takes), when it was removed,
 * the order it came from (its number or product and its folder then), the evidence record as it was,
 * the defects by kind it was shown for (unlinked by the removal), and where the file is now.
 * {@code fileThere} is false when the file is no longer in its trash folder.
 */
public record TrashedFile(String id, Instant removedAt, String orderLabel, String orderFolder, Evidence evidence,
        List<String> defectKinds, Path location, boolean fileThere) {
    public TrashedFile {
        defectKinds = List.copyOf(defectKinds);
    }
}
