package app.dossier.ui.order;

/**
 * One payment as the ledger table shows it, every cell already in words. The flags mark cells to
 * show in red: no written acknowledgement, no proof, or a payment that does not count towards the
 * order total (another currency). {@code paymentId} names the payment to correct or remove.
 */
public record LedgerRow(long paymentId, String paidOn, String amount, String covers, String method, String account,
        String reference, String rate, String vnd, String acknowledged, boolean notAcknowledged, String proof,
        boolean noProof, String paidSoFar, boolean notCounted) {
}
