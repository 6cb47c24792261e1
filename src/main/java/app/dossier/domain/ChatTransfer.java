package app.dossier.domain;

import java.time.LocalDateTime;

/**
 * A WeChat transfer (微信转账) the importer sent, found in an order's chat: the message that sent it,
 * its amount, and when the factory acknowledged it (已收款), if it did. Offered as a payment of the
 * order, with the chat as its written proof.
 *
 * @param evidenceId     the chat export the message is in
 * @param acknowledgedAt the factory's 已收款, or null
 * @param paymentId      the payment recorded from it, or null while it is not
 */
public record ChatTransfer(long messageId, long evidenceId, LocalDateTime sentAt, Money amount,
        LocalDateTime acknowledgedAt, Long paymentId) {

    /** What the payment recorded from it says it is: the message's time, so that it is found again. */
    public String reference() {
        return "WeChat transfer " + DateInput.format(sentAt);
    }

    public boolean recorded() {
        return paymentId != null;
    }

    public ChatTransfer recordedAs(long id) {
        return new ChatTransfer(messageId, evidenceId, sentAt, amount, acknowledgedAt, id);
    }
}
