package app.dossier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.Conversation;
import app.dossier.domain.Order;
import app.dossier.service.ChatZones;
import app.dossier.service.PyWxDumpPages;
import app.dossier.ui.order.ChatLine;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Import a chat export… with the pages PyWxDump wrote for one chat chosen together: one conversation,
 * each page kept; the zone of the chat's times asked at the first import (this computer's offered
 * first) and not again. Writes target/screenshots/orders-chat-zone-question.png.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class ChatPagesWindowTest {
    private static final Path OUT = Path.of("target/screenshots");

    @TempDir
    Path temp;

    private WindowFixture fixture;

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void thePagesChosenTogetherAreOneChatAndTheZoneIsAskedOnce(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true).open();
        Order lunchBoxes = fixture.workspace().services().orders().find("2840019375561028394");
        robot.interact(() -> fixture.window().showOrder(lunchBoxes.id()));
        fixture.settle();
        robot.clickOn("#tab-title-AGREEMENT");
        robot.clickOn("#show-chats");
        Path folder = fixture.workspace().outside();
        fixture.desktop().willChoose(List.of(PyWxDumpPages.page(folder, "wxid_li", 3, 5),
                PyWxDumpPages.page(folder, "wxid_li", 0, 3), PyWxDumpPages.page(folder, "wxid_li", 5, 6)));

        robot.clickOn(Looks.shown(robot, "#chat-import"));
        assertThat(robot.lookup("#chat-files").queryAs(Label.class).getText())
                .isEqualTo("wxid_li_3_5.csv\nwxid_li_0_3.csv\nwxid_li_5_6.csv");
        robot.interact(() -> robot.lookup("#chat-them").queryAs(TextField.class).setText("李丽"));
        robot.clickOn("#chat-dialog-ok");

        assertThat(robot.lookup("#chat-zone-question").queryAs(Label.class).getText())
                .startsWith("Chat exports give each message's time as the clock of the computer that exported it");
        assertThat(robot.lookup("#chat-zone").queryAs(javafx.scene.control.ComboBox.class).getItems())
                .extracting(Object::toString).containsExactly("Asia/Ho_Chi_Minh", "Asia/Shanghai");
        assertThat(robot.lookup("#chat-zone").queryAs(javafx.scene.control.ComboBox.class).getEditor().getText())
                .as("this computer's zone offered first").isEqualTo("Asia/Ho_Chi_Minh (this computer, Vietnam)");
        fixture.screenshot(robot.lookup("#chat-zone-question").query().getScene().getRoot(),
                OUT.resolve("orders-chat-zone-question.png"));
        robot.clickOn(robot.lookup("#chat-zone .arrow-button").<javafx.scene.Node>query());
        Looks.clickCell(robot, "Asia/Shanghai (China)");
        robot.clickOn("#chat-zone-ok");
        fixture.settle();

        assertThat(robot.lookup("#status").queryAs(Label.class).getText())
                .isEqualTo("Imported “wxid_li_0_3.csv (+2 pages)”: 6 messages.");
        List<Conversation> chats = fixture.workspace().services().chats().chats(lunchBoxes.id());
        assertThat(chats).singleElement().satisfies(c -> {
            assertThat(c.pages()).hasSize(2);
            assertThat(c.zone()).isEqualTo("Asia/Shanghai");
        });
        @SuppressWarnings("unchecked")
        ListView<ChatLine> messages = robot.lookup("#chat-messages").queryAs(ListView.class);
        assertThat(messages.getItems()).extracting(ChatLine::body).containsExactly(PyWxDumpPages.text(1),
                PyWxDumpPages.text(2), PyWxDumpPages.text(3), PyWxDumpPages.text(4), PyWxDumpPages.text(5),
                PyWxDumpPages.text(6));
        assertThat(messages.getItems().get(0).time()).as("08:01 in China is 07:01 here").endsWith("07:01");
        assertThat(ChatZones.remembered(fixture.workspace().services().settings())).hasValueSatisfying(
                zone -> assertThat(zone.getId()).isEqualTo("Asia/Shanghai"));

        fixture.desktop().willChoose(List.of(PyWxDumpPages.page(folder, "wxid_wang", 0, 2)));
        robot.clickOn(Looks.shown(robot, "#chat-import"));
        robot.clickOn("#chat-dialog-ok");
        fixture.settle();

        assertThat(robot.lookup("#chat-zone-question").tryQuery()).as("not asked again").isEmpty();
        assertThat(fixture.workspace().services().chats().chats(lunchBoxes.id())).hasSize(2)
                .allSatisfy(c -> assertThat(c.zone()).isEqualTo("Asia/Shanghai"));
    }

    @Test
    void settingsShowTheZoneRememberedAndChangeIt(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true);
        ChatZones.remember(fixture.workspace().services().settings(), java.time.ZoneId.of("Asia/Shanghai"));
        fixture.open();

        robot.clickOn("#tools").clickOn("#settings");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<java.time.ZoneId> zone = robot.lookup("#chat-zone").queryAs(
                javafx.scene.control.ComboBox.class);
        assertThat(zone.getEditor().getText()).isEqualTo("Asia/Shanghai (China)");
        fixture.screenshot(robot.lookup(".dialog-pane").query(), OUT.resolve("settings-chat-zone.png"));
        robot.interact(() -> zone.getEditor().setText("Asia/Bangkok"));
        robot.clickOn("OK");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        assertThat(ChatZones.remembered(fixture.workspace().services().settings())).hasValueSatisfying(
                z -> assertThat(z.getId()).isEqualTo("Asia/Bangkok"));
    }
}
