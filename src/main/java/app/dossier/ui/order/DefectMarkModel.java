package app.dossier.ui.order;

import app.dossier.domain.DefectRegion;
import app.dossier.ui.common.Texts;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Rectangle2D;

/**
 * Marking the defect on one photo: the user drags a rectangle on the photo shown upright in a box
 * of known size; a drag from outside the rectangle draws a new one, from inside moves it, from near
 * a corner resizes it. Pointer positions are in the box's pixels; the region kept is in fractions of
 * the photo ({@link DefectRegion}), checked by the same rule the service enforces.
 */
public final class DefectMarkModel {
    /** How near a corner, in pixels, a press takes that corner to resize. */
    static final double HANDLE = 10;

    private enum Drag { NONE, DRAW, MOVE, RESIZE }

    private final Texts texts;
    private final DefectRegion marked;
    private final ReadOnlyObjectWrapper<DefectRegion> region = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Rectangle2D> outline = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper(false);
    private double boxWidth;
    private double boxHeight;
    private Drag drag = Drag.NONE;
    private double anchorX;
    private double anchorY;
    private Rectangle2D atPress;

    /** @param marked where the defect is marked now, or null */
    public DefectMarkModel(Texts texts, DefectRegion marked) {
        this.texts = texts;
        this.marked = marked;
        region.addListener((o, was, now) -> {
            canSave.set(now != null && !now.equals(marked));
            summary.set(describe(now));
        });
        region.set(marked);
        summary.set(describe(marked));
    }

    /** The size at which the photo is shown, upright, in pixels; the outline follows it. */
    public void box(double width, double height) {
        boxWidth = width;
        boxHeight = height;
        outline.set(toBox(region.get()));
    }

    public void press(double x, double y) {
        if (!hasBox()) {
            return;
        }
        double px = clampX(x);
        double py = clampY(y);
        Rectangle2D now = toBox(region.get());
        atPress = now;
        anchorX = px;
        anchorY = py;
        drag = Drag.DRAW;
        if (now != null) {
            Optional<double[]> opposite = oppositeOfCornerNear(now, px, py);
            if (opposite.isPresent()) {
                drag = Drag.RESIZE;
                anchorX = opposite.get()[0];
                anchorY = opposite.get()[1];
            } else if (now.contains(px, py)) {
                drag = Drag.MOVE;
            }
        }
        problem.set("");
    }

    public void drag(double x, double y) {
        if (drag == Drag.NONE) {
            return;
        }
        double px = clampX(x);
        double py = clampY(y);
        if (drag == Drag.MOVE) {
            double dx = px - anchorX;
            double dy = py - anchorY;
            double left = Math.max(0, Math.min(boxWidth - atPress.getWidth(), atPress.getMinX() + dx));
            double top = Math.max(0, Math.min(boxHeight - atPress.getHeight(), atPress.getMinY() + dy));
            outline.set(new Rectangle2D(left, top, atPress.getWidth(), atPress.getHeight()));
        } else {
            outline.set(new Rectangle2D(Math.min(anchorX, px), Math.min(anchorY, py), Math.abs(px - anchorX),
                    Math.abs(py - anchorY)));
        }
    }

    /**
     * Ends a drag: the rectangle drawn becomes the region when it is one; otherwise the region stays
     * as it was and the problem says why (a click without a drag says nothing).
     */
    public void release(double x, double y) {
        if (drag == Drag.NONE) {
            return;
        }
        drag(x, y);
        Drag was = drag;
        drag = Drag.NONE;
        Rectangle2D drawn = outline.get();
        if (drawn == null || (was == Drag.MOVE && drawn.equals(atPress))) {
            outline.set(toBox(region.get()));
            return;
        }
        double left = drawn.getMinX() / boxWidth;
        double top = drawn.getMinY() / boxHeight;
        double right = drawn.getMaxX() / boxWidth;
        double bottom = drawn.getMaxY() / boxHeight;
        Optional<DefectRegion.Problem> wrong = DefectRegion.problem(left, top, right - left, bottom - top);
        Optional<DefectRegion> kept = DefectRegion.between(left, top, right, bottom);
        if (wrong.isPresent() || kept.isEmpty()) {
            boolean aClick = drawn.getWidth() < 2 && drawn.getHeight() < 2;
            problem.set(aClick ? "" : words(wrong.orElse(DefectRegion.Problem.TOO_SMALL)));
            outline.set(toBox(region.get()));
            return;
        }
        problem.set("");
        region.set(kept.get());
        outline.set(toBox(kept.get()));
    }

    /** The words for a problem with a region, in the window's language. */
    public String words(DefectRegion.Problem wrong) {
        return texts.get("order.defect.problem." + wrong.name());
    }

    /** The region to save; null when none is drawn. */
    public DefectRegion result() {
        return region.get();
    }

    /** Whether the file was marked when the dialog opened: Clear is offered then. */
    public boolean wasMarked() {
        return marked != null;
    }

    public ReadOnlyObjectProperty<DefectRegion> regionProperty() {
        return region.getReadOnlyProperty();
    }

    /** The rectangle to draw, in the box's pixels, also while dragging; null when none. */
    public ReadOnlyObjectProperty<Rectangle2D> outlineProperty() {
        return outline.getReadOnlyProperty();
    }

    /** Why the last rectangle drawn was not kept, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** "Marked: 41.2% from the left, …" or "Nothing marked yet." */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** A region is drawn and differs from the one saved. */
    public ReadOnlyBooleanProperty canSaveProperty() {
        return canSave.getReadOnlyProperty();
    }

    private String describe(DefectRegion r) {
        return r == null ? texts.get("order.defect.none")
                : texts.get("order.defect.at", r.left() * 100, r.top() * 100, r.width() * 100, r.height() * 100);
    }

    private Rectangle2D toBox(DefectRegion r) {
        if (r == null || !hasBox()) {
            return null;
        }
        double[] at = r.within(boxWidth, boxHeight);
        return new Rectangle2D(at[0], at[1], at[2], at[3]);
    }

    private static Optional<double[]> oppositeOfCornerNear(Rectangle2D r, double x, double y) {
        double[][] corners = {
            {r.getMinX(), r.getMinY(), r.getMaxX(), r.getMaxY()},
            {r.getMaxX(), r.getMinY(), r.getMinX(), r.getMaxY()},
            {r.getMinX(), r.getMaxY(), r.getMaxX(), r.getMinY()},
            {r.getMaxX(), r.getMaxY(), r.getMinX(), r.getMinY()}};
        for (double[] c : corners) {
            if (Math.abs(c[0] - x) <= HANDLE && Math.abs(c[1] - y) <= HANDLE) {
                return Optional.of(new double[] {c[2], c[3]});
            }
        }
        return Optional.empty();
    }

    private boolean hasBox() {
        return boxWidth > 0 && boxHeight > 0;
    }

    private double clampX(double x) {
        return Math.max(0, Math.min(boxWidth, x));
    }

    private double clampY(double y) {
        return Math.max(0, Math.min(boxHeight, y));
    }
}
