package app.dossier.ui.dispute;

import app.dossier.domain.DisputeStatus;

/** One dispute as the list shows it: the order, the factory, when it was opened, where it stands and what it is about. */
public record DisputeRow(long disputeId, long orderId, String order, String factory, String openedOn, String status,
        DisputeStatus statusCode, String summary) {
}
