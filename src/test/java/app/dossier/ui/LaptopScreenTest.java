package app.dossier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.Order;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every view is usable on the usual office laptops, 1280×720 and 1366×768: its main controls lie
 * within the window (scrolled into view where the view scrolls down, as a user would) and nothing
 * scrolls sideways. The order page gives its files and its chat the room.
 *
 * <p>The headless screen (Monocle) is set once for the whole test run by a system property read when
 * the toolkit starts, so it cannot be a laptop's for one test and a monitor's for the next. The
 * window is therefore given the laptop screen's size, as it is when it opens maximized there (the
 * choice of size itself is {@code WindowFitTest}'s), and each control's bounds are checked against
 * the scene's.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class LaptopScreenTest {
    @TempDir
    Path temp;

    private WindowFixture fixture;

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1280, 720", "1366, 768"})
    void everyViewFitsALaptopScreen(int width, int height, FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true).open().size(width, height);
        var window = fixture.window();
        var services = fixture.workspace().services();
        Order spatulas = services.orders().find("2837461920384756123");
        long giftBoxes = services.orders().list(null).stream().map(s -> s.order())
                .filter(o -> o.orderNumber() == null).findFirst().orElseThrow().id();
        String[] shell = {"#search", "#status", "#nav-start", "#nav-factories", "#nav-orders", "#nav-receiving",
            "#nav-disputes", "#edit-menu", "#tools"};

        go(window::showStart);
        fits(robot, shell);
        fits(robot, "#start-counts");

        go(() -> window.showFactory(spatulas.factoryId()));
        fits(robot, shell);
        fits(robot, "#factory-new", "#factory-filter", "#factory-list", "#factory-title", "#factory-open-shop");

        go(() -> window.showOrder(giftBoxes));
        fits(robot, shell);
        fits(robot, "#new-order", "#orders-filter", "#orders-list", "#order-title", "#order-edit", "#order-receive",
                "#order-dispute", "#order-tabs", "#show-files-AGREEMENT", "#show-chats", "#attach-AGREEMENT",
                "#files-AGREEMENT");
        robot.interact(() -> window.shell().orders().select(spatulas.id()));
        fixture.settle();
        robot.clickOn(Looks.shown(robot, "#tab-title-PAYMENT"));
        fits(robot, "#attach-PAYMENT", "#ledger-table", "#files-PAYMENT");
        robot.clickOn(Looks.shown(robot, "#tab-title-RECEIVING"));
        fits(robot, "#attach-RECEIVING", "#receiving-record", "#files-RECEIVING");

        go(() -> window.showOrderChats(spatulas.id()));
        fits(robot, "#chat-import", "#chat-paste", "#chat-pinned-only", "#chat-messages");
        Node chat = robot.lookup("#chat-messages").query();
        assertThat(chat.getLayoutBounds().getHeight()).as("the chat's height at %d×%d", width, height)
                .isGreaterThan(height - 300);
        if (width == 1280) {
            fixture.screenshot(Path.of("target/screenshots/orders-chat-laptop.png"));
        }

        go(() -> window.showNewOrder(null));
        fits(robot, "#form-factory", "#form-total", "#form-notes", "#form-save", "#form-cancel");
        go(() -> window.shell().orders().select(giftBoxes));

        go(() -> window.showReceiving(services.orders().find("2851234098765432101").id()));
        fits(robot, shell);
        fits(robot, "#rcv-phone-on", "#rcv-search", "#rcv-orders", "#rcv-order-card", "#rcv-plan", "#rcv-add-photos",
                "#rcv-save");

        go(() -> window.showDispute(services.disputes().all().get(0).id()));
        fits(robot, shell);
        fits(robot, "#dispute-list", "#dispute-title", "#dispute-message", "#dispute-copy-chinese",
                "#dispute-next-steps-buttons", "#dispute-make-packet");

        robot.clickOn("#tools").clickOn("#settings");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane settings = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        Window dialog = settings.getScene().getWindow();
        assertThat(dialog.getHeight()).as("Settings' height").isLessThanOrEqualTo(height);
        assertThat(dialog.getWidth()).as("Settings' width").isLessThanOrEqualTo(width);
        assertThat(settings.getHeight()).as("nothing in Settings cut")
                .isGreaterThanOrEqualTo(settings.prefHeight(settings.getWidth()) - 1);
        robot.clickOn("Cancel");
    }

    private void go(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get();
        fixture.settle();
    }

    /**
     * Each control, scrolled into view as a user would where its view scrolls down, lies wholly in
     * the window and in every scroll pane around it; and no view shows a sideways scroll bar.
     */
    private void fits(FxRobot robot, String... queries) throws Exception {
        List<String> outside = new ArrayList<>();
        for (String query : queries) {
            Looks.shown(robot, query);
            fixture.settle();
            Node node = robot.lookup(query).query();
            Scene scene = node.getScene();
            Bounds bounds = node.localToScene(node.getLayoutBounds());
            if (!node.isVisible() || !inside(bounds, 0, 0, scene.getWidth(), scene.getHeight())) {
                outside.add(query + " at " + bounds);
                continue;
            }
            for (Parent p = node.getParent(); p != null; p = p.getParent()) {
                if (p instanceof ScrollPane scroll) {
                    Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
                    if (!inside(bounds, viewport.getMinX(), viewport.getMinY(), viewport.getMaxX(), viewport.getMaxY())) {
                        outside.add(query + " cut by its scroll pane " + viewport);
                    }
                }
            }
        }
        List<String> sideways = robot.lookup(".scroll-bar").queryAllAs(ScrollBar.class).stream()
                .filter(bar -> bar.getOrientation() == Orientation.HORIZONTAL && shown(bar))
                .map(bar -> bar.getParent() + " " + bar.localToScene(bar.getLayoutBounds())).toList();
        assertThat(outside).as("controls outside the %s×%s window", fixture.stage().getWidth(),
                fixture.stage().getHeight()).isEmpty();
        assertThat(sideways).as("sideways scroll bars").isEmpty();
    }

    private static boolean inside(Bounds b, double minX, double minY, double maxX, double maxY) {
        return b.getMinX() >= minX - 1 && b.getMinY() >= minY - 1 && b.getMaxX() <= maxX + 1 && b.getMaxY() <= maxY + 1;
    }

    private static boolean shown(Node node) {
        if (node.getScene() == null) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
