package app.dossier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.Dispute;
import app.dossier.domain.DisputeEvent;
import app.dossier.domain.DisputeStatus;
import app.dossier.domain.Evidence;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Order;
import app.dossier.ui.shell.Section;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A dispute step recorded wrong is corrected from its menu and removed with the Delete key; a receiving
 * record entered by mistake is removed from the order view, its photos kept. Each after a confirmation.
 * Writes target/screenshots/disputes-step-chosen.png, disputes-step-edit.png, orders-receiving-record.png and
 * orders-receiving-removed.png.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class CorrectionFlowTest {
    private static final Path OUT = Path.of("target/screenshots");
    private static final String SPATULAS = "2837461920384756123";

    @TempDir
    Path temp;

    private WindowFixture fixture;

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void aStepsNoteIsCorrectedFromItsMenuAndTheStepRemovedWithTheDeleteKey(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true).open();
        Order spatulas = fixture.workspace().services().orders().find(SPATULAS);
        Dispute dispute = fixture.workspace().services().disputes().ofOrder(spatulas.id()).get(0);
        fixture.workspace().services().disputes().advance(dispute.id(), DisputeStatus.SENT,
                LocalDateTime.of(2026, 11, 26, 10, 30), "Gửi qua chat 1688", List.of());
        fixture.show(Section.DISPUTES);
        assertThat(label(robot, "#dispute-status")).isEqualTo("Sent");

        Node step = robot.lookup("#dispute-step-2").query();
        robot.interact(() -> DisputeWorkViewTest.scrollIntoView(step));
        robot.clickOn(step);
        requestMenu(robot, step);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("Edit…").tryQuery().isPresent());
        fixture.screenshot(robot.lookup("#dispute-steps").query(), OUT.resolve("disputes-step-chosen.png"));
        robot.clickOn("Edit…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#step-note").tryQuery().isPresent());

        TextArea note = robot.lookup("#step-note").queryAs(TextArea.class);
        assertThat(note.getText()).isEqualTo("Gửi qua chat 1688");
        assertThat(robot.lookup("#step-when").queryAs(TextField.class).getText()).isEqualTo("2026-11-26 10:30");
        robot.interact(() -> robot.lookup("#step-when").queryAs(TextField.class).setText("2026-11-27 09:00"));
        robot.clickOn("#step-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#step-problem")).isEqualTo(
                "This step is dated 2026-11-27 09:00, after today (2026-11-26). Check the date.");
        robot.interact(() -> robot.lookup("#step-when").queryAs(TextField.class).setText("2026-11-26 10:20"));
        robot.interact(() -> note.setText("Gửi tin nhắn và 4 ảnh qua chat 1688 — 已发送"));
        fixture.screenshot(robot.lookup("#step-save").query().getScene().getRoot(),
                OUT.resolve("disputes-step-edit.png"));
        robot.clickOn("#step-save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#step-save").tryQuery()).as("the dialog closed").isEmpty();
        assertThat(ScreenText.joined(robot, "#dispute-timeline"))
                .contains("Sent | 2026-11-26 10:20 | Gửi tin nhắn và 4 ảnh qua chat 1688 — 已发送")
                .doesNotContain("Gửi qua chat 1688 |");
        DisputeEvent corrected = fixture.workspace().services().disputes().byId(dispute.id()).events().get(1);
        assertThat(corrected.note()).isEqualTo("Gửi tin nhắn và 4 ảnh qua chat 1688 — 已发送");
        assertThat(label(robot, "#status")).isEqualTo("Corrected step 2: Sent on 2026-11-26 10:20.");

        Node again = robot.lookup("#dispute-step-2").query();
        robot.interact(() -> DisputeWorkViewTest.scrollIntoView(again));
        robot.clickOn(again);
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane confirm = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(confirm.getContentText()).contains("Remove step 2, Sent on 2026-11-26 10:20?")
                .contains("stay among the order's files");
        robot.clickOn((Button) confirm.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        fixture.settle();

        assertThat(fixture.workspace().services().disputes().byId(dispute.id()).status()).isEqualTo(DisputeStatus.DRAFT);
        assertThat(label(robot, "#dispute-status")).isEqualTo("Draft");
        assertThat(robot.lookup("#dispute-step-2").tryQuery()).isEmpty();
        assertThat(robot.lookup("#dispute-next-sent").tryQuery()).as("it can be sent again").isPresent();
    }

    @Test
    void aReceivingRecordIsRemovedFromTheOrderViewAndItsPhotosStay(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true).open();
        Order spatulas = fixture.workspace().services().orders().find(SPATULAS);
        Dispute dispute = fixture.workspace().services().disputes().ofOrder(spatulas.id()).get(0);
        List<Evidence> photos = fixture.workspace().services().evidence().ofOrder(spatulas.id()).stream()
                .filter(e -> e.category() == EvidenceCategory.RECEIVING).toList();
        robot.interact(() -> fixture.window().showOrder(spatulas.id()));
        fixture.settle();
        robot.clickOn("#tab-title-RECEIVING");
        fixture.settle();

        fixture.screenshot(robot.lookup("#receiving-record").query(), OUT.resolve("orders-receiving-record.png"));
        robot.clickOn(Looks.shown(robot, "#receiving-remove"));
        okIn(robot, "Remove the receiving record of order " + SPATULAS + "?");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane refused = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(refused.getContentText()).contains("cannot be removed while its dispute is open")
                .contains("Correct the record instead");
        robot.clickOn((Button) refused.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.workspace().services().receiving().ofOrder(spatulas.id())).isPresent();

        fixture.workspace().services().disputes().advance(dispute.id(), DisputeStatus.CLOSED,
                LocalDateTime.of(2026, 11, 26, 10, 30), "Xưởng đã gửi bù", List.of());
        robot.clickOn(Looks.shown(robot, "#receiving-remove"));
        okIn(robot, "its photos stay among the order's Receiving and QC files");
        WaitForAsyncUtils.waitForFxEvents();
        fixture.settle();

        assertThat(fixture.workspace().services().receiving().ofOrder(spatulas.id())).isEmpty();
        assertThat(ScreenText.joined(robot, "#receiving-record")).contains("Not received yet.");
        assertThat(robot.lookup("#receiving-remove").query().isVisible()).isFalse();
        assertThat(label(robot, "#status")).isEqualTo("Removed the receiving record of order " + SPATULAS
                + "; its photos stay in Receiving and QC.");
        assertThat(fixture.workspace().services().evidence().ofOrder(spatulas.id()))
                .filteredOn(e -> e.category() == EvidenceCategory.RECEIVING).isEqualTo(photos);
        fixture.screenshot(OUT.resolve("orders-receiving-removed.png"));
    }

    /** The step's menu, as a right click asks for it (Monocle does not always turn one into the request). */
    private static void requestMenu(FxRobot robot, Node node) {
        robot.interact(() -> {
            Point2D at = node.localToScreen(20, 10);
            node.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 20, 10, at.getX(), at.getY(),
                    false, null));
        });
    }

    /** Answers OK to the confirmation that says {@code words}. */
    private static void okIn(FxRobot robot, String words) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane confirm = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(confirm.getContentText()).contains(words);
        robot.clickOn((Button) confirm.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
