package app.dossier.ui;

import static app.dossier.ui.Looks.shown;
import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.Order;
import app.dossier.domain.ReceivingRecord;
import app.dossier.ui.shell.Section;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Defects by kind, in Vietnamese as the warehouse and the buyer see them: named on the warehouse
 * screen with the photos that show them, corrected later from the order, and the texts the factory
 * will read that are not in Chinese listed before the packet. Writes target/screenshots/defects-*.png.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class DefectsFlowTest {
    private static final Path OUT = Path.of("target/screenshots");

    @TempDir
    Path temp;

    private WindowFixture fixture;

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    private void openInVietnamese() throws Exception {
        fixture = new WindowFixture(temp, true);
        fixture.workspace().services().settings().put("window.language", "vi");
        fixture.open();
    }

    @Test
    void theWarehouseNamesThreeCrackedShownByOnePhotoAndOneDamagedCarton(FxRobot robot) throws Exception {
        openInVietnamese();
        Order tshirts = fixture.workspace().services().orders().find("JX-2026-031");
        robot.interact(() -> {
            fixture.stage().setWidth(1280);
            fixture.stage().setHeight(720);
        });
        fixture.show(Section.RECEIVING);
        robot.clickOn("#rcv-search").write("JX-2026-031");
        Looks.clickCell(robot, "JX-2026-031");
        fixture.settle();

        robot.clickOn(shown(robot, "#rcv-arrived"))
                .write(app.dossier.domain.DateInput.format(java.time.LocalDateTime.now().minusHours(2)));
        robot.clickOn(shown(robot, "#rcv-units")).write("1200");
        robot.clickOn(shown(robot, "#rcv-parcels")).write("24");
        robot.clickOn(shown(robot, "#rcv-packaging-SOME_DAMAGE"));
        robot.clickOn(shown(robot, "#rcv-sampled")).write("50");
        robot.clickOn(shown(robot, "#rcv-defective")).write("3");
        Path lid = fixture.workspace().photo("ao-rach.jpg", 1);
        Path carton = fixture.workspace().photo("thung-mop.jpg", 2);
        fixture.desktop().willChoose(List.of(lid, carton));
        robot.clickOn(shown(robot, "#rcv-add-photos"));
        Looks.waitForPictures(robot, "#rcv-photos");

        robot.clickOn(shown(robot, "#rcv-defects-add"));
        robot.clickOn(shown(robot, "#rcv-defects-0-kind"));
        Looks.clickCell(robot, "Nứt hoặc vỡ");
        assertThat(robot.lookup("#rcv-defects-0-count").queryAs(TextField.class).getText())
                .as("the defective count, typed before").isEqualTo("3");
        robot.clickOn(shown(robot, "#rcv-defects-0-photo-0"));
        robot.clickOn(shown(robot, "#rcv-defects-add"));
        robot.clickOn(shown(robot, "#rcv-defects-1-kind"));
        Looks.clickCell(robot, "Bao bì hư hỏng");
        robot.clickOn(shown(robot, "#rcv-defects-1-count")).write("1");
        assertThat(robot.lookup("#rcv-defects-1-unit").queryAs(Label.class).getText()).isEqualTo("thùng");
        assertThat(robot.lookup("#rcv-defects-0-photo-0").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#rcv-defects-1-photo-0").queryAs(ToggleButton.class).isSelected()).isFalse();
        robot.clickOn(shown(robot, "#rcv-inspected-by")).write("Trần Văn Hùng");
        robot.interact(() -> app.dossier.ui.common.Scrolling.reveal(robot.lookup("#rcv-defects").query()));
        fixture.settle();
        fixture.screenshot(OUT.resolve("defects-receiving-vi.png"));

        robot.clickOn(shown(robot, "#rcv-save"));

        ReceivingRecord saved = fixture.workspace().services().receiving().ofOrder(tshirts.id()).orElseThrow();
        assertThat(saved.defectiveUnits()).isEqualTo(3);
        assertThat(saved.defects()).extracting(d -> d.kind() + " " + d.count() + " " + d.evidenceIds().size())
                .containsExactly("CRACKED 3 1", "DAMAGED_PACKAGING 1 0");
        assertThat(robot.lookup("#rcv-saved").queryAs(Label.class).getText())
                .endsWith("Các lỗi: nứt hoặc vỡ 3 cái, bao bì hư hỏng 1 thùng.");
    }

    @Test
    void aRuleTheDefectsBreakIsSaidUnderThePart(FxRobot robot) throws Exception {
        openInVietnamese();
        fixture.show(Section.RECEIVING);
        robot.clickOn("#rcv-search").write("JX-2026-031");
        Looks.clickCell(robot, "JX-2026-031");
        fixture.settle();
        robot.clickOn(shown(robot, "#rcv-units")).write("1180");
        robot.clickOn(shown(robot, "#rcv-defects-add"));
        robot.clickOn(shown(robot, "#rcv-defects-0-kind"));
        Looks.clickCell(robot, "Thiếu hàng");
        assertThat(robot.lookup("#rcv-defects-0-count").queryAs(TextField.class).getText()).isEqualTo("20");
        robot.doubleClickOn(shown(robot, "#rcv-defects-0-count")).write("25");
        robot.clickOn(shown(robot, "#rcv-save"));
        Label problem = robot.lookup("#rcv-defects-problem").queryAs(Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).isEqualTo("Số thiếu là số đặt trừ số nhận: 20, không phải 25.");
        robot.interact(() -> app.dossier.ui.common.Scrolling.reveal(problem));
        fixture.settle();
        fixture.screenshot(robot.lookup("#rcv-defects").query(), OUT.resolve("defects-receiving-problem-vi.png"));
    }

    @Test
    void theDefectsAreCorrectedLaterFromTheOrder(FxRobot robot) throws Exception {
        openInVietnamese();
        Order spatulas = fixture.workspace().services().orders().find("2837461920384756123");
        robot.interact(() -> fixture.window().showOrder(spatulas.id()));
        fixture.settle();
        robot.clickOn("#tab-title-RECEIVING");
        fixture.settle();
        robot.clickOn(shown(robot, "#receiving-defects-edit"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#defects-dialog").tryQuery().isPresent());

        // the sample's record names 20 short, 3 cracked and 1 damaged carton: the carton is taken out,
        // one cracked set turns out scratched
        assertThat(robot.lookup("#defects-edit-1-count").queryAs(TextField.class).getText()).isEqualTo("3");
        robot.clickOn(shown(robot, "#defects-edit-2-remove"));
        robot.doubleClickOn(shown(robot, "#defects-edit-1-count")).eraseText(1).write("2");
        robot.clickOn(shown(robot, "#defects-edit-add"));
        robot.clickOn(shown(robot, "#defects-edit-2-kind"));
        Looks.clickCell(robot, "Trầy xước");
        robot.doubleClickOn(shown(robot, "#defects-edit-2-count")).eraseText(3).write("1");
        Node closeUp = robot.lookup("#defects-edit-2-photos .toggle-button")
                .match((Node n) -> ((ToggleButton) n).getText().equals("o1-defect-closeup.jpg")).query();
        robot.interact(() -> app.dossier.ui.common.Scrolling.reveal(closeUp));
        fixture.settle();
        robot.clickOn(closeUp);
        assertThat(((ToggleButton) closeUp).isSelected()).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        fixture.screenshot(robot.lookup("#defects-dialog").query(), OUT.resolve("defects-edit-dialog-vi.png"));

        robot.clickOn("#defects-save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#defects-dialog").tryQuery()).as("the dialog closed").isEmpty();
        assertThat(ScreenText.joined(robot, "#receiving-record"))
                .contains("开裂或破损 / nứt hoặc vỡ: 2 bộ — 1 ảnh")
                .contains("划伤 / trầy xước: 1 bộ — 1 ảnh")
                .doesNotContain("bao bì hư hỏng");
        assertThat(fixture.workspace().services().receiving().ofOrder(spatulas.id()).orElseThrow().defects())
                .extracting(d -> d.kind() + " " + d.count()).containsExactly("SHORT 20", "CRACKED 2", "SCRATCHED 1");
        fixture.screenshot(robot.lookup("#receiving-record").query(), OUT.resolve("defects-order-record-vi.png"));
    }

    @Test
    void thePacketCardListsTheTextsTheFactoryCannotRead(FxRobot robot) throws Exception {
        openInVietnamese();
        fixture.show(Section.DISPUTES);
        fixture.settle();
        robot.interact(() -> app.dossier.ui.common.Scrolling.reveal(robot.lookup("#dispute-packet").query()));
        fixture.settle();
        assertThat(ScreenText.joined(robot, "#dispute-packet-chinese"))
                .contains("Chú thích của o1-defect-closeup.jpg").contains("“Cán xẻng bị nứt”");
        fixture.screenshot(robot.lookup("#dispute-packet").query(), OUT.resolve("defects-packet-card-vi.png"));
    }
}
