package app.dossier.ui;

import static app.dossier.ui.Looks.shown;
import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.Order;
import app.dossier.ui.shell.Section;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The guidance where the user works, on the sample business: the start screen's due list opens the
 * order, the order shows its guidance, the warehouse screen shows the sample plan before the count
 * and the verdict after it. Pictures of each go to target/screenshots to look at.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class GuidanceViewsTest {
    private static final Path OUT = Path.of("target/screenshots");

    @TempDir
    Path temp;

    private WindowFixture fixture;

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void theStartScreenListsWhatIsDueAndAClickOpensTheOrder(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true).open();
        Order hoodies = fixture.workspace().services().orders().find("2851234098765432101");
        fixture.show(Section.START);

        String due = ScreenText.joined(robot, "#start-due");
        assertThat(due).contains("Inspect the goods (48-hour limit)", "2851234098765432101", "26 Nov 2026 16:05",
                "Due soon", "Tell the factory about the problem (48-hour limit)", "2840019375561028394", "Overdue");
        assertThat(ScreenText.joined(robot, "#start-findings")).contains("Urgent",
                "The deposit of ¥3,200.00 paid on 18 Nov 2026 has no written acknowledgement");
        assertThat(ScreenText.joined(robot, "#start-gaps")).contains("JX-2026-031",
                "Order and confirmation: missing", "Not ready for a dispute",
                "Ready for a dispute: 2840019375561028394, 2837461920384756123");
        fixture.screenshot(robot.lookup("#start-view").queryAs(javafx.scene.control.ScrollPane.class).getContent(),
                OUT.resolve("guidance-start-full.png"));

        robot.clickOn("#due-" + hoodies.id() + "-inspect_limit");

        assertThat(robot.lookup("#nav-orders").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#order-title").queryAs(Label.class).getText()).isEqualTo("2851234098765432101");
        assertThat(robot.lookup("#order-readiness").queryAs(Label.class).getText())
                .isEqualTo("Not ready for a dispute");
        assertThat(ScreenText.joined(robot, "#order-findings")).contains("To fix", "Count them and check a sample");
        assertThat(robot.lookup("#tab-title-RECEIVING").queryAs(Label.class).getStyleClass()).contains("partial");
    }

    @Test
    void inVietnameseTheStartScreenSaysEveryFindingInVietnamese(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true);
        fixture.workspace().services().settings().put("window.language", "vi");
        fixture.open();
        fixture.show(Section.START);

        String findings = ScreenText.joined(robot, "#start-findings");
        assertThat(findings).contains("Khoản cọc ¥3.200,00 trả ngày 18/11/2026 chưa được xưởng xác nhận")
                .doesNotContain("!", "The deposit", " pcs", " sets");
        assertThat(ScreenText.joined(robot, "#start-due")).contains("Kiểm hàng (hạn chót 48 giờ)")
                .doesNotContain("!");
        fixture.screenshot(robot.lookup("#start-view").queryAs(javafx.scene.control.ScrollPane.class).getContent(),
                OUT.resolve("guidance-start-vi.png"));
    }

    @Test
    void theGiftBoxShowsItsGuidanceAndTheSummaryToCopy(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true).open();
        long giftBoxes = fixture.workspace().services().orders().list(null).stream().map(s -> s.order())
                .filter(o -> o.orderNumber() == null).findFirst().orElseThrow().id();
        robot.interact(() -> fixture.window().showOrder(giftBoxes));
        fixture.settle();

        assertThat(robot.lookup("#order-finding-DEPOSIT_NOT_ACKNOWLEDGED").tryQuery()).isPresent();
        assertThat(robot.lookup("#tab-title-CONFIRMATION").queryAs(Label.class).getText())
                .isEqualTo("Order and confirmation: missing");
        assertThat(robot.lookup("#tab-title-RECEIVING").queryAs(Label.class).getText())
                .isEqualTo("Receiving and QC: not yet");
        robot.clickOn(shown(robot, "#copy-summary-chinese"));
        assertThat(fixture.desktop().copied).hasSize(1);
        assertThat(fixture.desktop().copied.get(0)).contains("数量：2,000件", "请直接回复“确认”");
        Node body = robot.lookup("#order-guidance-body").query();
        fixture.screenshot(body, OUT.resolve("guidance-order-full.png"));

        robot.clickOn(shown(robot, "#order-guidance-toggle"));
        assertThat(robot.lookup("#order-guidance-body").tryQuery().map(Node::getScene)).isEmpty();
        assertThat(fixture.workspace().services().settings().get("orders.guidance.shown")).contains("false");
        robot.clickOn(shown(robot, "#order-guidance-toggle"));
        assertThat(robot.lookup("#order-guidance-body").query().getScene()).isNotNull();
    }

    @Test
    void recordingTheFactorysConfirmationFromTheOrder(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true).open();
        long giftBoxes = fixture.workspace().services().orders().list(null).stream().map(s -> s.order())
                .filter(o -> o.orderNumber() == null).findFirst().orElseThrow().id();
        robot.interact(() -> fixture.window().showOrder(giftBoxes));
        fixture.settle();
        fixture.desktop().willChoose(java.util.List.of(fixture.workspace().photo("hengda-wechat-reply.png", 3)));

        robot.clickOn(shown(robot, "#record-confirmation"));
        assertThat(robot.lookup("#confirm-files").queryAs(Label.class).getText()).isEqualTo("hengda-wechat-reply.png");
        robot.doubleClickOn("#confirm-when").eraseText(12).write("2026-11-25");
        assertThat(robot.lookup("#confirm-caption").queryAs(Label.class).getText())
                .isEqualTo("Factory confirmed in writing on 2026-11-25 via WeChat");
        fixture.screenshot(robot.lookup("#confirm-caption").query().getScene().getRoot(),
                OUT.resolve("guidance-confirmation-dialog.png"));
        robot.clickOn("OK");

        assertThat(fixture.workspace().services().evidence().ofOrder(giftBoxes))
                .anyMatch(e -> e.fileName().equals("hengda-wechat-reply.png")
                        && e.caption().equals("Factory confirmed in writing on 2026-11-25 via WeChat"));
        assertThat(robot.lookup("#tab-title-CONFIRMATION").queryAs(Label.class).getText())
                .isEqualTo("Order and confirmation (1)");
        assertThat(robot.lookup("#tab-title-CONFIRMATION").queryAs(Label.class).getStyleClass()).contains("present");
        assertThat(robot.lookup("#order-summary-state").queryAs(Label.class).getText())
                .isEqualTo("The factory's written confirmation is saved.");
    }

    @Test
    void theWarehouseScreenShowsThePlanBeforeTheCountAndTheVerdictAfter(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true).open();
        fixture.show(Section.RECEIVING);
        assertThat(robot.lookup("#rcv-plan").query().isVisible()).as("no order chosen yet").isFalse();
        robot.clickOn("#rcv-search").write("hoodie");
        Looks.clickCell(robot, "2851234098765432101");
        fixture.settle();

        assertThat(robot.lookup("#rcv-plan").query().isVisible()).isTrue();
        assertThat(ScreenText.joined(robot, "#rcv-plan")).contains("For the 300 pcs ordered",
                "Check 50 units", "Major defects (AQL 2.5): pass with up to 3, fail at 4",
                "Minor defects (AQL 4.0): pass with up to 5, fail at 6", "Code letter H",
                "10 % is 30 units, 15 % is 45");
        fixture.screenshot(OUT.resolve("guidance-receiving-plan.png"));

        robot.clickOn(shown(robot, "#rcv-units")).write("180");
        assertThat(robot.lookup("#rcv-plan-check").queryAs(Label.class).getText()).isEqualTo("Check 32 units, picked"
                + " at random from different cartons");
        robot.clickOn(shown(robot, "#rcv-sampled")).write("20");
        robot.clickOn(shown(robot, "#rcv-defective")).write("3");
        Label verdict = robot.lookup("#rcv-verdict").queryAs(Label.class);
        assertThat(verdict.isVisible()).isTrue();
        assertThat(verdict.getText()).startsWith("Fails the plan: 3 defective in 20 checked; AQL 2.5 allows up to 2.");
        assertThat(verdict.getStyleClass()).contains("rcv-verdict-fail");
        assertThat(robot.lookup("#rcv-verdict-fewer").queryAs(Label.class).getText())
                .isEqualTo("Only 20 checked: the plan asks for 32. Check 12 more for a verdict that holds.");
        robot.interact(() -> robot.lookup("#rcv-defective").queryAs(javafx.scene.control.TextField.class).setText("1"));
        assertThat(verdict.getStyleClass()).contains("rcv-verdict-pass");
        fixture.screenshot(robot.lookup(".receiving-form").query(), OUT.resolve("guidance-receiving-full.png"));
    }

    @Test
    void theChatReminderIntervalIsSetInSettingsAndARefusalIsShownThere(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true).open();
        robot.clickOn("#tools").clickOn("#settings");
        javafx.scene.control.TextField days = robot.lookup("#chat-days").queryAs(javafx.scene.control.TextField.class);
        assertThat(days.getText()).isEqualTo("14");

        robot.doubleClickOn(days).eraseText(3).write("0");
        robot.clickOn("OK");
        Label error = robot.lookup("#chat-days-row-error").queryAs(Label.class);
        assertThat(error.isVisible()).as("the dialog stays open with the reason").isTrue();
        assertThat(error.getText()).isEqualTo("The reminder to export chats can be every 1 to 365 days (it was 0).");
        fixture.screenshot(days.getScene().getRoot(), OUT.resolve("guidance-settings.png"));

        robot.doubleClickOn(days).eraseText(3).write("7");
        robot.clickOn("OK");
        assertThat(fixture.workspace().services().guidance().chatExportDays()).isEqualTo(7);
        assertThat(robot.lookup("#status").queryAs(Label.class).getText())
                .isEqualTo("The reminder to export chats now comes every 7 days.");
    }
}
