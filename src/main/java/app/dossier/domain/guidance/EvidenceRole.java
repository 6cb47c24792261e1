package app.dossier.domain.guidance;

/** What a saved file is for, as far as the rules are concerned. A file may have several roles. */
public enum EvidenceRole {
    /** A chat screenshot or export with the factory (1688, WeChat, Zalo…). */
    CHAT,
    /** The factory's sample, or a photo of it: the reference standard. */
    SAMPLE_PHOTO,
    /** The chat message in which the factory confirmed the sample is the standard for the bulk goods. */
    SAMPLE_CONFIRMATION,
    /** The 1688 order page (export or screenshot). */
    ORDER_PAGE,
    /** The buyer's written summary of an order (product, quantity, price, total, deadline). */
    ORDER_SUMMARY,
    /** The factory's written confirmation of the order or its summary. */
    FACTORY_CONFIRMATION,
    /** A contract, or a summary of terms the factory confirmed. */
    CONTRACT,
    /** A photo taken when the goods arrived. */
    RECEIVING_PHOTO
}
