package app.dossier.tree;

import app.dossier.domain.Evidence;
import java.time.Instant;
import java.util.List;

/**
 * What a file moved to the trash was, as written to {@code trashed.json} beside it in its trash
 * folder: the evidence record as case.json had it (order, category, path in the order's folder,
 * original name, SHA-256, size, capture time, caption, marked defect), the order's number and folder
 * when it was removed, when it was removed, and the defects by kind it was shown for (unlinked by the
 * removal, named here so a person can link it again).
 */
public record TrashRecord(String format, Instant removedAt, String orderLabel, String orderFolder,
        List<String> defectKinds, Evidence evidence) {
    public static final String FORMAT = "dossier-trash/1";
    /** The record's name in each trash folder. */
    public static final String FILE = "trashed.json";

    public TrashRecord {
        defectKinds = defectKinds == null ? List.of() : List.copyOf(defectKinds);
    }
}
