package app.dossier.service;

import java.nio.file.Path;
import java.util.List;

/**
 * What rebuild restored from the tree, what it could not read, and where the database it
 * replaced was kept (null when there was none).
 */
public record RebuildReport(int factories, int orders, int evidence, int payments, int receivingRecords,
        int disputes, List<String> problems, Path replacedDatabase) {
}
