package app.dossier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.Dispute;
import app.dossier.domain.Order;
import app.dossier.service.Workspace;
import app.dossier.ui.shell.Section;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The orders list as a user narrows it (status, factory, date; Esc clears), with the count and the
 * legend of the dots; a second dispute on an order pointed to the first; printing on a computer without
 * a printer said honestly.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class OrderListWindowTest {
    private static final Path SHOTS = Path.of("target/screenshots");

    @TempDir
    Path temp;

    private WindowFixture fixture;

    @AfterEach
    void close() throws Exception {
        if (fixture != null) {
            fixture.close();
        }
    }

    /** The titles of the rows the list shows, top to bottom. */
    @SuppressWarnings("unchecked")
    private static List<String> rows(FxRobot robot) {
        return robot.lookup("#orders-list .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> !c.isEmpty() && c.getItem() != null && c.isVisible())
                .sorted(java.util.Comparator.comparingInt(ListCell::getIndex))
                .map(c -> ((app.dossier.service.OrderSummary) c.getItem()).order().label()).toList();
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void choose(FxRobot robot, String box, String words) {
        robot.clickOn(box);
        Looks.clickCell(robot, words);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void eachFilterShowsItsOrdersAndEscShowsAllAgain(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true).open();
        fixture.show(Section.ORDERS);
        assertThat(label(robot, "#orders-count")).isEqualTo("5 orders");
        assertThat(rows(robot)).hasSize(5);
        assertThat(robot.lookup("#orders-clear-filters").query().isVisible()).isFalse();

        choose(robot, "#orders-filter-status", "Overdue");
        assertThat(rows(robot)).containsExactly("2840019375561028394", "2837461920384756123");
        assertThat(label(robot, "#orders-count")).isEqualTo("2 of 5 orders");
        assertThat(robot.lookup("#orders-clear-filters").query().isVisible()).isTrue();

        choose(robot, "#orders-filter-status", "In dispute");
        assertThat(rows(robot)).containsExactly("2837461920384756123");
        choose(robot, "#orders-filter-status", "All four records complete");
        assertThat(rows(robot)).containsExactly("2840019375561028394", "2837461920384756123");
        choose(robot, "#orders-filter-status", "With gaps to fill");
        assertThat(rows(robot)).hasSize(3).contains("JX-2026-031", "2851234098765432101");

        choose(robot, "#orders-filter-factory", "Guangzhou Jinxiu");
        choose(robot, "#orders-sort", "Oldest first");
        assertThat(rows(robot)).containsExactly("JX-2026-031", "2851234098765432101");
        assertThat(label(robot, "#orders-count")).isEqualTo("2 of 5 orders");
        fixture.screenshot(SHOTS.resolve("orders-filtered.png"));

        robot.clickOn("#orders-filter").write("hoodie-none");
        assertThat(rows(robot)).isEmpty();
        assertThat(label(robot, "#orders-placeholder"))
                .isEqualTo("No order matches these filters. “Clear filters” (Esc) shows all 5 orders again.");

        robot.type(KeyCode.ESCAPE);
        assertThat(rows(robot)).hasSize(5);
        assertThat(label(robot, "#orders-count")).isEqualTo("5 orders");
        assertThat(robot.lookup("#orders-filter").queryAs(TextField.class).getText()).isEmpty();

        choose(robot, "#orders-filter-period", "In the last 30 days");
        assertThat(rows(robot)).hasSize(2).first().isEqualTo(rows(robot).get(0));
        assertThat(rows(robot)).contains("2851234098765432101");
        robot.clickOn("#orders-clear-filters");
        assertThat(rows(robot)).hasSize(5);
    }

    @Test
    void theLegendSaysWhatEachDotAndColourMeans(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true);
        fixture.workspace().services().settings().put("window.language", "vi");
        fixture.open();
        fixture.show(Section.ORDERS);
        assertThat(robot.lookup("#orders-legend").tryQuery()).as("no legend until asked").isEmpty();
        choose(robot, "#orders-filter-status", "Quá hạn");
        assertThat(label(robot, "#orders-count")).isEqualTo("2 / 5 đơn");
        fixture.screenshot(SHOTS.resolve("orders-filtered-vi.png"));

        robot.clickOn("#orders-legend-button");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#orders-legend").tryQuery().isPresent());

        Node legend = robot.lookup("#orders-legend").query();
        assertThat(legend.isVisible()).isTrue();
        assertThat(ScreenText.joined(robot, "#orders-legend")).contains("Bốn chấm của mỗi đơn, từ trái sang phải")
                .contains("Tin nhắn và thỏa thuận: đoạn chat, quy cách đã chốt, hàng mẫu")
                .contains("Thanh toán: số tiền đã trả, kèm chứng từ")
                .contains("Chấm xanh đặc: đã lưu tệp ở mục này.").contains("Vòng đỏ rỗng: mục này chưa lưu gì.");
        fixture.screenshot(legend.getScene().getRoot(), SHOTS.resolve("orders-legend-vi.png"));
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void aSecondDisputeOnAnOrderPointsToTheFirst(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true).open();
        Order spatulas = fixture.workspace().services().orders().find("2837461920384756123");
        Dispute first = fixture.workspace().services().disputes().ofOrder(spatulas.id()).get(0);
        fixture.show(Section.ORDERS);
        Looks.clickCell(robot, "2837461920384756123");
        fixture.settle();

        robot.clickOn("#order-dispute");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#dispute-already-open").tryQuery().isPresent());
        DialogPane pane = robot.lookup("#dispute-already-open").queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).isEqualTo("Order 2837461920384756123 already has an open dispute");
        assertThat(pane.getContentText()).startsWith("Opened on 2026-11-26 · ")
                .contains("Go on with that dispute");
        fixture.screenshot(pane, SHOTS.resolve("orders-dispute-already-open.png"));

        robot.clickOn("#dispute-already-go");
        fixture.settle();
        assertThat(robot.lookup("#dispute-status").tryQuery()).as("the dispute is shown").isPresent()
                .get().matches(Node::isVisible);
        assertThat(fixture.workspace().services().disputes().ofOrder(spatulas.id())).hasSize(1);

        fixture.show(Section.ORDERS);
        Looks.clickCell(robot, "2837461920384756123");
        robot.clickOn("#order-dispute");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#dispute-already-another").tryQuery().isPresent());
        robot.clickOn("#dispute-already-another");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".text-input-dialog").tryQuery().isPresent());
        DialogPane ask = robot.lookup(".text-input-dialog").queryAs(DialogPane.class);
        assertThat(ask.getHeaderText()).isEqualTo(
                "Open a second dispute about order 2837461920384756123, beside the one still open");
        TextField summary = (TextField) ask.lookup(".text-field");
        robot.interact(() -> summary.setText("Lô thứ hai thiếu 5 bộ"));
        robot.clickOn(ask.lookupButton(javafx.scene.control.ButtonType.OK));
        fixture.settle();

        assertThat(fixture.workspace().services().disputes().ofOrder(spatulas.id())).extracting(Dispute::summary)
                .containsExactly(first.summary(), "Lô thứ hai thiếu 5 bộ");
    }

    @Test
    void printingWithoutAPrinterSaysSoAndNeverThatItPrinted(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true).open();
        fixture.show(Section.DISPUTES);
        Path packet = temp.resolve("Dispute 2837461920384756123.pdf");
        fixture.desktop().willSaveAs(packet);
        Node make = robot.lookup("#dispute-make-packet").query();
        robot.interact(() -> DisputeWorkViewTest.scrollIntoView(make));
        robot.clickOn(make);
        assertThat(packet).exists();

        Node print = robot.lookup("#dispute-packet-print").query();
        robot.interact(() -> DisputeWorkViewTest.scrollIntoView(print));
        robot.clickOn(print);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());

        DialogPane warning = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(warning.getContentText()).startsWith("No printer is set up on this computer, so nothing was printed.")
                .contains(packet.toString());
        assertThat(label(robot, "#status")).doesNotContain("Sent").doesNotContain("printer:");
        assertThat(fixture.desktop().printJobs).containsExactly("Dispute 2837461920384756123.pdf");
        fixture.screenshot(warning, SHOTS.resolve("disputes-print-no-printer.png"));
    }

    @Test
    void hundredsOfOrdersAreNarrowedAndCounted(FxRobot robot) throws Exception {
        // 240 orders: the start screen reads every case file on the window's thread in this fixture
        Workspace workspace = new Workspace(temp);
        ManyOrders many = ManyOrders.build(workspace, 240);
        fixture = new WindowFixture(workspace).open();
        fixture.show(Section.ORDERS);
        assertThat(label(robot, "#orders-count")).isEqualTo("240 orders");

        choose(robot, "#orders-filter-status", "Overdue");
        long overdue = many.orders().stream().filter(o -> o.deliveryDeadline().isBefore(ManyOrders.TODAY)).count();
        assertThat(label(robot, "#orders-count")).isEqualTo(overdue + " of 240 orders");
        choose(robot, "#orders-filter-factory", "Shantou Letong Toys");
        long toys = many.orders().stream().filter(o -> o.deliveryDeadline().isBefore(ManyOrders.TODAY)
                && o.factoryId() == many.factories().get(4).id()).count();
        assertThat(label(robot, "#orders-count")).isEqualTo(toys + " of 240 orders");
        choose(robot, "#orders-filter-period", "In the last 90 days");
        choose(robot, "#orders-sort", "Oldest first");
        List<String> shown = rows(robot);
        List<Order> expected = many.orders().stream().filter(o -> o.deliveryDeadline().isBefore(ManyOrders.TODAY)
                && o.factoryId() == many.factories().get(4).id()
                // the window's today is the services' (their clock), as the overdue filter's
                && !o.orderedOn().isBefore(ManyOrders.TODAY.minusDays(89)))
                .sorted(java.util.Comparator.comparing(Order::orderedOn)).toList();
        assertThat(label(robot, "#orders-count")).isEqualTo(expected.size() + " of 240 orders");
        assertThat(shown).isNotEmpty().isEqualTo(expected.stream().map(Order::label).toList().subList(0, shown.size()));
        fixture.screenshot(SHOTS.resolve("orders-many-filtered.png"));

        robot.clickOn("#orders-filter").write("2800000000004100");
        robot.type(KeyCode.ESCAPE);
        assertThat(label(robot, "#orders-count")).isEqualTo("240 orders");
    }
}
