package app.dossier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.Order;
import app.dossier.ui.shell.Section;
import java.nio.file.Path;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Pictures of the orders and receiving screens in their several states on the sample business, to look at (target/screenshots). */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
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
        fixture = new WindowFixture(temp, true).open().size(1280, 720);
        Order spatulas = fixture.workspace().services().orders().find("2837461920384756123");
        robot.interact(() -> fixture.window().showOrder(spatulas.id()));
        fixture.settle();
        robot.clickOn(Looks.shown(robot, "#tab-title-RECEIVING"));
        Looks.waitForPictures(robot, "#files-RECEIVING");
        assertThat(robot.lookup("#files-RECEIVING .image-view").queryAll()).hasSize(4);
        // down to the photos: the defect close-up was taken with the phone upright, and shows upright
        Looks.shown(robot, "#files-RECEIVING");
        fixture.screenshot(OUT.resolve("orders.png"));
        fixture.screenshot(robot.lookup("#files-RECEIVING").query(), OUT.resolve("orders-photos.png"));

        robot.clickOn(Looks.shown(robot, "#tab-title-AGREEMENT"));
        Looks.waitForPictures(robot, "#files-AGREEMENT");
        fixture.screenshot(OUT.resolve("orders-agreement.png"));

        Order tshirts = fixture.workspace().services().orders().find("JX-2026-031");
        robot.interact(() -> fixture.window().showOrder(tshirts.id()));
        fixture.settle();
        robot.clickOn(Looks.shown(robot, "#tab-title-PAYMENT"));
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
        fixture = new WindowFixture(temp, true).open().size(1280, 720);
        fixture.show(Section.RECEIVING);
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
        fixture.open().size(1280, 720);
        fixture.show(Section.RECEIVING);
        chooseAndCount(robot);
        fixture.screenshot(OUT.resolve("receiving-vi.png"));
        Order spatulas = fixture.workspace().services().orders().find("2837461920384756123");
        robot.interact(() -> fixture.window().showOrder(spatulas.id()));
        fixture.settle();
        robot.clickOn(Looks.shown(robot, "#tab-title-PAYMENT"));
        Looks.waitForPictures(robot, "#files-PAYMENT");
        fixture.screenshot(OUT.resolve("orders-vi.png"));
    }

    @Test
    void receivingASavedRecordShowsItsPhotosUpright(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true).open().size(1280, 720);
        Order spatulas = fixture.workspace().services().orders().find("2837461920384756123");
        robot.interact(() -> fixture.window().showReceiving(spatulas.id()));
        fixture.settle();
        Looks.waitForPictures(robot, "#rcv-saved-photos");
        assertThat(robot.lookup("#rcv-saved-photos .image-view").queryAll()).hasSize(4);
        javafx.scene.Node closeUp = robot.lookup("#rcv-saved-photos .file-tile")
                .match((javafx.scene.Node n) -> Looks.labelContaining(robot, "#rcv-saved-photos .label", "Cán xẻng bị nứt")
                        .getParent() == n)
                .query();
        assertThat(robot.from(closeUp).lookup(".image-view").queryAs(javafx.scene.image.ImageView.class).getRotate())
                .isEqualTo(90);
        robot.interact(() -> app.dossier.ui.common.Scrolling.reveal(robot.lookup("#rcv-saved-photos").query()));
        fixture.settle();
        fixture.screenshot(robot.lookup("#rcv-saved-photos").query().getParent(), OUT.resolve("receiving-saved-photos.png"));
    }

    @Test
    void chats(FxRobot robot) throws Exception {
        chatScreenshot(robot, "en", "orders-chat.png");
    }

    @Test
    void chatsInVietnamese(FxRobot robot) throws Exception {
        chatScreenshot(robot, "vi", "orders-chat-vi.png");
    }

    /** The spatulas' chat with the factory, as the sample keeps it: the confirmation pinned. */
    private void chatScreenshot(FxRobot robot, String language, String name) throws Exception {
        fixture = new WindowFixture(temp, true);
        fixture.workspace().services().settings().put("window.language", language);
        Order spatulas = fixture.workspace().services().orders().find("2837461920384756123");
        fixture.open().size(1280, 720);
        robot.interact(() -> fixture.window().showOrder(spatulas.id()));
        fixture.settle();
        robot.clickOn(Looks.shown(robot, "#tab-title-AGREEMENT"));
        robot.clickOn(Looks.shown(robot, "#show-chats"));
        // the guidance hidden, as one does to read a long chat
        robot.clickOn(Looks.shown(robot, "#order-guidance-toggle"));
        Looks.shown(robot, "#chat-messages");
        // down to the factory's reply and the pinned confirmation
        robot.interact(() -> robot.lookup("#chat-messages").queryAs(ListView.class).scrollTo(5));
        fixture.settle();
        fixture.screenshot(OUT.resolve(name));
    }

    private void chooseAndCount(FxRobot robot) throws Exception {
        robot.clickOn("#rcv-search").write("JX-2026");
        Looks.clickCell(robot, "JX-2026-031");
        fixture.settle();
        robot.clickOn(Looks.shown(robot, "#rcv-units")).write("1180");
        robot.clickOn(Looks.shown(robot, "#rcv-parcels")).write("23");
        robot.clickOn(Looks.shown(robot, "#rcv-parcels-expected")).write("24");
        WaitForAsyncUtils.waitForFxEvents();
    }
}
