package app.dossier.domain.guidance;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A part of a whole, such as 20 units short of 700 expected. The whole is above zero. */
public record Rate(long part, long whole) {

    public Rate {
        if (whole <= 0 || part < 0) {
            throw new IllegalArgumentException("a rate needs a whole above zero and a part of zero or more");
        }
    }

    /** The percentage with one decimal, rounded half up: 2.9 for 20 of 700. */
    public BigDecimal percent() {
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** "2.9 % (20 of 700)". */
    public String describe() {
        return percent().toPlainString() + " % (" + Words.number(part) + " of " + Words.number(whole) + ")";
    }
}
