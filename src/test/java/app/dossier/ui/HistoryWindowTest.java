package app.dossier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.Order;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The name set once in Settings is the one the order's History tab shows on the change made next: a
 * payment corrected in the ledger, in Vietnamese. Writes target/screenshots/orders-history-vi.png.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class HistoryWindowTest {
    private static final Path OUT = Path.of("target/screenshots");

    @TempDir
    Path temp;

    private WindowFixture fixture;

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void theNameSetInSettingsIsOnTheNextChangeInTheHistoryTab(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true);
        fixture.workspace().services().settings().put("window.language", "vi");
        fixture.open();
        robot.interact(() -> fixture.stage().setHeight(720));
        fixture.settle();

        robot.clickOn("#tools").clickOn("#settings");
        WaitForAsyncUtils.waitForFxEvents();
        TextField name = robot.lookup("#workstation-name").queryAs(TextField.class);
        assertThat(name.getText()).isEmpty();
        assertThat(name.getPromptText()).as("the computer's user name until one is set")
                .isEqualTo(System.getProperty("user.name"));
        robot.clickOn(name).write("Nguyễn Thị Mai");
        robot.clickOn("Đồng ý");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.workspace().services().history().workstation().user()).isEqualTo("Nguyễn Thị Mai");

        Order spatulas = fixture.workspace().services().orders().find("2837461920384756123");
        robot.interact(() -> fixture.window().showOrder(spatulas.id()));
        fixture.settle();
        robot.clickOn("#tab-title-PAYMENT");
        WaitForAsyncUtils.waitForFxEvents();
        Looks.ledgerMenu(robot, "¥3.700,00");
        robot.clickOn("Sửa…");
        WaitForAsyncUtils.waitForFxEvents();
        TextField amount = robot.lookup("#pay-amount").queryAs(TextField.class);
        robot.interact(() -> amount.setText(""));
        robot.clickOn(Looks.shown(robot, "#pay-amount")).write("¥3.750,00");
        robot.clickOn(Looks.shown(robot, "#pay-save"));
        fixture.settle();

        robot.clickOn("#tab-title-HISTORY");
        fixture.settle();
        VBox entries = robot.lookup("#history-entries").queryAs(VBox.class);
        VBox newest = (VBox) entries.getChildren().get(0);
        String when = ((Label) newest.getChildren().get(0)).getText();
        String change = ((Label) newest.getChildren().get(1)).getText();
        int count = fixture.workspace().services().history().of(spatulas.id()).entries().size();
        assertThat(when).startsWith("Số " + count + " · ").endsWith(" · Nguyễn Thị Mai");
        assertThat(change).isEqualTo("Khoản thanh toán 1: số tiền 3.700,00 → 3.750,00");
        assertThat(entries.getChildren()).as("every entry, newest first").hasSize(count);
        String head = fixture.workspace().services().history().of(spatulas.id()).head().orElseThrow();
        assertThat(robot.lookup("#history-head").queryAs(TextField.class).getText()).isEqualTo(head);
        robot.clickOn(Looks.shown(robot, "#history-head-copy"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.desktop().copied).contains(head);
        robot.clickOn(Looks.shown(robot, "#order-guidance-toggle")); // the guidance hidden, the history has the room
        fixture.settle();
        fixture.screenshot(OUT.resolve("orders-history-vi.png"));
    }
}
