package app.dossier.domain;

/**
 * What happened to an order, in the order such things happen; events at the same moment are listed
 * in this order ({@link OrderHistory}).
 */
public enum HistoryKind {
    /** The specs and price were agreed: a pinned chat message, or the order's agreed-on date. */
    AGREED,
    /** The order was placed. */
    ORDERED,
    /** A payment was made. */
    PAID,
    /** The factory confirmed in writing that it received a payment. */
    ACKNOWLEDGED,
    /** The delivery deadline. */
    DUE,
    /** The goods arrived, with the parcels counted at the door. */
    ARRIVED,
    /** The units were counted and a sample checked. */
    COUNTED,
    /** The factory was told what was found. */
    FACTORY_TOLD,
    /** A step of the dispute. */
    DISPUTE_STEP
}
