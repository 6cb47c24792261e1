package app.dossier.ui.factory;

import app.dossier.domain.EvidenceCategory;
import java.util.Map;

/**
 * One of the factory's orders as its table shows it: the order number (or the product when there
 * is none) with the product under it, dates and amounts already in the user's words, and how many
 * files each evidence category holds.
 */
public record FactoryOrderRow(long orderId, String label, String product, String orderedOn, String quantity,
        String total, Map<EvidenceCategory, Integer> files) {
}
