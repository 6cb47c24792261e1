package app.dossier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.Money;
import app.dossier.domain.Order;
import app.dossier.domain.Payment;
import app.dossier.service.ProgressListener;
import java.nio.file.Path;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A payment edited in the ledger, undone with Ctrl+Z and redone with Ctrl+Shift+Z, in Vietnamese; Ctrl+Z
 * in a text field undoes only the typing there. Writes target/screenshots/edit-menu-undo-vi.png,
 * edit-menu-items-vi.png and orders-payment-redone-vi.png.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class UndoWindowTest {
    private static final Path OUT = Path.of("target/screenshots");

    @TempDir
    Path temp;

    private WindowFixture fixture;

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    private Money amount(Order order) {
        return fixture.workspace().services().payments().ofOrder(order.id()).get(0).amount();
    }

    private void clean() {
        assertThat(fixture.workspace().services().verify().verify(ProgressListener.NONE).problems()).isEmpty();
    }

    private void shortcut(KeyCode... keys) {
        FxRobot robot = new FxRobot();
        robot.press(KeyCode.CONTROL);
        robot.press(keys);
        robot.release(keys);
        robot.release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void awayFromFields(FxRobot robot) {
        @SuppressWarnings("unchecked")
        TableView<Object> table = robot.lookup("#ledger-table").queryAs(TableView.class);
        robot.interact(table::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String status(FxRobot robot) {
        return robot.lookup("#status").queryAs(Label.class).getText();
    }

    @Test
    void aPaymentEditedInTheLedgerIsUndoneAndRedoneWithTheKeys(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true);
        fixture.workspace().services().settings().put("window.language", "vi");
        fixture.open();
        Order spatulas = fixture.workspace().services().orders().find("2837461920384756123");
        Payment before = fixture.workspace().services().payments().ofOrder(spatulas.id()).get(0);
        robot.interact(() -> fixture.window().showOrder(spatulas.id()));
        fixture.settle();
        robot.clickOn("#tab-title-PAYMENT");
        WaitForAsyncUtils.waitForFxEvents();

        Node cell = Looks.labelContaining(robot, "#ledger-table .table-cell", "¥3.700,00");
        robot.clickOn(cell, MouseButton.SECONDARY);
        WaitForAsyncUtils.waitForFxEvents();
        TableRow<?> row = (TableRow<?>) ((TableCell<?, ?>) cell).getTableRow();
        ContextMenu menu = row.getContextMenu();
        if (!menu.isShowing()) {
            robot.interact(() -> menu.show(row, Side.BOTTOM, 40, 0));
        }
        robot.clickOn("Sửa…");
        WaitForAsyncUtils.waitForFxEvents();
        TextField amount = robot.lookup("#pay-amount").queryAs(TextField.class);
        robot.interact(() -> amount.setText(""));
        robot.clickOn(Looks.shown(robot, "#pay-amount")).write("¥3,600.00");
        robot.clickOn(Looks.shown(robot, "#pay-save"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(amount(spatulas)).isEqualTo(Money.of("3600.00", Money.CNY));

        MenuButton edit = robot.lookup("#edit-menu").queryAs(MenuButton.class);
        assertThat(edit.getText()).isEqualTo("Chỉnh sửa");
        robot.clickOn(edit);
        WaitForAsyncUtils.waitForFxEvents();
        MenuItem undo = edit.getItems().get(0);
        MenuItem redo = edit.getItems().get(1);
        assertThat(undo.getText()).isEqualTo("Hoàn tác sửa khoản thanh toán");
        assertThat(undo.isDisable()).isFalse();
        assertThat(redo.getText()).isEqualTo("Làm lại");
        assertThat(redo.isDisable()).isTrue();
        fixture.screenshot(OUT.resolve("edit-menu-undo-vi.png"));
        fixture.screenshot(robot.lookup(".context-menu").query(), OUT.resolve("edit-menu-items-vi.png"));
        robot.interact(edit::hide);
        WaitForAsyncUtils.waitForFxEvents();

        awayFromFields(robot);
        shortcut(KeyCode.Z);
        assertThat(amount(spatulas)).isEqualTo(before.amount());
        assertThat(Looks.labelContaining(robot, "#ledger-table .table-cell", "¥3.700,00")).isNotNull();
        assertThat(status(robot)).isEqualTo("Đã hoàn tác: sửa khoản thanh toán.");
        assertThat(redo.getText()).isEqualTo("Làm lại sửa khoản thanh toán");
        assertThat(redo.isDisable()).isFalse();
        clean();

        awayFromFields(robot);
        shortcut(KeyCode.SHIFT, KeyCode.Z);
        assertThat(amount(spatulas)).isEqualTo(Money.of("3600.00", Money.CNY));
        assertThat(Looks.labelContaining(robot, "#ledger-table .table-cell", "¥3.600,00")).isNotNull();
        assertThat(status(robot)).isEqualTo("Đã làm lại: sửa khoản thanh toán.");
        fixture.screenshot(OUT.resolve("orders-payment-redone-vi.png"));
        clean();

        // In a text field the keys undo the typing there, not the payment.
        TextField search = robot.lookup("#search").queryAs(TextField.class);
        robot.clickOn(search).write("xẻng");
        shortcut(KeyCode.Z);
        assertThat(amount(spatulas)).isEqualTo(Money.of("3600.00", Money.CNY));
        assertThat(search.getText()).isNotEqualTo("xẻng");
        clean();
    }
}
