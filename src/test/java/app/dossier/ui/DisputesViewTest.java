package app.dossier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.Dispute;
import app.dossier.domain.Order;
import app.dossier.service.OrderSummary;
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

/** The disputes section as a user reads it under pressure: the facts of the order and what evidence is missing. */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class DisputesViewTest {
    @TempDir
    Path temp;

    private WindowFixture fixture;

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void theSampleDisputeShowsTheOrdersFacts(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true).open();
        fixture.show(Section.DISPUTES);

        assertThat(ScreenText.under(robot, "#dispute-list")).contains("2837461920384756123",
                "义乌市佳美日用品有限公司 (Yiwu Jiamei Housewares)", "2026-11-26", "Draft");
        assertThat(robot.lookup("#dispute-title").queryAs(Label.class).getText())
                .isEqualTo("Dispute on order 2837461920384756123");
        assertThat(robot.lookup("#dispute-status").queryAs(Label.class).getText()).isEqualTo("Draft");
        assertThat(ScreenText.joined(robot, "#dispute-facts"))
                .contains("Ordered | 200 sets on 2026-09-02 · total ¥3,700.00")
                .contains("Received | 180 sets on 2026-10-03")
                .contains("Short | 20 sets (10% of the order)")
                .contains("Defective in the sample | 3 of 32 checked (9.4%)");
        assertThat(ScreenText.joined(robot, "#dispute-categories"))
                .contains("Chat and agreements | 5 files")
                .contains("Receiving and QC | 4 files")
                .doesNotContain("Missing");
        assertThat(ScreenText.under(robot, "#dispute-files")).contains("Cán xẻng bị nứt", "o1-defect-closeup.jpg",
                "taken 2026-10-03 10:31");
        fixture.screenshot(Path.of("target/screenshots/disputes.png"));

        robot.clickOn("#dispute-open-order");
        assertThat(robot.lookup("#nav-orders").queryAs(ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void aDisputeJustOpenedOnAnOrderShowsItsMissingEvidenceInRed(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true).open();
        Order giftBoxes = fixture.workspace().services().orders().list(null).stream().map(OrderSummary::order)
                .filter(o -> o.orderNumber() == null).findFirst().orElseThrow();

        // As the order view does it: open the dispute, then go to it.
        Dispute opened = fixture.workspace().services().disputes().open(giftBoxes.id(), "Logo in sai màu");
        robot.interact(() -> fixture.window().showDispute(opened.id()));
        fixture.settle();

        assertThat(robot.lookup("#nav-disputes").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#dispute-summary").queryAs(Label.class).getText()).isEqualTo("Logo in sai màu");
        assertThat(ScreenText.joined(robot, "#dispute-facts")).contains("Received | Not received yet");
        assertThat(ScreenText.joined(robot, "#dispute-categories"))
                .contains("Chat and agreements | 1 file")
                .contains("Order and confirmation | Missing")
                .contains("Receiving and QC | Missing");
        Node missing = robot.lookup("#category-receiving").query();
        assertThat(missing.getStyleClass()).contains("category-missing");
        assertThat(robot.from(missing).lookup(".missing").queryAs(Label.class).getText()).isEqualTo("Missing");
        assertThat(ScreenText.under(robot, "#dispute-files"))
                .contains("No files yet. Add them on the order before you send the claim.");
        fixture.screenshot(Path.of("target/screenshots/disputes-missing.png"));
    }

    @Test
    void inVietnamese(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true);
        fixture.workspace().services().settings().put("window.language", "vi");
        fixture.open();
        fixture.show(Section.DISPUTES);

        assertThat(robot.lookup("#dispute-status").queryAs(Label.class).getText()).isEqualTo("Bản nháp");
        assertThat(ScreenText.joined(robot, "#dispute-facts"))
                .contains("Thiếu | 20 bộ (bằng 10% số lượng đặt)")
                .contains("Lỗi khi kiểm mẫu | 3 trên 32 đã kiểm (9,4%)");
        assertThat(ScreenText.joined(robot, "#dispute-categories")).contains("Tin nhắn và thỏa thuận | 5 tệp");
        fixture.screenshot(Path.of("target/screenshots/disputes-vi.png"));
    }
}
