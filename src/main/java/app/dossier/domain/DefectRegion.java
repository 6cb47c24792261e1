package app.dossier.domain;

import java.util.Optional;

/**
 * The part of a photo where the defect is, marked by the user: its left and top edges, width and
 * height as fractions (0 to 1) of the photo as it is seen upright, after its EXIF orientation, so
 * the same region fits the thumbnail, the packet and the original whatever way the phone stored it.
 * Kept to 1/10,000 of the picture (under a pixel of a 12-megapixel photo), so the database and
 * case.json hold the same numbers.
 */
public record DefectRegion(double left, double top, double width, double height) {
    /** The smallest side of a region, as a fraction of the picture's side: smaller is a slip of the mouse. */
    public static final double SMALLEST_SIDE = 0.01;
    /** Decimals kept of each fraction. */
    public static final int DECIMALS = 4;
    private static final double SLACK = 1e-9;

    /** Why a region cannot be kept; the window and the command line word each. */
    public enum Problem {
        /** A value is not a number (or infinite). */
        NOT_A_NUMBER,
        /** The region reaches outside the picture. */
        OUTSIDE_THE_PICTURE,
        /** The region is narrower or lower than {@link #SMALLEST_SIDE} of the picture, or empty. */
        TOO_SMALL
    }

    public DefectRegion {
        left = round(left);
        top = round(top);
        width = round(width);
        height = round(height);
        Optional<Problem> problem = problem(left, top, width, height);
        if (problem.isPresent()) {
            throw new IllegalArgumentException("not a region of the picture (" + problem.get() + "): " + left + ", "
                    + top + ", " + width + ", " + height);
        }
    }

    /**
     * What is wrong with a region given by its left and top edges, width and height (fractions of
     * the upright picture), or empty when it can be kept. The window checks this as the user drags;
     * the service refuses the same.
     */
    public static Optional<Problem> problem(double left, double top, double width, double height) {
        if (!Double.isFinite(left) || !Double.isFinite(top) || !Double.isFinite(width) || !Double.isFinite(height)) {
            return Optional.of(Problem.NOT_A_NUMBER);
        }
        double l = round(left);
        double t = round(top);
        double w = round(width);
        double h = round(height);
        if (w < SMALLEST_SIDE - SLACK || h < SMALLEST_SIDE - SLACK) {
            return Optional.of(Problem.TOO_SMALL);
        }
        if (l < 0 || t < 0 || l + w > 1 + SLACK || t + h > 1 + SLACK) {
            return Optional.of(Problem.OUTSIDE_THE_PICTURE);
        }
        return Optional.empty();
    }

    /**
     * The region between two corners, in any order (where a drag started and where it is now),
     * each clamped to the picture: what a drag marks. The edges are rounded before the width is
     * taken, so the right edge never passes the picture's.
     */
    public static Optional<DefectRegion> between(double x1, double y1, double x2, double y2) {
        if (!Double.isFinite(x1) || !Double.isFinite(y1) || !Double.isFinite(x2) || !Double.isFinite(y2)) {
            return Optional.empty();
        }
        double l = round(clamp(Math.min(x1, x2)));
        double r = round(clamp(Math.max(x1, x2)));
        double t = round(clamp(Math.min(y1, y2)));
        double b = round(clamp(Math.max(y1, y2)));
        if (problem(l, t, r - l, b - t).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new DefectRegion(l, t, r - l, b - t));
    }

    /** Where the region is within a box of {@code boxWidth} by {@code boxHeight} (pixels or points). */
    public double[] within(double boxWidth, double boxHeight) {
        return new double[] {left * boxWidth, top * boxHeight, width * boxWidth, height * boxHeight};
    }

    public double right() {
        return left + width;
    }

    public double bottom() {
        return top + height;
    }

    private static double clamp(double fraction) {
        return Math.max(0, Math.min(1, fraction));
    }

    private static double round(double fraction) {
        if (!Double.isFinite(fraction)) {
            return fraction;
        }
        double scale = Math.pow(10, DECIMALS);
        return Math.round(fraction * scale) / scale;
    }
}
