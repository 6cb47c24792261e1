package app.dossier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.DisputeStatus;
import app.dossier.domain.Evidence;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Order;
import app.dossier.service.EvidenceInput;
import app.dossier.service.OrderSummary;
import app.dossier.service.ProgressListener;
import app.dossier.service.Services;
import app.dossier.ui.order.EvidenceItem;
import app.dossier.ui.shell.Section;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * In the orders list, the Delete key deletes a draft order after asking; the row's menu archives an
 * order that holds files, "Show archived" brings it back into view with Unarchive; a file tile's "Move
 * to order…" moves a photo attached to the wrong order. Writes target/screenshots/orders-delete-confirm.png,
 * orders-archive-menu.png and orders-archived.png.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class RemoveOrderWindowTest {
    private static final Path OUT = Path.of("target", "screenshots");

    @TempDir
    Path temp;

    private WindowFixture fixture;

    @AfterEach
    void close() throws Exception {
        if (fixture != null) {
            fixture.close();
        }
    }

    private Services services() {
        return fixture.workspace().services();
    }

    /** An order of the sample with files and no dispute still open, so it can be archived. */
    private Order archivable() {
        return services().orders().list(null).stream().map(OrderSummary::order)
                .filter(o -> services().orders().caseOf(o.id()).disputes().stream()
                        .allMatch(d -> d.status() == DisputeStatus.CLOSED))
                .filter(o -> !services().evidence().ofOrder(o.id()).isEmpty())
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static ListCell<OrderSummary> cellOf(FxRobot robot, long orderId) {
        return (ListCell<OrderSummary>) robot.lookup("#orders-list .list-cell")
                .match((ListCell<OrderSummary> c) -> c.getItem() != null && c.getItem().order().id() == orderId)
                .query();
    }

    @SuppressWarnings("unchecked")
    private static ListCell<app.dossier.domain.Factory> factoryCell(FxRobot robot, long factoryId) {
        return (ListCell<app.dossier.domain.Factory>) robot.lookup("#factory-list .list-cell")
                .match((ListCell<app.dossier.domain.Factory> c) -> c.getItem() != null && c.getItem().id() == factoryId)
                .query();
    }

    private static boolean listed(FxRobot robot, long orderId) {
        ListView<?> list = robot.lookup("#orders-list").queryAs(ListView.class);
        return list.getItems().stream().anyMatch(s -> ((OrderSummary) s).order().id() == orderId);
    }

    private DialogPane confirmation(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    private static void showMenu(FxRobot robot, ContextMenu menu, Node owner) {
        if (!menu.isShowing()) {
            // Monocle does not always turn a right click into a context-menu request
            robot.interact(() -> menu.show(owner, Side.BOTTOM, 40, 0));
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theDeleteKeyDeletesADraftOrderAfterAsking(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true);
        Order spatulas = services().orders().find("2837461920384756123");
        Order draft = fixture.workspace().order(services().factories().byId(spatulas.factoryId()),
                "2849990000000000017", LocalDate.of(2026, 11, 20), 120, "9.90");
        fixture.open();
        fixture.show(Section.ORDERS);
        robot.interact(() -> fixture.window().showOrder(draft.id()));
        fixture.settle();

        robot.clickOn(cellOf(robot, draft.id()));
        robot.type(KeyCode.DELETE);
        DialogPane confirm = confirmation(robot);
        assertThat(confirm.getContentText()).contains("Delete the draft order “2849990000000000017”", "trash");
        fixture.screenshot(confirm, OUT.resolve("orders-delete-confirm.png"));
        robot.clickOn((Button) confirm.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !listed(robot, draft.id()));
        assertThat(services().orders().list(null, true)).noneMatch(s -> s.order().id() == draft.id());
        assertThat(ScreenText.under(robot, ".status-bar"))
                .anySatisfy(text -> assertThat(text).contains("Deleted the draft order “2849990000000000017”"));
        assertThat(services().verify().verify(ProgressListener.NONE).problems()).isEmpty();
    }

    @Test
    void theRowsMenuArchivesAnOrderAndShowArchivedBringsItBack(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true);
        Order order = archivable();
        int files = services().evidence().ofOrder(order.id()).size();
        fixture.open();
        fixture.show(Section.ORDERS);
        fixture.settle();

        ListCell<OrderSummary> cell = cellOf(robot, order.id());
        ContextMenu menu = cell.getContextMenu();
        assertThat(menu.getItems()).extracting(MenuItem::getText).containsExactly("Archive order…");
        robot.clickOn(cell, javafx.scene.input.MouseButton.SECONDARY);
        showMenu(robot, menu, cell);
        fixture.screenshot(OUT.resolve("orders-archive-menu.png"));
        robot.clickOn("Archive order…");
        DialogPane confirm = confirmation(robot);
        assertThat(confirm.getContentText()).contains("Archive order “" + order.label() + "”", files + " files",
                "kept, not deleted");
        robot.clickOn((Button) confirm.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !listed(robot, order.id()));
        assertThat(services().orders().list(null, true)).anyMatch(s -> s.order().id() == order.id() && s.archived());
        assertThat(services().verify().verify(ProgressListener.NONE).problems()).isEmpty();

        robot.clickOn(robot.lookup("#orders-show-archived").queryAs(CheckBox.class));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> listed(robot, order.id()));
        fixture.screenshot(OUT.resolve("orders-archived.png"));
        ListCell<OrderSummary> archivedCell = cellOf(robot, order.id());
        assertThat(archivedCell.getContextMenu().getItems()).extracting(MenuItem::getText).containsExactly("Unarchive");
        robot.interact(() -> archivedCell.getContextMenu().getItems().get(0).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(services().orders().list(null)).anyMatch(s -> s.order().id() == order.id());
    }

    @Test
    void aFileTileMovesAPhotoToAnotherOrder(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true);
        Order spatulas = services().orders().find("2837461920384756123");
        Evidence wrong = services().evidence().attach(spatulas.id(), EvidenceCategory.RECEIVING,
                List.of(new EvidenceInput(fixture.workspace().photo("ảnh nhầm đơn.jpg", 21), "nhầm đơn", null)),
                ProgressListener.NONE).added().get(0);
        OrderSummary other = services().orders().list(null).stream()
                .filter(s -> s.order().id() != spatulas.id() && s.order().factoryId() == spatulas.factoryId())
                .findFirst()
                .orElseGet(() -> services().orders().list(null).stream()
                        .filter(s -> s.order().id() != spatulas.id()).findFirst().orElseThrow());
        fixture.open();
        robot.interact(() -> fixture.window().showOrder(spatulas.id()));
        fixture.settle();
        robot.clickOn("#tab-title-RECEIVING");
        Looks.waitForPictures(robot, "#files-RECEIVING");

        Node tile = robot.lookup("#files-RECEIVING .evidence-tile")
                .match((Node n) -> n.getUserData() instanceof EvidenceItem item && item.evidence().id() == wrong.id())
                .query();
        robot.interact(() -> Event.fireEvent(tile, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                10, 10, 200, 200, false, null)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Move to order…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#move-to-order-choice").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<OrderSummary> choice =
                robot.lookup("#move-to-order-choice").queryAs(javafx.scene.control.ComboBox.class);
        assertThat(choice.getValue().order().factoryId()).as("the same factory's orders first")
                .isEqualTo(other.order().factoryId());
        robot.interact(() -> choice.setValue(choice.getItems().stream()
                .filter(s -> s.order().id() == other.order().id()).findFirst().orElseThrow()));
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        fixture.screenshot(dialog, OUT.resolve("orders-move-to-order.png"));
        robot.clickOn((Button) dialog.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(services().evidence().ofOrder(other.order().id())).extracting(Evidence::id).contains(wrong.id());
        assertThat(services().evidence().ofOrder(spatulas.id())).extracting(Evidence::id).doesNotContain(wrong.id());
        assertThat(ScreenText.under(robot, ".status-bar"))
                .anySatisfy(text -> assertThat(text).contains("“ảnh nhầm đơn.jpg” moved to order"));
        assertThat(services().verify().verify(ProgressListener.NONE).problems()).isEmpty();
        assertThat(Window.getWindows()).isNotEmpty();
    }

    @Test
    void aFactoryAddedByMistakeIsDeletedFromItsMenuAndOneWithOrdersArchived(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true);
        app.dossier.domain.Factory mistake = fixture.workspace().factory("温州市恒达鞋业有限公司");
        fixture.open();
        fixture.show(Section.FACTORIES);

        ListCell<app.dossier.domain.Factory> cell = factoryCell(robot, mistake.id());
        assertThat(cell.getContextMenu().getItems()).extracting(MenuItem::getText).containsExactly("Delete factory…");
        robot.clickOn(cell);
        robot.type(KeyCode.DELETE);
        DialogPane confirm = confirmation(robot);
        assertThat(confirm.getContentText()).contains("Delete the factory “温州市恒达鞋业有限公司”", "no orders");
        robot.clickOn((Button) confirm.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(services().factories().list(true)).noneMatch(f -> f.id() == mistake.id());

        Order order = archivable();
        app.dossier.domain.Factory withOrders = services().factories().byId(order.factoryId());
        boolean openDispute = services().orders().list(withOrders.id(), true).stream()
                .anyMatch(s -> services().orders().caseOf(s.order().id()).disputes().stream()
                        .anyMatch(d -> d.status() != DisputeStatus.CLOSED));
        ListCell<app.dossier.domain.Factory> other = factoryCell(robot, withOrders.id());
        assertThat(other.getContextMenu().getItems()).extracting(MenuItem::getText).containsExactly("Archive factory…");
        // Not through interact: the item asks first, and interact would wait for the question's answer.
        javafx.application.Platform.runLater(() -> other.getContextMenu().getItems().get(0).fire());
        DialogPane archive = confirmation(robot);
        assertThat(archive.getContentText()).contains("kept, not deleted");
        robot.clickOn((Button) archive.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(services().factories().list().stream().anyMatch(f -> f.id() == withOrders.id()))
                .as("archived unless a dispute of its orders is open").isEqualTo(openDispute);
        assertThat(services().verify().verify(ProgressListener.NONE).problems()).isEmpty();
    }
}
