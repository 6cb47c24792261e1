package app.dossier.domain;

/** A catalogue product, or one made to the buyer's design (molds, custom packaging, private label). */
public enum OrderKind {
    STANDARD,
    OEM
}
