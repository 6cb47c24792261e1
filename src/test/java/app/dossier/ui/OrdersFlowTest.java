package app.dossier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Factory;
import app.dossier.domain.Money;
import app.dossier.domain.Order;
import app.dossier.domain.Payment;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The orders screen as a user goes through it: log an order, attach a file, record a payment. */
@ExtendWith(ApplicationExtension.class)
class OrdersFlowTest {
    @TempDir
    Path temp;

    private WindowFixture fixture;

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void createAnOrder(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true).open();
        robot.clickOn("#nav-orders");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);

        assertThat(robot.lookup("#order-form").query().isVisible()).isTrue();
        robot.clickOn("#form-factory");
        Looks.clickCell(robot, "Shenzhen Hengda");
        robot.clickOn("#form-number").write("HD-2026-007");
        robot.clickOn("#form-channel-OFF_PLATFORM");
        robot.clickOn("#form-kind-OEM");
        robot.clickOn("#form-product").write("Hộp quà 2 ngăn");
        robot.clickOn("#form-quantity").write("1000");
        robot.clickOn("#form-unit-price").write("¥4.60");
        robot.clickOn("#form-ordered-on").eraseText(10).write("25/11/2026");
        assertThat(robot.lookup("#form-total").queryAs(Label.class).getText()).isEqualTo("Total ¥4,600.00");
        robot.clickOn("#form-save");

        Order saved = fixture.workspace().services().orders().find("HD-2026-007");
        assertThat(saved.unitPrice()).isEqualTo(Money.of("4.60", Money.CNY));
        assertThat(saved.orderedOn()).isEqualTo(LocalDate.of(2026, 11, 25));
        Path folder = fixture.workspace().root().resolve(saved.folder());
        assertThat(folder.resolve("case.json")).isRegularFile();
        assertThat(folder.resolve("Chat and agreements")).isDirectory();
        assertThat(Looks.labelContaining(robot, "#orders-list .order-row-title", "HD-2026-007")).isNotNull();
        assertThat(robot.lookup("#order-title").queryAs(Label.class).getText()).isEqualTo("HD-2026-007");
        assertThat(robot.lookup("#tab-title-AGREEMENT").queryAs(Label.class).getText())
                .isEqualTo("Chat and agreements: missing");
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).isEqualTo("Added order HD-2026-007.");
    }

    @Test
    void aRefusedPriceIsExplainedUnderTheField(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true).open();
        robot.clickOn("#nav-orders");
        robot.clickOn("#new-order");
        robot.clickOn("#form-unit-price").write("1,234 CNY");
        robot.clickOn("#form-product");

        Label error = robot.lookup("#form-unit-price-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("1,234");
    }

    @Test
    void attachAFile(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true).open();
        Order hoodies = fixture.workspace().services().orders().find("2851234098765432101");
        robot.clickOn("#nav-orders");
        Looks.clickCell(robot, "2851234098765432101");
        Label tab = robot.lookup("#tab-title-AGREEMENT").queryAs(Label.class);
        assertThat(tab.getText()).isEqualTo("Chat and agreements: missing");
        assertThat(tab.getStyleClass()).contains("missing");
        robot.clickOn(tab);

        fixture.desktop().willChoose(List.of(fixture.workspace().photo("wechat-hoodie-spec.jpg", 4)));
        robot.clickOn("#attach-AGREEMENT");

        Looks.waitForPictures(robot, "#files-AGREEMENT");
        FlowPane files = robot.lookup("#files-AGREEMENT").queryAs(FlowPane.class);
        assertThat(files.getChildren()).hasSize(1);
        assertThat(Looks.labelContaining(robot, "#files-AGREEMENT .label", "wechat-hoodie-spec.jpg")).isNotNull();
        ImageView thumbnail = robot.lookup("#files-AGREEMENT .image-view").queryAs(ImageView.class);
        assertThat(Looks.drawn(thumbnail)).isTrue();
        assertThat(tab.getText()).isEqualTo("Chat and agreements (1)");
        assertThat(tab.getStyleClass()).contains("present").doesNotContain("missing");
        assertThat(fixture.workspace().services().evidence().ofOrder(hoodies.id()))
                .anyMatch(e -> e.category() == EvidenceCategory.AGREEMENT && e.fileName().equals("wechat-hoodie-spec.jpg"));
        assertThat(robot.lookup("#status").queryAs(Label.class).getText())
                .isEqualTo("Chat and agreements: 1 file added.");

        robot.clickOn(thumbnail, javafx.scene.input.MouseButton.PRIMARY).doubleClickOn(thumbnail);
        assertThat(fixture.desktop().opened).hasSize(1);
        assertThat(fixture.desktop().opened.get(0).getFileName().toString()).isEqualTo("wechat-hoodie-spec.jpg");
    }

    @Test
    void recordAPayment(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, false);
        Factory factory = fixture.workspace().factory("义乌市佳美日用品有限公司");
        Order order = fixture.workspace().order(factory, "2861112223334445556", LocalDate.of(2026, 11, 20), 200, "18.50");
        fixture.open();
        robot.clickOn("#nav-orders");
        Looks.clickCell(robot, "2861112223334445556");
        robot.clickOn("#tab-title-PAYMENT");
        assertThat(robot.lookup("#ledger-status").queryAs(Label.class).getText()).isEqualTo("Nothing paid yet.");

        robot.clickOn(Looks.shown(robot, "#record-payment"));
        robot.clickOn(Looks.shown(robot, "#pay-amount")).write("13.505.000 ₫");
        robot.clickOn(Looks.shown(robot, "#pay-rate")).write("3.650");
        assertThat(robot.lookup("#pay-counted").queryAs(Label.class).getText())
                .isEqualTo("Will be recorded as ¥3,700.00 at 3.650 ₫ per yuan, and counted towards the order total.");
        robot.clickOn(Looks.shown(robot, "#pay-covers"));
        Looks.clickCell(robot, "Full payment");
        robot.clickOn(Looks.shown(robot, "#pay-account")).write("义乌市佳美日用品有限公司");
        fixture.desktop().willChoose(List.of(fixture.workspace().photo("vietcombank.png", 9)));
        robot.clickOn(Looks.shown(robot, "#pay-proof"));
        robot.clickOn(Looks.shown(robot, "#pay-save"));

        List<Payment> payments = fixture.workspace().services().payments().ofOrder(order.id());
        assertThat(payments).hasSize(1);
        assertThat(payments.get(0).amount()).isEqualTo(Money.of("3700.00", Money.CNY));
        assertThat(payments.get(0).proofEvidenceId()).isNotNull();
        @SuppressWarnings("unchecked")
        TableView<Object> table = robot.lookup("#ledger-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(1);
        assertThat(Looks.labelContaining(robot, "#ledger-table .table-cell", "13.505.000 ₫")).isNotNull();
        assertThat(Looks.labelContaining(robot, "#ledger-table .table-cell", "✓ vietcombank.png")).isNotNull();
        assertThat(robot.lookup("#ledger-paid").queryAs(Label.class).getText()).isEqualTo("¥3,700.00");
        assertThat(robot.lookup("#ledger-owed").queryAs(Label.class).getText()).isEqualTo("¥0.00");
        assertThat(robot.lookup("#ledger-status").queryAs(Label.class).getText()).isEqualTo("Paid in full.");
        assertThat(robot.lookup("#payment-form").query().isVisible()).isFalse();
        assertThat(robot.lookup("#tab-title-PAYMENT").queryAs(Label.class).getText()).isEqualTo("Payments (1)");
        WaitForAsyncUtils.waitForFxEvents();
    }
}
