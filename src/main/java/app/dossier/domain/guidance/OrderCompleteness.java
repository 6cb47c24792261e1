package app.dossier.domain.guidance;

import app.dossier.domain.EvidenceCategory;
import java.util.List;

/** The four records of one order, in the seed's order, and whether the case file is ready for a dispute. */
public record OrderCompleteness(long orderId, long factoryId, String orderLabel, List<CategoryCheck> categories,
        DisputeReadiness readiness) {

    public OrderCompleteness {
        categories = List.copyOf(categories);
    }

    public CategoryCheck check(EvidenceCategory category) {
        return categories.stream().filter(c -> c.category() == category).findFirst().orElseThrow();
    }

    /** The records with something to fix now: not complete, and not merely waiting for their time. */
    public List<CategoryCheck> gaps() {
        return categories.stream().filter(c -> !c.complete() && !c.waiting()).toList();
    }

    public boolean hasGaps() {
        return !gaps().isEmpty();
    }
}
