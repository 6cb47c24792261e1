package app.dossier.ui.shell;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which size and place the window opens at on the screens there are now. The window opens where it
 * was last on that screen when it is still there, moved and shrunk as needed to lie wholly on it;
 * otherwise on the main screen, at the preferred size, or maximized when the screen is smaller than
 * that (the 1366×768 and 1280×720 office laptops). Places are remembered per screen size, so a
 * laptop that is sometimes on a large monitor opens right on both. No toolkit: plain numbers in,
 * plain numbers out.
 */
public final class WindowFit {
    /** The size the window would like: every view is laid out for it. */
    public static final double PREFERRED_WIDTH = 1280;
    public static final double PREFERRED_HEIGHT = 820;
    /** Smaller than this the views no longer fit; on a smaller screen, the screen. */
    public static final double MIN_WIDTH = 900;
    public static final double MIN_HEIGHT = 600;
    /** How much of the window must lie on a screen to be reached and dragged back: its title bar. */
    private static final double GRIP_WIDTH = 120;
    private static final double GRIP_HEIGHT = 40;

    private WindowFit() {
    }

    /** A rectangle on the desktop, in the toolkit's units. */
    public record Area(double x, double y, double width, double height) {
        double maxX() {
            return x + width;
        }

        double maxY() {
            return y + height;
        }

        double overlap(Area other) {
            double w = Math.min(maxX(), other.maxX()) - Math.max(x, other.x);
            double h = Math.min(maxY(), other.maxY()) - Math.max(y, other.y);
            return w <= 0 || h <= 0 ? 0 : w * h;
        }

        boolean holdsGrip(Area window) {
            double w = Math.min(maxX(), window.maxX()) - Math.max(x, window.x);
            double h = Math.min(maxY(), window.maxY()) - Math.max(y, window.y);
            return w >= Math.min(GRIP_WIDTH, window.width) && h >= Math.min(GRIP_HEIGHT, window.height);
        }
    }

    /**
     * One screen: its whole size (what places are remembered by) and the part windows may use
     * (without the task bar).
     */
    public record Screen(double width, double height, Area usable) {
        /** The name places are remembered under: the screen's size, "1366x768". */
        public String key() {
            return String.format(Locale.ROOT, "%dx%d", Math.round(width), Math.round(height));
        }
    }

    /** Where the window is (its normal, not maximized, bounds) and whether it is maximized. */
    public record Place(Area bounds, boolean maximized) {
    }

    /**
     * The place to open at. {@code screens} are the screens there are, the main one first;
     * {@code lastScreen} is the key of the screen the window was on when it closed (or null);
     * {@code remembered} gives the place last had on a screen of that key, if any.
     */
    public static Place choose(List<Screen> screens, String lastScreen, Function<String, Optional<Place>> remembered) {
        if (screens.isEmpty()) {
            return new Place(new Area(0, 0, PREFERRED_WIDTH, PREFERRED_HEIGHT), false);
        }
        if (lastScreen != null) {
            Optional<Place> last = remembered.apply(lastScreen);
            if (last.isPresent()) {
                Optional<Screen> on = screens.stream().filter(s -> s.key().equals(lastScreen))
                        .filter(s -> s.usable().holdsGrip(last.get().bounds()))
                        .max(Comparator.comparingDouble(s -> s.usable().overlap(last.get().bounds())));
                if (on.isPresent()) {
                    return onto(last.get(), on.get());
                }
            }
        }
        Screen main = screens.get(0);
        return remembered.apply(main.key()).filter(place -> main.usable().holdsGrip(place.bounds()))
                .map(place -> onto(place, main)).orElseGet(() -> fitted(main));
    }

    /** The place for a screen the window has not been on: the preferred size in the middle, or maximized. */
    public static Place fitted(Screen screen) {
        Area usable = screen.usable();
        if (usable.width() < PREFERRED_WIDTH || usable.height() < PREFERRED_HEIGHT) {
            return new Place(usable, true);
        }
        return new Place(new Area(usable.x() + (usable.width() - PREFERRED_WIDTH) / 2,
                usable.y() + (usable.height() - PREFERRED_HEIGHT) / 2, PREFERRED_WIDTH, PREFERRED_HEIGHT), false);
    }

    /** The place moved and shrunk so it lies wholly on the screen's usable part. */
    static Place onto(Place place, Screen screen) {
        Area usable = screen.usable();
        Area bounds = place.bounds();
        double width = Math.min(bounds.width(), usable.width());
        double height = Math.min(bounds.height(), usable.height());
        double x = Math.max(usable.x(), Math.min(bounds.x(), usable.maxX() - width));
        double y = Math.max(usable.y(), Math.min(bounds.y(), usable.maxY() - height));
        return new Place(new Area(x, y, width, height), place.maximized());
    }

    /** The screen the window is mostly on, to remember its place under; empty when it is on none. */
    public static Optional<Screen> screenOf(Area window, List<Screen> screens) {
        return screens.stream().filter(s -> s.usable().overlap(window) > 0)
                .max(Comparator.comparingDouble(s -> s.usable().overlap(window)));
    }

    /** The smallest the window may be made on this screen: the views' minimum, or the screen when smaller. */
    public static Area minimum(Screen screen) {
        return new Area(0, 0, Math.min(MIN_WIDTH, screen.usable().width()), Math.min(MIN_HEIGHT, screen.usable().height()));
    }
}
