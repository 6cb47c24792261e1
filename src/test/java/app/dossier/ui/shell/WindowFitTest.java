package app.dossier.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.ui.shell.WindowFit.Area;
import app.dossier.ui.shell.WindowFit.Place;
import app.dossier.ui.shell.WindowFit.Screen;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where the window opens on the screens of an office: laptops, a monitor beside them, one unplugged. */
class WindowFitTest {
    /** A 1366×768 laptop whose task bar takes 40 px at the bottom. */
    private static final Screen LAPTOP = new Screen(1366, 768, new Area(0, 0, 1366, 728));
    private static final Screen SMALL_LAPTOP = new Screen(1280, 720, new Area(0, 0, 1280, 680));
    /** A full-HD monitor to the right of the laptop. */
    private static final Screen MONITOR = new Screen(1920, 1080, new Area(1366, 0, 1920, 1040));

    private static Place choose(List<Screen> screens, String last, Map<String, Place> remembered) {
        return WindowFit.choose(screens, last, key -> Optional.ofNullable(remembered.get(key)));
    }

    @Test
    void aLaptopSmallerThanTheWindowWouldLikeOpensItMaximizedOnItsUsablePart() {
        assertThat(choose(List.of(LAPTOP), null, Map.of())).isEqualTo(new Place(new Area(0, 0, 1366, 728), true));
        assertThat(choose(List.of(SMALL_LAPTOP), null, Map.of())).isEqualTo(new Place(new Area(0, 0, 1280, 680), true));
    }

    @Test
    void aLargeScreenGetsThePreferredSizeInItsMiddle() {
        Place place = choose(List.of(MONITOR), null, Map.of());

        assertThat(place).isEqualTo(new Place(new Area(1366 + 320, 110, 1280, 820), false));
    }

    @Test
    void eachScreenSizeRemembersItsOwnPlace() {
        Place onLaptop = new Place(new Area(10, 5, 1100, 700), false);
        Place onMonitor = new Place(new Area(1500, 100, 1600, 900), false);
        Map<String, Place> remembered = Map.of("1366x768", onLaptop, "1920x1080", onMonitor);

        assertThat(choose(List.of(LAPTOP, MONITOR), "1920x1080", remembered)).isEqualTo(onMonitor);
        assertThat(choose(List.of(LAPTOP), "1920x1080", remembered)).as("the monitor unplugged").isEqualTo(onLaptop);
        assertThat(choose(List.of(LAPTOP, MONITOR), "1366x768", remembered)).isEqualTo(onLaptop);
    }

    @Test
    void aPlaceOnAScreenNoLongerThereFallsBackToAFittedOne() {
        Map<String, Place> remembered = Map.of("1920x1080", new Place(new Area(1500, 100, 1600, 900), false));

        assertThat(choose(List.of(SMALL_LAPTOP), "1920x1080", remembered))
                .isEqualTo(new Place(new Area(0, 0, 1280, 680), true));
    }

    @Test
    void aPlaceOffEveryScreenIsNotUsed() {
        // remembered on this laptop when a monitor to its left made x negative; the monitor is gone
        Map<String, Place> remembered = Map.of("1366x768", new Place(new Area(-1500, 40, 1200, 700), false));

        assertThat(choose(List.of(LAPTOP), "1366x768", remembered)).isEqualTo(WindowFit.fitted(LAPTOP));
    }

    @Test
    void aPlaceHangingOverTheEdgeIsMovedAndShrunkOntoTheScreen() {
        Map<String, Place> remembered = Map.of("1366x768", new Place(new Area(900, 300, 1280, 820), false));

        Place place = choose(List.of(LAPTOP), "1366x768", remembered);

        assertThat(place).isEqualTo(new Place(new Area(86, 0, 1280, 728), false));
    }

    @Test
    void aMaximizedWindowOpensMaximizedWhereItWas() {
        Map<String, Place> remembered = Map.of("1920x1080", new Place(new Area(1400, 50, 1300, 850), true));

        assertThat(choose(List.of(LAPTOP, MONITOR), "1920x1080", remembered))
                .isEqualTo(new Place(new Area(1400, 50, 1300, 850), true));
    }

    @Test
    void theWindowIsRememberedUnderTheScreenItIsMostlyOn() {
        List<Screen> screens = List.of(LAPTOP, MONITOR);

        assertThat(WindowFit.screenOf(new Area(1000, 0, 1280, 800), screens)).contains(MONITOR);
        assertThat(WindowFit.screenOf(new Area(100, 0, 1280, 700), screens)).contains(LAPTOP);
        assertThat(WindowFit.screenOf(new Area(-3000, 0, 1280, 700), screens)).isEmpty();
    }

    @Test
    void theSmallestSizeAllowedIsNeverLargerThanTheScreen() {
        Screen tiny = new Screen(1024, 600, new Area(0, 0, 1024, 560));

        assertThat(WindowFit.minimum(tiny)).isEqualTo(new Area(0, 0, 900, 560));
        assertThat(WindowFit.minimum(LAPTOP)).isEqualTo(new Area(0, 0, 900, 600));
    }
}
