package app.dossier.domain.guidance;

import app.dossier.domain.EvidenceCategory;
import java.util.List;

/**
 * The state of one record of an order. {@code waiting} is true when it is missing only because
 * its time has not come (goods not yet arrived and not yet due): not a gap to fix today.
 */
public record CategoryCheck(EvidenceCategory category, CategoryStatus status, boolean waiting, List<Gap> gaps) {

    public CategoryCheck {
        gaps = List.copyOf(gaps);
    }

    public boolean complete() {
        return status == CategoryStatus.COMPLETE;
    }
}
