package app.dossier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Order;
import app.dossier.imports.LongMemoTraceChat;
import app.dossier.service.ProgressListener;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A long chat export brought in from the order's Chat and agreements: the status line shows how far
 * the import has read, with Stop; stopped, nothing of the chat is kept. Writes
 * target/screenshots/orders-chat-importing.png.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class LongChatWindowTest {
    @TempDir
    Path temp;

    private WindowFixture fixture;

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void theStatusLineShowsTheImportGoingAndStopKeepsNothing(FxRobot robot) throws Exception {
        Path chat = temp.resolve("李丽 2021-2026.csv");
        LongMemoTraceChat.write(chat, 40_000);
        fixture = new WindowFixture(temp.resolve("data"), true).inBackground().open();
        var services = fixture.workspace().services();
        Order lunchBoxes = services.orders().find("2840019375561028394");
        int files = services.evidence().ofOrder(lunchBoxes.id()).size();
        robot.interact(() -> fixture.window().showOrder(lunchBoxes.id()));
        fixture.settle();
        robot.clickOn("#tab-title-AGREEMENT");
        robot.clickOn("#show-chats");
        fixture.desktop().willChoose(List.of(chat));
        robot.clickOn(Looks.shown(robot, "#chat-import"));
        robot.interact(() -> robot.lookup("#chat-me").queryAs(TextField.class).setText("Nguyễn Thị Hằng"));
        robot.clickOn("#chat-dialog-ok");
        // the first chat import asks once which zone its times were written in: this computer's
        robot.clickOn("#chat-zone-ok");

        // the status line says how far it has read, a bar filling, and offers Stop
        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> statusText(robot).contains("messages read")
                && progress(robot) > 0);
        assertThat(statusText(robot)).contains("Importing the chat…").contains("“李丽 2021-2026.csv”");
        String stop = Looks.shown(robot, "#stop-task");
        fixture.screenshot((Node) robot.lookup(".status-bar").query(), Path.of("target/screenshots/orders-chat-importing.png"));
        assertThat(robot.lookup("#chat-import").<Node>query().isDisabled()).as("one import at a time").isTrue();
        robot.clickOn(stop);

        // the Stop button goes with the line's work shown, and the chat's notice says what became of it
        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> !robot.lookup("#stop-task").<Node>query().getParent()
                .isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#chat-notice").queryAs(Label.class).getText())
                .isEqualTo("Stopped: “李丽 2021-2026.csv” was not imported, and nothing of it was kept.");
        assertThat(services.chats().chats(lunchBoxes.id())).isEmpty();
        assertThat(services.evidence().ofOrder(lunchBoxes.id())).hasSize(files)
                .noneMatch(e -> e.category() == EvidenceCategory.AGREEMENT && e.originalName().startsWith("李丽 2021"));
        assertThat(services.search().search("ZX-7781")).isEmpty();
        assertThat(services.verify().verify(ProgressListener.NONE).problems()).isEmpty();
        assertThat(robot.lookup("#chat-import").<Node>query().isDisabled()).as("ready for the next").isFalse();
    }

    private static String statusText(FxRobot robot) {
        return robot.lookup(".status-bar .label").queryAll().stream().map(n -> ((Label) n).getText())
                .filter(t -> t != null).reduce("", (a, b) -> a + " | " + b);
    }

    private static double progress(FxRobot robot) {
        return robot.lookup(".status-bar .progress-bar").queryAs(ProgressBar.class).getProgress();
    }
}
