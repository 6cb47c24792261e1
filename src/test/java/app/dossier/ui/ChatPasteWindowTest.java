package app.dossier.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Order;
import app.dossier.domain.PastedMessage;
import app.dossier.ui.order.ChatLine;
import app.dossier.ui.order.ChatPreviewModel;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
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
 * Paste a chat… as a user goes through it: two messages copied without a blank line between them,
 * the preview showing them as two with their senders, one given to the buyer, then imported; and a
 * preview cancelled, which keeps nothing. Writes target/screenshots/orders-chat-preview.png and
 * orders-chat-preview-to-check.png (lines above the first message, a line like a message inside one).
 */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class ChatPasteWindowTest {
    private static final Path OUT = Path.of("target/screenshots");
    /** The buyer's answer came out under the factory's name: WeChat's copy put both under 李丽. */
    private static final String PASTED = "李丽 2024/1/5 2:03 PM\n亲，大货已经做好了，明天发货 😊\n"
            + "李丽 2024/1/5 2:05 PM\nDạ, em cảm ơn chị! Nhớ đóng 20 bộ một thùng nhé.\n";

    @TempDir
    Path temp;

    private WindowFixture fixture;

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    private Order openChats(FxRobot robot, String pasted) throws Exception {
        fixture = new WindowFixture(temp, true).open();
        Order lunchBoxes = fixture.workspace().services().orders().find("2840019375561028394");
        robot.interact(() -> fixture.window().showOrder(lunchBoxes.id()));
        fixture.settle();
        robot.clickOn("#tab-title-AGREEMENT");
        robot.clickOn("#show-chats");
        fixture.desktop().clipboard = pasted;
        robot.clickOn(Looks.shown(robot, "#chat-paste"));
        robot.interact(() -> {
            robot.lookup("#chat-me").queryAs(TextField.class).setText("Nguyễn Thị Hằng");
            robot.lookup("#chat-them").queryAs(TextField.class).setText("李丽");
        });
        robot.clickOn("#chat-dialog-ok");
        fixture.settle();
        return lunchBoxes;
    }

    @SuppressWarnings("unchecked")
    private static ListView<ChatPreviewModel.Row> rows(FxRobot robot) {
        return robot.lookup("#chat-preview-rows").queryAs(ListView.class);
    }

    @Test
    void twoMessagesWithoutABlankLineAreTwoAndASenderCanBeGivenToTheBuyer(FxRobot robot) throws Exception {
        Order lunchBoxes = openChats(robot, PASTED);

        assertThat(rows(robot).getItems()).extracting(r -> r.senderProperty().get(), r -> r.timeProperty().get())
                .containsExactly(tuple("李丽", "2024-01-05 14:03"), tuple("李丽", "2024-01-05 14:05"));
        assertThat(fixture.workspace().services().chats().chats(lunchBoxes.id())).as("nothing kept yet").isEmpty();

        Node second = robot.lookup("#chat-preview-rows .chat-preview-row")
                .match((Node n) -> robot.from(n).lookup(".preview-text").queryAs(javafx.scene.control.TextArea.class)
                        .getText().startsWith("Dạ"))
                .query();
        robot.clickOn(robot.from(second).lookup(".preview-sender").queryAs(ComboBox.class));
        Looks.clickCell(robot, "Nguyễn Thị Hằng (you)");
        assertThat(rows(robot).getItems().get(1).senderProperty().get()).isEqualTo("Nguyễn Thị Hằng");
        fixture.screenshot(robot.lookup("#chat-preview").query(), OUT.resolve("orders-chat-preview.png"));

        robot.clickOn("#chat-preview-import");
        fixture.settle();

        @SuppressWarnings("unchecked")
        ListView<ChatLine> messages = robot.lookup("#chat-messages").queryAs(ListView.class);
        assertThat(messages.getItems()).extracting(ChatLine::sender, ChatLine::side).containsExactly(
                tuple("李丽", ChatLine.Side.LEFT), tuple("Nguyễn Thị Hằng", ChatLine.Side.RIGHT));
        assertThat(fixture.workspace().services().evidence().ofOrder(lunchBoxes.id()))
                .filteredOn(e -> e.category() == EvidenceCategory.AGREEMENT)
                .extracting(e -> e.fileName()).contains("WeChat chat 2024-01-05.txt");
    }

    @Test
    void aCancelledPreviewKeepsNothing(FxRobot robot) throws Exception {
        Order lunchBoxes = openChats(robot, "(chép từ điện thoại)\n" + PASTED
                + "Nguyễn Thị Hằng 2024/1/5 2:10 PM\nChị gửi giúp em ảnh thùng\nLisa 14:30\n[Photo]\n");
        int files = fixture.workspace().services().evidence().ofOrder(lunchBoxes.id()).size();
        assertThat(rows(robot).getItems()).extracting(r -> r.senderProperty().get(), r -> r.doubtProperty().get())
                .containsExactly(tuple("", PastedMessage.Doubt.NO_SENDER), tuple("李丽", null), tuple("李丽", null),
                        tuple("Nguyễn Thị Hằng", PastedMessage.Doubt.HEADER_IN_TEXT));
        assertThat(robot.lookup("#chat-preview-problem").queryAs(javafx.scene.control.Label.class).getText())
                .startsWith("Message 1 has no time Dossier can read.");
        assertThat(robot.lookup("#chat-preview-import").queryAs(javafx.scene.control.Button.class).isDisabled()).isTrue();
        fixture.screenshot(robot.lookup("#chat-preview").query(), OUT.resolve("orders-chat-preview-to-check.png"));

        robot.clickOn("#chat-preview-cancel");
        fixture.settle();

        assertThat(robot.lookup("#chat-preview").tryQuery()).isEmpty();
        assertThat(fixture.workspace().services().chats().chats(lunchBoxes.id())).isEmpty();
        assertThat(fixture.workspace().services().evidence().ofOrder(lunchBoxes.id())).hasSize(files);
    }
}
