package app.dossier.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What is wrong with what arrived, as a factory's quality people name it. Each kind has its words in
 * Chinese, English and Vietnamese under {@code defect.<NAME>} in the words bundles, so every text the
 * factory reads names the defect without the buyer translating it.
 *
 * <p>{@link #SHORT} is counted in units missing (ordered minus received), {@link #DAMAGED_PACKAGING}
 * in cartons; every other kind in units found defective in the sample check.
 */
public enum DefectKind {
    SHORT,
    CRACKED,
    SCRATCHED,
    STAINED,
    WRONG_COLOUR,
    WRONG_SIZE,
    MISSING_PART,
    NOT_WORKING,
    DAMAGED_PACKAGING,
    WRONG_ITEM,
    OTHER;

    /** Whether the kind's count is of units found defective (not units missing, not cartons). */
    public boolean countsDefectiveUnits() {
        return this != SHORT && this != DAMAGED_PACKAGING;
    }

    /** The kind as typed on the command line: "cracked", "wrong-colour", "damaged-packaging". */
    public String typed() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kind for its typed name ("wrong-colour", "WRONG_COLOUR", "wrong color"); empty when none matches. */
    public static Optional<DefectKind> fromTyped(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_')
                .replace("COLOR", "COLOUR");
        return Arrays.stream(values()).filter(k -> k.name().equals(key)).findFirst();
    }
}
