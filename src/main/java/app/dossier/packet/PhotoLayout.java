package app.dossier.packet;

/**
 * How large a picture prints in the packet and how many pixels it keeps; docs/packet.md, "Photos and
 * screenshots", gives the reasons.
 *
 * <ul>
 *   <li>A photo takes the full text width, unless that would make it taller than a page leaves
 *       room for (after a section heading and its caption); then it takes that height. A photo at
 *       least as wide as it is tall prints at most {@link #PAIR_HEIGHT} tall, so that two share a
 *       page with their captions: a 4:3 photo prints 127 mm wide.</li>
 *   <li>A <b>screenshot</b> is a picture at least 1.6 times as tall as it is wide, upright. Phone
 *       screens are 16:9 to 20:9 (1.78–2.22); cameras shoot 4:3 or 3:2 (at most 1.5), so a
 *       portrait photo is not one (a 16:9 portrait photo is, and merely prints large). A screenshot
 *       prints at least {@link #SCREENSHOT_WIDTH} wide, so that its smallest text reads at 8 pt or
 *       more; taller than a page at that width, it is cut into page-high pieces, one per page.</li>
 *   <li>Pixels: 200 dpi at the size the photo would print alone on a page (a photo printed two to a
 *       page keeps them, for a reader who zooms in), but no more than 1,600 on the long edge, whichever is
 *       smaller; never more than the original has.</li>
 * </ul>
 */
final class PhotoLayout {
    /** Upright height over width from which a picture is a screenshot. */
    static final double SCREENSHOT_RATIO = 1.6;
    /**
     * 97 mm. Chat apps and 1688 show their smallest text (times, quotes, order details) at about
     * 12 dp on a screen 411 dp wide (a 1080-pixel phone), 1/34 of the width; 8 pt is 2.82 mm, so the
     * screen must print at least 34 × 2.82 ≈ 96 mm wide.
     */
    static final float SCREENSHOT_WIDTH = 275;
    /**
     * 95 mm: the height at which two landscape photos and their captions (about 90 pt each: exhibit
     * number, caption, time, file, SHA-256) fit on one A4 page below the running header.
     */
    static final float PAIR_HEIGHT = 270;
    /** Pixels per point at 200 dpi. */
    static final double PIXELS_PER_POINT = 200 / 72.0;
    /** Pixels on the long edge of what prints on one page, at most. */
    static final int LONG_EDGE = 1600;

    /**
     * Where a picture goes: its printed width and its height on each page it takes (one for all
     * but long screenshots), in points; and the pixels kept for it.
     */
    record Placement(float width, float height, int pages, float pieceHeight, int pixelWidth, int pixelHeight,
            boolean screenshot) {
    }

    private PhotoLayout() {
    }

    static boolean isScreenshot(int width, int height) {
        return height >= SCREENSHOT_RATIO * width;
    }

    /**
     * @param width     the picture's upright width in pixels
     * @param height    its upright height in pixels
     * @param boxWidth  the text width, in points
     * @param boxHeight the most a picture may take on one page, in points
     */
    static Placement of(int width, int height, float boxWidth, float boxHeight) {
        boolean screenshot = isScreenshot(width, height);
        // the pixels are those of the photo at full size: a photo printed two to a page keeps its detail for
        // a reader who zooms in on the screen
        float fullScale = Math.min(boxWidth / width, boxHeight / height);
        if (width >= height) {
            boxHeight = Math.min(boxHeight, PAIR_HEIGHT);
        }
        float scale = Math.min(boxWidth / width, boxHeight / height);
        float w = width * scale;
        float h = height * scale;
        if (screenshot && w < SCREENSHOT_WIDTH) {
            w = Math.min(boxWidth, SCREENSHOT_WIDTH);
            h = w * height / width;
        }
        int pages = Math.max(1, (int) Math.ceil(h / boxHeight - 0.001));
        float piece = Math.min(h, boxHeight);
        float keptW = screenshot ? w : Math.max(w, width * fullScale);
        float keptH = keptW * height / width;
        float keptPiece = screenshot ? piece : keptH;
        double density = Math.min(PIXELS_PER_POINT, LONG_EDGE / Math.max(keptW, keptPiece));
        int pixelWidth = (int) Math.min(width, Math.round(keptW * density));
        int pixelHeight = (int) Math.min(height, Math.round(keptH * density));
        return new Placement(w, h, pages, piece, Math.max(1, pixelWidth), Math.max(1, pixelHeight), screenshot);
    }

    /** The pixels kept for a picture of {@code width} × {@code height} placed in that box. */
    static PhotoScaler.Fit fit(float boxWidth, float boxHeight) {
        return (w, h) -> {
            Placement p = of(w, h, boxWidth, boxHeight);
            // keep the proportions when the original limits one side
            double scale = Math.min((double) p.pixelWidth() / w, (double) p.pixelHeight() / h);
            return new java.awt.Dimension(Math.max(1, (int) Math.round(w * scale)), Math.max(1, (int) Math.round(h * scale)));
        };
    }
}
