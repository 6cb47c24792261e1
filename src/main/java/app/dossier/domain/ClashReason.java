package app.dossier.domain;

/**
 * Why an order of a 1688 export is not simply brought into the order Dossier has under the same
 * number: the two may not be the same order, or the order is past the point where a file may
 * change it unseen. The English is what the command line prints; the window words each under
 * {@code import.clash.<NAME>}.
 */
public enum ClashReason {
    /** The order is filed under one factory and the file's seller is another. */
    ANOTHER_SELLER("another seller"),
    /** The products differ by more than a typo ({@link ProductNames#sameWithinATypo}). */
    ANOTHER_PRODUCT("another product"),
    /** The goods were received and counted against the order as it is. */
    RECEIVED("the order has a receiving record"),
    /** A dispute about the order is open; its claim rests on the order as it is. */
    DISPUTE_OPEN("a dispute about the order is open");

    private final String english;

    ClashReason(String english) {
        this.english = english;
    }

    public String english() {
        return english;
    }
}
