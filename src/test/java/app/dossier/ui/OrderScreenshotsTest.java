package app.dossier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.Order;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Pictures of the orders and receiving screens in their several states on the sample business, to look at (target/screenshots). */
@ExtendWith(ApplicationExtension.class)
class OrderScreenshotsTest {
    private static final Path OUT = Path.of("target/screenshots");

    @TempDir
    Path temp;

    private WindowFixture fixture;

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void orders(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true).open();
        Order spatulas = fixture.workspace().services().orders().find("2837461920384756123");
        robot.interact(() -> fixture.window().showOrder(spatulas.id()));
        robot.clickOn("#tab-title-RECEIVING");
        Looks.waitForPictures(robot, "#files-RECEIVING");
        assertThat(robot.lookup("#files-RECEIVING .image-view").queryAll()).hasSize(4);
        fixture.screenshot(OUT.resolve("orders.png"));

        robot.clickOn("#tab-title-AGREEMENT");
        Looks.waitForPictures(robot, "#files-AGREEMENT");
        fixture.screenshot(OUT.resolve("orders-agreement.png"));

        Order tshirts = fixture.workspace().services().orders().find("JX-2026-031");
        robot.interact(() -> fixture.window().showOrder(tshirts.id()));
        robot.clickOn("#tab-title-PAYMENT");
        Looks.waitForPictures(robot, "#files-PAYMENT");
        fixture.screenshot(OUT.resolve("orders-payments.png"));
        robot.clickOn(Looks.shown(robot, "#record-payment"));
        WaitForAsyncUtils.waitForFxEvents();
        fixture.screenshot(OUT.resolve("orders-payment-form.png"));

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        robot.clickOn("#form-unit-price").write("1,234 CNY");
        robot.clickOn("#form-number");
        fixture.screenshot(OUT.resolve("orders-form.png"));
    }

    @Test
    void receiving(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true).open();
        robot.clickOn("#nav-receiving");
        fixture.screenshot(OUT.resolve("receiving-find.png"));
        chooseAndCount(robot);
        fixture.screenshot(OUT.resolve("receiving.png"));

        robot.interact(() -> {
            robot.lookup("#rcv-packaging-SOME_DAMAGE").queryAs(javafx.scene.control.ToggleButton.class).fire();
        });
        fixture.desktop().willChoose(java.util.List.of(fixture.workspace().photo("carton-1.jpg", 2),
                fixture.workspace().photo("label.png", 6), fixture.workspace().textFile("count-sheet.pdf", "%PDF-1.4")));
        robot.interact(() -> robot.lookup("#rcv-add-photos").queryAs(javafx.scene.control.Button.class).fire());
        robot.interact(() -> robot.lookup("#rcv-save").queryAs(javafx.scene.control.Button.class).fire());
        Looks.waitForPictures(robot, "#rcv-photos");
        fixture.screenshot(robot.lookup(".receiving-form").query(), OUT.resolve("receiving-full.png"));
    }

    @Test
    void receivingInVietnamese(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true);
        fixture.workspace().services().settings().put("window.language", "vi");
        fixture.open();
        robot.clickOn("#nav-receiving");
        chooseAndCount(robot);
        fixture.screenshot(OUT.resolve("receiving-vi.png"));
        Order spatulas = fixture.workspace().services().orders().find("2837461920384756123");
        robot.interact(() -> fixture.window().showOrder(spatulas.id()));
        robot.clickOn("#tab-title-PAYMENT");
        Looks.waitForPictures(robot, "#files-PAYMENT");
        fixture.screenshot(OUT.resolve("orders-vi.png"));
    }

    private void chooseAndCount(FxRobot robot) throws Exception {
        robot.clickOn("#rcv-search").write("JX-2026");
        Looks.clickCell(robot, "JX-2026-031");
        robot.clickOn(Looks.shown(robot, "#rcv-units")).write("1180");
        robot.clickOn(Looks.shown(robot, "#rcv-parcels")).write("23");
        robot.clickOn(Looks.shown(robot, "#rcv-parcels-expected")).write("24");
        WaitForAsyncUtils.waitForFxEvents();
    }
}
