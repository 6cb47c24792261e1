package app.dossier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.Factory;
import app.dossier.domain.Money;
import app.dossier.domain.Order;
import app.dossier.domain.Payment;
import app.dossier.ui.shell.Section;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A payment typed as people type it on an order in yuan: "1800" in English, "1.800 tệ" on a
 * Vietnamese keyboard that has no ¥. The hint under the amount lists every sign understood; once
 * saved, what was recorded is said beside the ledger where the eye is, and focus stays there, not in
 * the search box. Writes target/screenshots/payment-typed-{en,vi}.png.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class TypingMoneyFlowTest {
    private static final Path OUT = Path.of("target/screenshots");

    @TempDir
    Path temp;

    private WindowFixture fixture;

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void aPlainNumberIsInTheOrdersYuanInEnglish(FxRobot robot) throws Exception {
        Order order = openPayments(robot, "en");

        assertThat(hint(robot)).contains("¥ (CNY)", "¥ 元 tệ CNY RMB", "₫ đ VND", "$ USD");
        robot.clickOn(Looks.shown(robot, "#pay-amount")).write("1800");
        paidOn(robot, "2026-11-20");
        choose(robot, "Full payment");
        fixture.screenshot(robot.lookup("#payment-form").query(), OUT.resolve("payment-typed-en.png"));
        robot.clickOn(Looks.shown(robot, "#pay-save"));
        WaitForAsyncUtils.waitForFxEvents();

        List<Payment> payments = fixture.workspace().services().payments().ofOrder(order.id());
        assertThat(payments).extracting(Payment::amount).containsExactly(Money.of("1800", Money.CNY));
        assertThat(Looks.labelContaining(robot, "#ledger-table .table-cell", "¥1,800.00")).isNotNull();
        savedBesideTheLedgerWithFocusThere(robot, "Recorded the payment of ¥1,800.00 on 2026-11-20.");
        fixture.screenshot(robot.lookup(".ledger").query(), OUT.resolve("payment-saved-en.png"));
    }

    @Test
    void aVietnameseKeyboardWritesTệAndDotsForThousands(FxRobot robot) throws Exception {
        Order order = openPayments(robot, "vi");

        assertThat(hint(robot)).contains("Số không kèm ký hiệu là ¥ (CNY)", "¥ 元 tệ CNY RMB");
        robot.clickOn(Looks.shown(robot, "#pay-amount")).write("1.800 tệ");
        paidOn(robot, "20/11/2026");
        choose(robot, "Thanh toán đủ");
        fixture.screenshot(robot.lookup("#payment-form").query(), OUT.resolve("payment-typed-vi.png"));
        robot.clickOn(Looks.shown(robot, "#pay-save"));
        WaitForAsyncUtils.waitForFxEvents();

        List<Payment> payments = fixture.workspace().services().payments().ofOrder(order.id());
        assertThat(payments).extracting(Payment::amount).containsExactly(Money.of("1800", Money.CNY));
        assertThat(Looks.labelContaining(robot, "#ledger-table .table-cell", "¥1.800,00")).isNotNull();
        savedBesideTheLedgerWithFocusThere(robot, "Đã ghi khoản thanh toán ¥1.800,00 ngày 20/11/2026.");
        fixture.screenshot(robot.lookup(".ledger").query(), OUT.resolve("payment-saved-vi.png"));

        // "1.800" alone is one thousand eight hundred yuan to a Vietnamese reader, never 1.8
        robot.clickOn(Looks.shown(robot, "#record-payment"));
        robot.clickOn(Looks.shown(robot, "#pay-amount")).write("1.800");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#pay-amount-error").queryAs(Label.class).isVisible()).isFalse();
    }

    private Order openPayments(FxRobot robot, String language) throws Exception {
        fixture = new WindowFixture(temp, false);
        Factory factory = fixture.workspace().factory("义乌市佳美日用品有限公司");
        Order order = fixture.workspace().order(factory, "2861112223334445556", LocalDate.of(2026, 11, 20), 200, "18.50");
        fixture.workspace().services().settings().put("window.language", language);
        fixture.open();
        fixture.show(Section.ORDERS);
        Looks.clickCell(robot, "2861112223334445556");
        fixture.settle();
        robot.clickOn("#tab-title-PAYMENT");
        robot.clickOn(Looks.shown(robot, "#record-payment"));
        WaitForAsyncUtils.waitForFxEvents();
        return order;
    }

    private static String hint(FxRobot robot) {
        Label hint = robot.lookup("#pay-amount-hint").queryAs(Label.class);
        assertThat(hint.isVisible()).isTrue();
        assertThat(robot.lookup("#pay-amount").queryAs(TextField.class).getAccessibleHelp()).isEqualTo(hint.getText());
        return hint.getText();
    }

    private static void paidOn(FxRobot robot, String typed) {
        TextField paidOn = robot.lookup("#pay-paid-on").queryAs(TextField.class);
        robot.interact(() -> paidOn.setText(""));
        robot.clickOn(Looks.shown(robot, "#pay-paid-on")).write(typed);
    }

    private static void choose(FxRobot robot, String covers) {
        robot.clickOn(Looks.shown(robot, "#pay-covers"));
        Looks.clickCell(robot, covers);
    }

    private static void savedBesideTheLedgerWithFocusThere(FxRobot robot, String said) {
        Label note = robot.lookup("#payment-saved").queryAs(Label.class);
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText()).isEqualTo(said);
        assertThat(note.getAccessibleText()).isEqualTo(said);
        Node record = robot.lookup("#record-payment").query();
        Bounds noteBounds = note.localToScene(note.getBoundsInLocal());
        Bounds recordBounds = record.localToScene(record.getBoundsInLocal());
        assertThat(Math.abs(noteBounds.getCenterY() - recordBounds.getCenterY())).as("on the line of Record a payment")
                .isLessThan(recordBounds.getHeight());
        assertThat(noteBounds.getMinX()).isGreaterThan(recordBounds.getMaxX());
        Node focused = record.getScene().getFocusOwner();
        assertThat(focused).isSameAs(record);
        assertThat(focused.getId()).isNotEqualTo("search");
    }
}
