package app.dossier.service;

import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Factory;
import app.dossier.domain.Order;
import java.util.Map;

/**
 * An order as lists show it: with its factory and how many files each category holds; {@code archivedAt},
 * when it was archived, null while it is not.
 */
public record OrderSummary(Order order, Factory factory, Map<EvidenceCategory, Integer> evidenceCounts,
        int payments, boolean received, java.time.Instant archivedAt) {

    public boolean archived() {
        return archivedAt != null;
    }

    public int count(EvidenceCategory category) {
        return evidenceCounts.getOrDefault(category, 0);
    }
}
