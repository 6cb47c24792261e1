package app.dossier.domain;

/** What a payment pays for. */
public enum PaymentCovers {
    DEPOSIT,
    BALANCE,
    FULL,
    OTHER
}
