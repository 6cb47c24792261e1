package app.dossier.service;

import app.dossier.domain.CaseFile;
import app.dossier.domain.ChatTransfer;
import app.dossier.domain.DossierException;
import app.dossier.domain.Payment;
import app.dossier.domain.PaymentCovers;
import app.dossier.domain.Refusal;
import app.dossier.imports.ChatTransfers;
import app.dossier.store.Chats;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The WeChat transfers found in an order's chats, offered as payments: one becomes a payment of the
 * order on the day it was sent, with the chat export as its written proof and the factory's 已收款 as
 * its acknowledgement, through {@link PaymentService#record} (the same checks and the same change).
 */
public final class TransfersFromChat {
    /** The method a payment recorded from a transfer names. */
    public static final String METHOD = "WeChat transfer (微信转账)";

    private final UnitOfWork work;
    private final Chats chats;
    private final CaseRecords records;
    private final PaymentService payments;

    public TransfersFromChat(UnitOfWork work, Chats chats, CaseRecords records, PaymentService payments) {
        this.work = work;
        this.chats = chats;
        this.records = records;
        this.payments = payments;
    }

    /** The importer's transfers in the order's chats, oldest first, each with the payment recorded from it, if any. */
    public List<ChatTransfer> of(long orderId) {
        return work.read(db -> {
            CaseFile caseFile = records.caseOf(db, orderId);
            List<ChatTransfer> out = new ArrayList<>();
            for (ChatTransfer t : ChatTransfers.sent(chats.messagesOfOrder(db, orderId))) {
                out.add(recordedAs(t, caseFile.payments()).map(t::recordedAs).orElse(t));
            }
            return out;
        });
    }

    /**
     * Records the transfer sent in message {@code messageId} as a payment covering {@code covers}, at
     * {@code rateToVnd} when known. Refused when the order's chats hold no such transfer, or it was
     * recorded already.
     */
    public Payment record(long orderId, long messageId, PaymentCovers covers, BigDecimal rateToVnd) {
        ChatTransfer transfer = of(orderId).stream().filter(t -> t.messageId() == messageId).findFirst()
                .orElseThrow(() -> new DossierException(Refusal.TRANSFER_NOT_IN_CHAT.with(messageId)));
        if (transfer.recorded()) {
            throw new DossierException(Refusal.TRANSFER_ALREADY_RECORDED.with(transfer.reference(),
                    transfer.paymentId()));
        }
        return payments.record(new Payment(0, orderId, transfer.sentAt().toLocalDate(), transfer.amount(), rateToVnd,
                covers, METHOD, null, transfer.reference(), transfer.acknowledgedAt(), transfer.evidenceId()), null);
    }

    private static Optional<Long> recordedAs(ChatTransfer t, List<Payment> recorded) {
        return recorded.stream()
                .filter(p -> t.reference().equals(p.reference()) && p.proofEvidenceId() != null
                        && p.proofEvidenceId() == t.evidenceId())
                .map(Payment::id).findFirst();
    }
}
