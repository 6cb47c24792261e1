package app.dossier.domain;

import java.util.Optional;

/**
 * A record of an order that points to one of its files, so that the file stays where it is: a payment's
 * proof, a chat, a defect of the receiving record shown by the photo, or a dispute step's file.
 * {@code what} names it for the user: the payment's amount, the chat's messages, the defect's kind, the
 * step's time.
 */
public record FileUse(Kind kind, Object what) {
    public enum Kind { PAYMENT_PROOF, CHAT, DEFECT_PHOTO, DISPUTE_STEP }

    /** The first record of the case file that uses the file, in the order of {@link Kind}; empty when none does. */
    public static Optional<FileUse> of(CaseFile caseFile, long evidenceId) {
        for (Payment payment : caseFile.payments()) {
            if (payment.proofEvidenceId() != null && payment.proofEvidenceId() == evidenceId) {
                return Optional.of(new FileUse(Kind.PAYMENT_PROOF, payment.amount()));
            }
        }
        for (Conversation chat : caseFile.conversations()) {
            if (chat.holds(evidenceId)) {
                return Optional.of(new FileUse(Kind.CHAT, chat.messages()));
            }
        }
        if (caseFile.receiving() != null) {
            for (ReceivingDefect defect : caseFile.receiving().defects()) {
                if (defect.evidenceIds().contains(evidenceId)) {
                    return Optional.of(new FileUse(Kind.DEFECT_PHOTO, defect.kind()));
                }
            }
        }
        for (Dispute dispute : caseFile.disputes()) {
            for (DisputeEvent step : dispute.events()) {
                if (step.evidenceIds().contains(evidenceId)) {
                    return Optional.of(new FileUse(Kind.DISPUTE_STEP, step.at()));
                }
            }
        }
        return Optional.empty();
    }
}
