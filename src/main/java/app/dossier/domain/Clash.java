package app.dossier.domain;

import java.util.List;

/**
 * An order of a 1688 export that Dossier already has under the same number but that the import
 * does not change on its own (see {@link ClashReason}): both sides, so the user can tell whether
 * they are one order, and the reasons. Taking the file's side is the user's choice.
 *
 * @param reasons  at least one, in the order of {@link ClashReason}
 * @param inDossier the order as Dossier has it
 * @param inFile    the order as the file has it
 */
public record Clash(List<ClashReason> reasons, Side inDossier, Side inFile) {
    public Clash {
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("A clash has a reason");
        }
    }

    /** One side of a clash: who sells it, what it is and how many. {@code unit} may be null. */
    public record Side(String factory, String product, long quantity, String unit) {
        /** "500 cái", "200" */
        public String amount() {
            return unit == null || unit.isBlank() ? Long.toString(quantity) : quantity + " " + unit;
        }
    }
}
