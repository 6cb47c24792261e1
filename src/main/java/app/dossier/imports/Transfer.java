package app.dossier.imports;

import app.dossier.domain.Money;

/**
 * Money moved by a WeChat transfer (微信转账), as a chat export shows it.
 *
 * @param amount   the amount, in yuan
 * @param step     whether the message offers the money or acknowledges it
 * @param paidByMe whether the importer is the one who paid: the sender of an offer, the other side of a receipt;
 *                 to be trusted only when the chat knows its sides ({@link Chat#sidesKnown()})
 */
public record Transfer(Money amount, Step step, boolean paidByMe) {

    public enum Step {
        /** The payer's transfer (发起转账, 转账, [转账|发送 …]). */
        SENT,
        /** The payee's acknowledgement that the money arrived (已收款, 已接收). */
        RECEIVED,
        /** The payee sent the money back (已退还). */
        RETURNED
    }

    /** Whether this is the factory's (or the importer's) 已收款: the money arrived. */
    public boolean acknowledgement() {
        return step == Step.RECEIVED;
    }
}
