package app.dossier.packet;

import app.dossier.photos.PhotoReader;

import app.dossier.domain.DefectRegion;
import app.dossier.packet.PageFlow.Style;
import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A photo with a marked defect: the whole photo with the region outlined in red and, beside it (or
 * under it, on a page too narrow for two), the region cut from the full-resolution original, turned
 * upright and scaled to fit, framed in the same red under the label "缺陷特写 / Close-up of the
 * defect". The factory sees what is wrong at once, and where it is on the product.
 */
final class DefectCloseUp {
    /** Between the whole photo and the close-up, in points. */
    static final float GAP = 14;
    /** The narrowest column, in points, for which the close-up goes beside the photo rather than under it. */
    static final float NARROWEST_COLUMN = 180;
    /** The close-up's JPEG quality: it is the picture the claim rests on. */
    static final float QUALITY = 0.85f;
    /** Height of the photo and its close-up side by side, in points: room for the caption below on the page. */
    static final float HEIGHT = 270;
    private static final float[] RED = {0.86f, 0.16f, 0.13f};

    private final PDDocument document;
    private final PageFlow flow;
    private final Labels labels;

    DefectCloseUp(PDDocument document, PageFlow flow, Labels labels) {
        this.document = document;
        this.flow = flow;
        this.labels = labels;
    }

    /**
     * Places the whole photo and its close-up, leaving {@code keep} points (the caption) on the same
     * page. Returns false, having placed nothing, when the original cannot be read: the caller
     * places the photo alone.
     */
    boolean place(PDImageXObject whole, PacketPhoto original, DefectRegion region, float keep) throws IOException {
        boolean beside = flow.width() >= 2 * NARROWEST_COLUMN + GAP;
        float column = beside ? (flow.width() - GAP) / 2 : flow.width();
        BufferedImage cut;
        try {
            cut = cut(readOriginal(original.file()), original.orientation(), region,
                    (int) Math.round(column * PhotoLayout.PIXELS_PER_POINT),
                    (int) Math.round(HEIGHT * PhotoLayout.PIXELS_PER_POINT));
        } catch (IOException | RuntimeException e) {
            return false;
        }
        PDImageXObject closeUp = JPEGFactory.createFromImage(document, cut, QUALITY);
        float wholeScale = Math.min(column / whole.getWidth(), HEIGHT / whole.getHeight());
        float wholeW = whole.getWidth() * wholeScale;
        float wholeH = whole.getHeight() * wholeScale;
        // the close-up fills its box: a small region is shown larger than its pixels, which is the point
        float closeScale = Math.min(column / closeUp.getWidth(), HEIGHT / closeUp.getHeight());
        float closeW = closeUp.getWidth() * closeScale;
        float closeH = closeUp.getHeight() * closeScale;
        String label = labels.both(Label.CLOSE_UP);
        float labelH = flow.lines(label, Style.SMALL, 0).size() * Style.SMALL.leading() + 2;

        if (beside) {
            float height = Math.max(wholeH, labelH + closeH);
            flow.ensure(height + keep);
            float top = flow.y();
            float wholeX = flow.left() + (column - wholeW) / 2;
            flow.imageAt(whole, wholeX, top, wholeW, wholeH);
            outline(region, wholeX, top, wholeW, wholeH);
            float right = flow.left() + column + GAP;
            flow.show(flow.lines(label, Style.SMALL, 0).get(0), Style.SMALL, right, top - Style.SMALL.size());
            drawCloseUp(closeUp, right + (column - closeW) / 2, top - labelH, closeW, closeH);
            flow.space(height);
        } else {
            flow.ensure(wholeH + 6 + labelH + closeH + keep);
            float wholeX = flow.left() + (column - wholeW) / 2;
            flow.imageAt(whole, wholeX, flow.y(), wholeW, wholeH);
            outline(region, wholeX, flow.y(), wholeW, wholeH);
            flow.space(wholeH + 6);
            flow.ensure(labelH + closeH + keep);
            flow.text(label, Style.SMALL, 0);
            float top = flow.y() - 2;
            drawCloseUp(closeUp, flow.left() + (column - closeW) / 2, top, closeW, closeH);
            flow.space(closeH + 2);
        }
        return true;
    }

    private void outline(DefectRegion region, float x, float top, float width, float height) throws IOException {
        double[] at = region.within(width, height);
        flow.frame(x + (float) at[0], top - (float) at[1], (float) at[2], (float) at[3], 1.4f, RED[0], RED[1], RED[2]);
    }

    private void drawCloseUp(PDImageXObject closeUp, float x, float top, float width, float height) throws IOException {
        flow.imageAt(closeUp, x, top, width, height);
        flow.frame(x, top, width, height, 1.4f, RED[0], RED[1], RED[2]);
    }

    /**
     * The original photo as stored, at full resolution: the one place the packet decodes an
     * original whole (the downscaled photo is read by {@link PhotoScaler}).
     */
    static BufferedImage readOriginal(Path file) throws IOException {
        return PhotoReader.read(file);
    }

    /**
     * The region, given in fractions of the upright photo, cut from the photo as stored, then turned
     * upright and, when larger, scaled down to fit {@code maxWidth} × {@code maxHeight} pixels.
     */
    static BufferedImage cut(BufferedImage stored, int orientation, DefectRegion region, int maxWidth, int maxHeight) {
        Rectangle part = storedArea(stored.getWidth(), stored.getHeight(), orientation, region);
        BufferedImage sub = stored.getSubimage(part.x, part.y, part.width, part.height);
        boolean turned = orientation >= 5 && orientation <= 8;
        int uprightW = turned ? part.height : part.width;
        int uprightH = turned ? part.width : part.height;
        double scale = Math.min(1.0, Math.min((double) maxWidth / uprightW, (double) maxHeight / uprightH));
        int w = Math.max(1, (int) Math.round(part.width * scale));
        int h = Math.max(1, (int) Math.round(part.height * scale));
        return PhotoScaler.orientAndScale(sub, orientation, w, h);
    }

    /**
     * Where a region of the upright photo lies in the photo as stored ({@code width} × {@code height}
     * pixels, turned per its EXIF orientation), in whole pixels, at least one, inside the photo.
     */
    static Rectangle storedArea(int width, int height, int orientation, DefectRegion region) {
        int o = orientation >= 1 && orientation <= 8 ? orientation : 1;
        boolean turned = o >= 5;
        double uprightW = turned ? height : width;
        double uprightH = turned ? width : height;
        AffineTransform toUpright = PhotoScaler.orientation(o, width, height);
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        double[][] corners = {{region.left(), region.top()}, {region.right(), region.top()},
            {region.left(), region.bottom()}, {region.right(), region.bottom()}};
        try {
            for (double[] corner : corners) {
                Point2D stored = toUpright.inverseTransform(
                        new Point2D.Double(corner[0] * uprightW, corner[1] * uprightH), null);
                minX = Math.min(minX, stored.getX());
                minY = Math.min(minY, stored.getY());
                maxX = Math.max(maxX, stored.getX());
                maxY = Math.max(maxY, stored.getY());
            }
        } catch (NoninvertibleTransformException e) {
            throw new IllegalStateException("an EXIF orientation is always a turn or a mirror", e);
        }
        int x = clamp((int) Math.floor(minX), 0, width - 1);
        int y = clamp((int) Math.floor(minY), 0, height - 1);
        int right = clamp((int) Math.ceil(maxX), x + 1, width);
        int bottom = clamp((int) Math.ceil(maxY), y + 1, height);
        return new Rectangle(x, y, right - x, bottom - y);
    }

    private static int clamp(int value, int low, int high) {
        return Math.max(low, Math.min(high, value));
    }
}
