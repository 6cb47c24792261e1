package app.dossier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.Evidence;
import app.dossier.domain.Money;
import app.dossier.domain.Order;
import app.dossier.domain.Payment;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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
 * A payment typed wrong, corrected from the ledger's menu and then removed with the Delete key, in
 * Vietnamese; its proof stays among the order's files. Writes target/screenshots/orders-payment-edit-vi.png.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class PaymentEditFlowTest {
    private static final Path OUT = Path.of("target/screenshots");

    @TempDir
    Path temp;

    private WindowFixture fixture;

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void correctTheSamplesPaymentThenRemoveIt(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true);
        fixture.workspace().services().settings().put("window.language", "vi");
        fixture.open();
        Order spatulas = fixture.workspace().services().orders().find("2837461920384756123");
        Payment before = fixture.workspace().services().payments().ofOrder(spatulas.id()).get(0);
        int files = fixture.workspace().services().evidence().ofOrder(spatulas.id()).size();
        robot.interact(() -> fixture.window().showOrder(spatulas.id()));
        fixture.settle();
        robot.clickOn("#tab-title-PAYMENT");
        WaitForAsyncUtils.waitForFxEvents();

        ContextMenu menu = Looks.ledgerMenu(robot, "¥3.700,00");
        assertThat(menu.getItems()).extracting(MenuItem::getText).containsExactly("Sửa…", "Xoá…");
        robot.clickOn("Sửa…");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#pay-title").queryAs(Label.class).getText()).isEqualTo("Sửa khoản thanh toán");
        TextField amount = robot.lookup("#pay-amount").queryAs(TextField.class);
        assertThat(amount.getText()).isEqualTo("¥3.700,00");
        robot.interact(() -> amount.setText(""));
        robot.clickOn(Looks.shown(robot, "#pay-amount")).write("¥0");
        robot.clickOn(Looks.shown(robot, "#pay-save"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Looks.labelContaining(robot, "#payment-form .label", "phải lớn hơn 0")).as("said under the amount")
                .isNotNull();
        assertThat(fixture.workspace().services().payments().ofOrder(spatulas.id()).get(0)).isEqualTo(before);

        robot.interact(() -> amount.setText(""));
        robot.clickOn(Looks.shown(robot, "#pay-amount")).write("3.600 tệ");
        WaitForAsyncUtils.waitForFxEvents();
        fixture.screenshot(robot.lookup("#payment-form").query(), OUT.resolve("orders-payment-edit-vi.png"));
        robot.clickOn(Looks.shown(robot, "#pay-save"));
        WaitForAsyncUtils.waitForFxEvents();

        Payment after = fixture.workspace().services().payments().ofOrder(spatulas.id()).get(0);
        assertThat(after.id()).isEqualTo(before.id());
        assertThat(after.amount()).isEqualTo(Money.of("3600.00", Money.CNY));
        assertThat(after.proofEvidenceId()).isEqualTo(before.proofEvidenceId());
        assertThat(Looks.labelContaining(robot, "#ledger-table .table-cell", "¥3.600,00")).isNotNull();
        assertThat(robot.lookup("#payment-form").query().isVisible()).isFalse();

        @SuppressWarnings("unchecked")
        TableView<Object> table = robot.lookup("#ledger-table").queryAs(TableView.class);
        // the page may still be scrolled to where the form was: select the row as a click would
        robot.interact(() -> {
            table.scrollTo(0);
            table.getSelectionModel().select(0);
            table.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane confirm = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(confirm.getContentText()).contains("¥3.600,00", "02/09/2026", "Chứng từ vẫn được giữ");
        robot.clickOn((Button) confirm.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fixture.workspace().services().payments().ofOrder(spatulas.id())).isEmpty();
        assertThat(table.getItems()).isEmpty();
        List<Evidence> kept = fixture.workspace().services().evidence().ofOrder(spatulas.id());
        assertThat(kept).hasSize(files).extracting(Evidence::id).contains(before.proofEvidenceId());
    }
}
