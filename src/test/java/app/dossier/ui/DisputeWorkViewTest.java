package app.dossier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.Dispute;
import app.dossier.domain.DisputeStatus;
import app.dossier.domain.Order;
import app.dossier.service.OrderSummary;
import app.dossier.ui.shell.Section;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The work on a dispute as the importer does it within minutes: copy the message, record it sent, make the packet. */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class DisputeWorkViewTest {
    @TempDir
    Path temp;

    private WindowFixture fixture;

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void copyTheMessageRecordItSentAndMakeThePacket(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true).open();
        fixture.show(Section.DISPUTES);

        assertThat(text(robot, "#dispute-refund-amount")).isEqualTo("¥425.50");
        assertThat(label(robot, "#dispute-refund-equivalent")).isEqualTo("¥425.50 ≈ 1.553.075 ₫");
        assertThat(text(robot, "#dispute-message-factory")).contains("实收180套");
        robot.interact(() -> scrollIntoView(robot.lookup("#dispute-copy-chinese").query()));
        fixture.screenshot(Path.of("target/screenshots/disputes-work.png"));
        click(robot, "#dispute-copy-chinese");
        assertThat(fixture.desktop().copied).singleElement().asString().contains("2837461920384756123");

        click(robot, "#dispute-next-sent");
        robot.interact(() -> robot.lookup("#step-when").queryAs(TextField.class).setText("2026-11-26 12:00"));
        robot.interact(() -> robot.lookup("#step-note").queryAs(TextArea.class).setText("Gửi qua chat 1688"));
        fixture.screenshot(robot.lookup("#step-save").query().getScene().getRoot(),
                Path.of("target/screenshots/disputes-step-dialog.png"));
        robot.clickOn("#step-save");
        assertThat(robot.lookup("#step-save").tryQuery()).as("the dialog closed").isEmpty();
        assertThat(label(robot, "#dispute-status")).isEqualTo("Sent");
        assertThat(ScreenText.joined(robot, "#dispute-timeline"))
                .contains("Draft | 2026-11-26 10:00").contains("Sent | 2026-11-26 12:00 | Gửi qua chat 1688");
        assertThat(fixture.workspace().services().disputes().all().get(0).status()).isEqualTo(DisputeStatus.SENT);

        Path packet = temp.resolve("Dispute 2837461920384756123.pdf");
        fixture.desktop().willSaveAs(packet);
        click(robot, "#dispute-make-packet");
        assertThat(packet).exists();
        assertThat(Files.size(packet)).isGreaterThan(0);
        assertThat(label(robot, "#status")).startsWith("Wrote Dispute 2837461920384756123.pdf: ");
        assertThat(shown(robot, "#dispute-packet-open")).isTrue();
        click(robot, "#dispute-packet-open");
        assertThat(fixture.desktop().opened).containsExactly(packet);
    }

    @Test
    void aDisputeOnAnOrderWithMissingEvidenceWarnsBeforeThePacketIsBuilt(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true).open();
        Order giftBoxes = fixture.workspace().services().orders().list(null).stream().map(OrderSummary::order)
                .filter(o -> o.orderNumber() == null).findFirst().orElseThrow();
        Dispute opened = fixture.workspace().services().disputes().open(giftBoxes.id(), "Logo in sai màu");
        robot.interact(() -> fixture.window().showDispute(opened.id()));
        fixture.settle();

        assertThat(label(robot, "#dispute-message-why")).startsWith("No message can be drafted yet");
        assertThat(shown(robot, "#dispute-message-factory")).isFalse();
        assertThat(shown(robot, "#dispute-go-receiving")).isTrue();
        assertThat(shown(robot, "#dispute-packet-warning")).isFalse();

        Path packet = temp.resolve("gift boxes.pdf");
        fixture.desktop().willSaveAs(packet);
        click(robot, "#dispute-make-packet");

        assertThat(shown(robot, "#dispute-packet-warning")).isTrue();
        assertThat(label(robot, "#dispute-packet-warning-text"))
                .contains("These evidence categories are missing: Order and confirmation, Receiving and QC.");
        assertThat(packet).doesNotExist();
        fixture.screenshot(Path.of("target/screenshots/disputes-missing-warning.png"));

        click(robot, "#dispute-packet-anyway");
        assertThat(packet).exists();
        assertThat(shown(robot, "#dispute-packet-warning")).isFalse();
    }

    @Test
    void theRefundRequestFolderIsWrittenFromTheChosenImages(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true).open();
        fixture.show(Section.DISPUTES);

        click(robot, "#dispute-refund-request");
        assertThat(label(robot, "#refund-chosen")).isEqualTo("4 of 5 images chosen");
        assertThat(label(robot, "#refund-counter")).matches("\\d+ / 150");
        assertThat(text(robot, "#refund-description")).startsWith("订单2837461920384756123：");
        fixture.screenshot(robot.lookup("#refund-write").query().getScene().getRoot(),
                Path.of("target/screenshots/disputes-refund-request.png"));
        robot.interact(() -> robot.lookup("#refund-description").queryAs(TextInputControl.class).setText("短".repeat(151)));
        assertThat(label(robot, "#refund-counter")).isEqualTo("151 / 150");
        assertThat(robot.lookup("#refund-counter").query().getStyleClass()).contains("problem");
        robot.interact(() -> robot.lookup("#refund-description").queryAs(TextInputControl.class).setText(""));

        fixture.desktop().willChooseFolder(temp.resolve("upload"));
        robot.clickOn("#refund-write");

        Path folder = temp.resolve("upload").resolve("1688 refund request 2837461920384756123");
        assertThat(folder.resolve("1 o1-pallet.jpg")).exists();
        assertThat(folder.resolve("description.txt")).exists();
        assertThat(label(robot, "#refund-result")).isEqualTo("Wrote 4 images and description.txt to " + folder);
    }

    @Test
    void inVietnamese(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true);
        fixture.workspace().services().settings().put("window.language", "vi");
        fixture.open();
        fixture.show(Section.DISPUTES);

        assertThat(robot.lookup("#dispute-copy-chinese").queryAs(javafx.scene.control.Button.class).getText())
                .isEqualTo("Sao chép tin nhắn tiếng Trung");
        assertThat(text(robot, "#dispute-message-buyer")).startsWith("Kính gửi quý xưởng");
        assertThat(ScreenText.joined(robot, "#dispute-steps")).contains("Đã gửi cho xưởng…");
        robot.interact(() -> scrollIntoView(robot.lookup("#dispute-copy-chinese").query()));
        fixture.screenshot(Path.of("target/screenshots/disputes-work-vi.png"));
    }

    /** Clicks a node of the disputes section after scrolling it into view, as the user would. */
    private static void click(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> scrollIntoView(node));
        robot.clickOn(node);
    }

    static void scrollIntoView(Node node) {
        Node parent = node.getParent();
        while (parent != null && !(parent instanceof ScrollPane)) {
            parent = parent.getParent();
        }
        if (!(parent instanceof ScrollPane scroll) || scroll.getContent() == null) {
            return;
        }
        Node content = scroll.getContent();
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
        if (room > 0) {
            scroll.setVvalue(Math.max(0, Math.min(1, (inContent.getMinY() - 20) / room)));
        }
        scroll.layout();
    }

    /** Whether the node and every node around it are visible. */
    private static boolean shown(FxRobot robot, String query) {
        for (Node node = robot.lookup(query).query(); node != null; node = node.getParent()) {
            if (!node.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TextInputControl.class).getText();
    }
}
