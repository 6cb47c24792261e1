package app.dossier.domain.guidance;

import app.dossier.domain.InvalidInputException;
import java.util.Objects;

/**
 * How many units to check when a lot arrives, and how many defects it may have: ISO 2859-1 /
 * ANSI Z1.4, General Inspection Level II, normal inspection, single sampling, following the
 * standard's arrows. Beside it, the seed's rule of thumb of 10 and 15 % (rounded up, at least 1).
 *
 * <p>Where a plan's sample size is the lot size or more, every unit is inspected. A lot of one unit
 * is below the table (which starts at 2): its one unit is inspected, accept 0, reject 1. A lot of 0
 * or fewer units is refused with a message.
 *
 * @param lotSize        units in the lot
 * @param codeLetter     the sample size code letter (A–Q, no I or O)
 * @param codeSampleSize the code letter's own sample size, before arrows
 * @param major          the plan for major defects (AQL 2.5 by default)
 * @param minor          the plan for minor defects (AQL 4.0 by default)
 * @param tenPercent     10 % of the lot, rounded up, at least 1
 * @param fifteenPercent 15 % of the lot, rounded up, at least 1
 */
public record SamplePlan(long lotSize, char codeLetter, int codeSampleSize, AqlPlan major, AqlPlan minor,
        long tenPercent, long fifteenPercent) {

    private static final char[] LETTERS = "ABCDEFGHJKLMNPQ".toCharArray();
    private static final long[] LOT_MAX = {8, 15, 25, 50, 90, 150, 280, 500, 1_200, 3_200, 10_000, 35_000,
            150_000, 500_000, Long.MAX_VALUE};
    private static final int[] CODE_N = {2, 3, 5, 8, 13, 20, 32, 50, 80, 125, 200, 315, 500, 800, 1250};
    private static final int[] N_2_5 = {5, 5, 5, 5, 20, 20, 32, 50, 80, 125, 200, 315, 500, 500, 500};
    private static final int[] AC_2_5 = {0, 0, 0, 0, 1, 1, 2, 3, 5, 7, 10, 14, 21, 21, 21};
    private static final int[] N_4_0 = {3, 3, 3, 13, 13, 20, 32, 50, 80, 125, 200, 315, 315, 315, 315};
    private static final int[] AC_4_0 = {0, 0, 0, 1, 1, 2, 3, 5, 7, 10, 14, 21, 21, 21, 21};

    /**
     * The plan for one AQL.
     *
     * @param aql        the acceptable quality limit
     * @param sampleSize units to check: the table's n, or the whole lot when n is larger
     * @param accept     the lot passes with this many defects or fewer (Ac)
     * @param reject     the lot fails with this many defects or more (Re)
     * @param everyUnit  the table's n is the lot size or more, so every unit is checked
     */
    public record AqlPlan(Aql aql, long sampleSize, int accept, int reject, boolean everyUnit) {
    }

    /** Pass or fail after the count, with the reason in plain English. */
    public record Verdict(boolean pass, long majorDefects, long minorDefects, String message) {
    }

    /** The plan with the defaults inspection firms use: major defects at AQL 2.5, minor at 4.0. */
    public static SamplePlan forLot(long lotSize) {
        return forLot(lotSize, Aql.AQL_2_5, Aql.AQL_4_0);
    }

    public static SamplePlan forLot(long lotSize, Aql major, Aql minor) {
        Objects.requireNonNull(major, "major");
        Objects.requireNonNull(minor, "minor");
        if (lotSize <= 0) {
            throw new InvalidInputException("A lot must have at least 1 unit to plan a sample check (got "
                    + lotSize + "). Enter how many units arrived.");
        }
        long ten = percent(lotSize, 10);
        long fifteen = percent(lotSize, 15);
        if (lotSize == 1) {
            return new SamplePlan(1, 'A', 1, new AqlPlan(major, 1, 0, 1, true), new AqlPlan(minor, 1, 0, 1, true),
                    ten, fifteen);
        }
        int row = 0;
        while (lotSize > LOT_MAX[row]) {
            row++;
        }
        return new SamplePlan(lotSize, LETTERS[row], CODE_N[row], plan(major, row, lotSize), plan(minor, row, lotSize),
                ten, fifteen);
    }

    private static AqlPlan plan(Aql aql, int row, long lotSize) {
        int n = aql == Aql.AQL_2_5 ? N_2_5[row] : N_4_0[row];
        int ac = aql == Aql.AQL_2_5 ? AC_2_5[row] : AC_4_0[row];
        return new AqlPlan(aql, Math.min(n, lotSize), ac, ac + 1, n >= lotSize);
    }

    /** ceil(lot × p / 100), at least 1, computed without overflow. */
    private static long percent(long lot, int p) {
        long value = lot / 100 * p + (lot % 100 * p + 99) / 100;
        return Math.max(1, Math.min(lot, value));
    }

    /** Units to take from the lot: the larger of the two plans' samples. */
    public long unitsToInspect() {
        return Math.max(major.sampleSize(), minor.sampleSize());
    }

    public boolean inspectEveryUnit() {
        return unitsToInspect() >= lotSize;
    }

    /**
     * The verdict when defects are not sorted into major and minor: every defect counts as major,
     * the stricter plan.
     */
    public Verdict verdict(long defectsFound) {
        return verdict(defectsFound, 0);
    }

    /** Fails when either count reaches its plan's reject number. */
    public Verdict verdict(long majorDefects, long minorDefects) {
        if (majorDefects < 0 || minorDefects < 0) {
            throw new InvalidInputException("A defect count cannot be negative.");
        }
        if (majorDefects + minorDefects > unitsToInspect()) {
            throw new InvalidInputException(Words.number(majorDefects + minorDefects) + " defects cannot be found in "
                    + Words.plural(unitsToInspect(), "unit", "units") + " checked; count again.");
        }
        boolean majorFails = majorDefects >= major.reject();
        boolean minorFails = minorDefects >= minor.reject();
        boolean pass = !majorFails && !minorFails;
        StringBuilder text = new StringBuilder(pass ? "Pass: " : "Fail: ");
        text.append(Words.plural(majorDefects, "major defect", "major defects")).append(" (AQL ")
                .append(major.aql().label()).append(" accepts up to ").append(major.accept()).append(")");
        if (minorDefects > 0 || minorFails) {
            text.append(", ").append(Words.plural(minorDefects, "minor defect", "minor defects")).append(" (AQL ")
                    .append(minor.aql().label()).append(" accepts up to ").append(minor.accept()).append(")");
        }
        text.append(pass ? "." : ". Tell the factory in writing with photos and propose a remedy.");
        return new Verdict(pass, majorDefects, minorDefects, text.toString());
    }

    /** The plan in plain English. */
    public String describe() {
        String check = inspectEveryUnit() ? "Check every unit (" + Words.number(lotSize) + ")."
                : "Check " + Words.plural(unitsToInspect(), "unit", "units") + " picked at random from "
                        + Words.number(lotSize) + ".";
        return "Lot of " + Words.plural(lotSize, "unit", "units") + ", code letter " + codeLetter + ". " + check
                + " Major defects (AQL " + major.aql().label() + ", " + Words.number(major.sampleSize())
                + " units): accept up to " + major.accept() + ", reject at " + major.reject() + ". Minor defects (AQL "
                + minor.aql().label() + ", " + Words.number(minor.sampleSize()) + " units): accept up to "
                + minor.accept() + ", reject at " + minor.reject() + ". The 10–15 % rule of thumb would be "
                + Words.number(tenPercent) + "–" + Words.number(fifteenPercent) + " units.";
    }
}
