package app.dossier.domain.guidance;

import java.util.List;

/**
 * Whether an order's case file would hold up in a dispute: all four records complete. Otherwise
 * {@code blockers} are the records that are not, each with its reasons.
 */
public record DisputeReadiness(boolean ready, List<CategoryCheck> blockers, String message) {

    public DisputeReadiness {
        blockers = List.copyOf(blockers);
    }

    static DisputeReadiness of(List<CategoryCheck> checks) {
        List<CategoryCheck> blockers = checks.stream().filter(c -> !c.complete()).toList();
        if (blockers.isEmpty()) {
            return new DisputeReadiness(true, blockers, "Ready for a dispute: the agreement, the confirmation, the"
                    + " payments and the receiving record are all complete.");
        }
        StringBuilder text = new StringBuilder("Not ready for a dispute yet. ");
        for (int i = 0; i < blockers.size(); i++) {
            text.append(i == 0 ? "" : " ").append(blockers.get(i).describe()).append('.');
        }
        return new DisputeReadiness(false, blockers, text.toString());
    }
}
