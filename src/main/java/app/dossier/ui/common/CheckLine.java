package app.dossier.ui.common;

import app.dossier.domain.EvidenceCategory;
import java.util.List;

/**
 * One of an order's four records as the window shows it.
 *
 * @param name       the category's name ("Payments")
 * @param stateWords "complete", "partial", "missing", "not yet"
 * @param reasons    why it is not complete, one sentence each
 */
public record CheckLine(EvidenceCategory category, String name, RecordState state, String stateWords,
        List<String> reasons) {

    public CheckLine {
        reasons = List.copyOf(reasons);
    }
}
