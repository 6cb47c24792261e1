package app.dossier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.ChatParties;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Factory;
import app.dossier.domain.Money;
import app.dossier.domain.Order;
import app.dossier.domain.Payment;
import app.dossier.service.ImportServiceTest;
import app.dossier.ui.order.ChatLine;
import app.dossier.ui.order.EvidenceItem;
import app.dossier.ui.shell.Section;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The orders screen as a user goes through it: log an order, attach a file, record a payment, bring
 * in the WeChat chat and pin where the factory confirmed, see the photos upright.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
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
        fixture.show(Section.ORDERS);
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
        robot.clickOn(Looks.shown(robot, "#form-save")); // below the fold at 1280×820, under the fields' hints

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
        fixture.show(Section.ORDERS);
        robot.clickOn("#new-order");
        robot.clickOn("#form-unit-price").write("1.234 CNY");
        robot.clickOn("#form-product");

        Label error = robot.lookup("#form-unit-price-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("1.234");
    }

    @Test
    void attachAFile(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true).open();
        Order hoodies = fixture.workspace().services().orders().find("2851234098765432101");
        fixture.show(Section.ORDERS);
        Looks.clickCell(robot, "2851234098765432101");
        fixture.settle();
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
        fixture.show(Section.ORDERS);
        Looks.clickCell(robot, "2861112223334445556");
        fixture.settle();
        robot.clickOn("#tab-title-PAYMENT");
        assertThat(robot.lookup("#ledger-status").queryAs(Label.class).getText()).isEqualTo("Nothing paid yet.");

        robot.clickOn(Looks.shown(robot, "#record-payment"));
        robot.clickOn(Looks.shown(robot, "#pay-amount")).write("13.505.000 ₫");
        robot.clickOn(Looks.shown(robot, "#pay-rate")).write("3.650");
        assertThat(robot.lookup("#pay-counted").queryAs(Label.class).getText())
                .isEqualTo("Kept as typed, and counted as ¥3,700.00 at 3.650 ₫ per yuan towards the order total.");
        robot.clickOn(Looks.shown(robot, "#pay-covers"));
        Looks.clickCell(robot, "Full payment");
        robot.clickOn(Looks.shown(robot, "#pay-account")).write("义乌市佳美日用品有限公司");
        fixture.desktop().willChoose(List.of(fixture.workspace().photo("vietcombank.png", 9)));
        robot.clickOn(Looks.shown(robot, "#pay-proof"));
        robot.clickOn(Looks.shown(robot, "#pay-save"));

        List<Payment> payments = fixture.workspace().services().payments().ofOrder(order.id());
        assertThat(payments).hasSize(1);
        // kept as typed, as on the bank's statement; counted in yuan at its rate
        assertThat(payments.get(0).amount()).isEqualTo(Money.of("13505000", Money.VND));
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

    @Test
    void importAChatAndPinWhereTheFactoryConfirmed(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true).open();
        Order lunchBoxes = fixture.workspace().services().orders().find("2840019375561028394");
        robot.interact(() -> fixture.window().showOrder(lunchBoxes.id()));
        fixture.settle();
        robot.clickOn("#tab-title-AGREEMENT");
        robot.clickOn("#show-chats");
        assertThat(robot.lookup("#chat-empty").query().isVisible()).isTrue();

        fixture.desktop().willChoose(List.of(
                ImportServiceTest.download(fixture.workspace(), "chats/memotrace-lisa_utf8.csv", "memotrace-lisa_utf8.csv")));
        robot.clickOn(Looks.shown(robot, "#chat-import"));
        assertThat(robot.lookup("#chat-files").queryAs(Label.class).getText()).isEqualTo("memotrace-lisa_utf8.csv");
        robot.clickOn("#chat-me").write("Mai");
        robot.clickOn("#chat-them").write("李丽");
        robot.clickOn("#chat-dialog-ok");
        robot.clickOn("#chat-zone-ok");

        assertThat(robot.lookup("#status").queryAs(Label.class).getText())
                .isEqualTo("Imported “memotrace-lisa_utf8.csv”: 10 messages.");
        assertThat(robot.lookup("#chat-summary").queryAs(Label.class).getText()).isEqualTo("1 chat · 10 messages · 0 pinned");
        @SuppressWarnings("unchecked")
        ListView<ChatLine> messages = robot.lookup("#chat-messages").queryAs(ListView.class);
        assertThat(messages.getItems()).hasSize(10);
        assertThat(robot.lookup("#tab-title-AGREEMENT").queryAs(Label.class).getText()).isEqualTo("Chat and agreements (2)");
        assertThat(robot.lookup("#show-chats").queryAs(javafx.scene.control.ToggleButton.class).getText())
                .isEqualTo("WeChat chats: 10 messages");

        int confirmation = indexOf(messages, "确认");
        Looks.shown(robot, "#chat-messages");
        robot.interact(() -> messages.scrollTo(confirmation));
        fixture.settle();
        robot.clickOn(robot.from(cellOf(robot, "确认")).lookup(".chat-pin").queryAs(Button.class));

        ListCell<ChatLine> pinned = cellOf(robot, "确认");
        assertThat(pinned.getItem().pinned()).isTrue();
        assertThat(robot.from(pinned).lookup(".chat-bubble").query().getStyleClass()).contains("chat-pinned");
        assertThat(robot.from(pinned).lookup(".chat-pin").query().getStyleClass()).contains("chat-pin-on");
        assertThat(fixture.workspace().services().chats().pinned(lunchBoxes.id())).singleElement()
                .satisfies(m -> assertThat(m.text()).contains("确认"));
        assertThat(robot.lookup("#status").queryAs(Label.class).getText())
                .isEqualTo("Pinned the message from 李丽 at 2026-09-01 14:30: the dispute packet quotes it.");

        robot.clickOn("#chat-pinned-only");
        assertThat(messages.getItems()).singleElement().satisfies(line -> assertThat(line.body()).contains("确认"));

        // words of the chat found from the search box open the order on its chats
        robot.clickOn("#show-files-AGREEMENT");
        robot.interact(() -> fixture.window().showStart());
        fixture.settle();
        robot.clickOn("#search").write("20套一箱");
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup("#nav-orders").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#show-chats").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#chat-messages").query().isVisible()).isTrue();
    }

    @Test
    void aChatOfThousandsOfMessagesMakesOnlyTheBubblesOnScreen(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true);
        Order lunchBoxes = fixture.workspace().services().orders().find("2840019375561028394");
        StringBuilder pasted = new StringBuilder();
        LocalDateTime at = LocalDateTime.of(2026, 8, 1, 9, 0);
        for (int i = 0; i < 5000; i++) {
            pasted.append(i % 3 == 0 ? "阮氏梅" : "李丽").append(' ')
                    .append(at.plusMinutes(i).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"))).append('\n')
                    .append("第").append(i).append("条：大货颜色和样品一样吗？每套OPP袋，20套一箱。\n\n");
        }
        fixture.workspace().services().chats().importPastedChat(lunchBoxes.id(), pasted.toString(),
                new ChatParties("阮氏梅", "李丽"));
        fixture.open();
        robot.interact(() -> fixture.window().showOrderChats(lunchBoxes.id()));
        fixture.settle();

        @SuppressWarnings("unchecked")
        ListView<ChatLine> messages = robot.lookup("#chat-messages").queryAs(ListView.class);
        assertThat(messages.getItems()).hasSize(5000);
        assertThat(robot.lookup("#chat-messages .chat-cell").queryAll()).as("bubbles made").hasSizeLessThan(60);
        robot.interact(() -> messages.scrollTo(4990));
        fixture.settle();
        assertThat(robot.lookup("#chat-messages .chat-cell").queryAll()).as("bubbles reused").hasSizeLessThan(60);
        assertThat(cellOf(robot, "第4990条").getItem().side()).isEqualTo(ChatLine.Side.LEFT);
    }

    @Test
    void photosAreUprightAndSayWhenTheyWereTakenAndAdded(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true).open();
        Order spatulas = fixture.workspace().services().orders().find("2837461920384756123");
        robot.interact(() -> fixture.window().showOrder(spatulas.id()));
        fixture.settle();
        robot.clickOn("#tab-title-RECEIVING");
        Looks.waitForPictures(robot, "#files-RECEIVING");

        Node closeUp = robot.lookup("#files-RECEIVING .evidence-tile")
                .match((Node n) -> n.getUserData() instanceof EvidenceItem item
                        && item.evidence().fileName().equals("o1-defect-closeup.jpg"))
                .query();
        ImageView picture = robot.from(closeUp).lookup(".image-view").queryAs(ImageView.class);
        assertThat(Looks.drawn(picture)).isTrue();
        assertThat(picture.getRotate()).as("taken with the phone upright: EXIF orientation 6").isEqualTo(90);
        assertThat(robot.from(closeUp).lookup(".file-tile-taken").queryAs(Label.class).getText())
                .isEqualTo("Taken 2026-10-03 10:31");
        Label added = robot.from(closeUp).lookup(".file-tile-added").queryAs(Label.class);
        assertThat(added.isVisible()).isTrue();
        assertThat(added.getText()).startsWith("Added 20");
    }

    private static int indexOf(ListView<ChatLine> list, String words) {
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).body().contains(words)) {
                return i;
            }
        }
        throw new AssertionError("no message with " + words);
    }

    @SuppressWarnings("unchecked")
    private static ListCell<ChatLine> cellOf(FxRobot robot, String words) {
        return robot.lookup("#chat-messages .chat-cell")
                .match((Node n) -> n instanceof ListCell<?> cell && cell.getItem() instanceof ChatLine line
                        && line.body().contains(words) && cell.isVisible())
                .queryAs(ListCell.class);
    }
}
