package app.dossier.domain.guidance;

import java.util.List;

/**
 * Whether an order's case file would hold up in a dispute: all four records complete. Otherwise
 * {@code blockers} are the records that are not, each with its reasons.
 */
public record DisputeReadiness(boolean ready, List<CategoryCheck> blockers) {

    public DisputeReadiness {
        blockers = List.copyOf(blockers);
    }

    static DisputeReadiness of(List<CategoryCheck> checks) {
        List<CategoryCheck> blockers = checks.stream().filter(c -> !c.complete()).toList();
        return new DisputeReadiness(blockers.isEmpty(), blockers);
    }
}
