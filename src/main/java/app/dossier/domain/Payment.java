package app.dossier.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One transfer to the factory. {@code rateToVnd} is VND per unit of the payment's currency on
 * that day, when known. {@code acknowledgedAt} is when the factory confirmed receipt in writing.
 * {@code proofEvidenceId} points at the screenshot in the Payments folder, if one was attached.
 */
public record Payment(
        long id,
        long orderId,
        LocalDate paidOn,
        Money amount,
        BigDecimal rateToVnd,
        PaymentCovers covers,
        String method,
        String receivingAccount,
        String reference,
        LocalDateTime acknowledgedAt,
        Long proofEvidenceId) {

    public Payment withId(long newId) {
        return new Payment(newId, orderId, paidOn, amount, rateToVnd, covers, method, receivingAccount,
                reference, acknowledgedAt, proofEvidenceId);
    }

    public Payment withProof(Long evidenceId) {
        return new Payment(id, orderId, paidOn, amount, rateToVnd, covers, method, receivingAccount,
                reference, acknowledgedAt, evidenceId);
    }
}
