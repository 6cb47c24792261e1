package app.dossier.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.dossier.domain.DefectRegion;
import app.dossier.domain.Evidence;
import app.dossier.domain.Order;
import app.dossier.ui.order.EvidenceItem;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.Rectangle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Marking the defect on a photo in the order view: drag a rectangle on the photo shown upright,
 * save, and the file's record holds the region and its tile outlines it. Writes
 * target/screenshots/orders-mark-defect.png.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class DefectMarkFlowTest {
    private static final Path OUT = Path.of("target/screenshots");

    @TempDir
    Path temp;

    private WindowFixture fixture;

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void dragARectangleOnThePhotoAndSaveIt(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true).open();
        Order spatulas = fixture.workspace().services().orders().find("2837461920384756123");
        Evidence closeUp = fixture.workspace().services().evidence().ofOrder(spatulas.id()).stream()
                .filter(e -> e.fileName().equals("o1-defect-closeup.jpg")).findFirst().orElseThrow();
        robot.interact(() -> fixture.window().showOrder(spatulas.id()));
        fixture.settle();
        robot.clickOn("#tab-title-RECEIVING");
        Looks.waitForPictures(robot, "#files-RECEIVING");

        robot.clickOn(Looks.shown(robot, "#mark-defect-" + closeUp.id()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#defect-photo").tryQuery().isPresent());
        Node photo = robot.lookup("#defect-photo").query();
        Bounds shown = photo.getLayoutBounds();
        assertThat(shown.getHeight()).as("taken with the phone upright, shown upright").isGreaterThan(shown.getWidth());
        assertThat(robot.lookup("#defect-save").query().isDisabled()).as("nothing drawn yet").isTrue();

        // around the crack in the handle
        robot.moveTo(at(photo, 0.42, 0.38)).press(MouseButton.PRIMARY)
                .moveTo(at(photo, 0.50, 0.45))
                .moveTo(at(photo, 0.59, 0.51)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#defect-outline").queryAs(Rectangle.class).isVisible()).isTrue();
        assertThat(robot.lookup("#defect-summary").queryAs(Label.class).getText()).startsWith("Marked: ").endsWith("% of the photo.");
        fixture.screenshot(robot.lookup("#defect-dialog").query(), OUT.resolve("orders-mark-defect.png"));
        robot.clickOn("#defect-save");
        WaitForAsyncUtils.waitForFxEvents();

        DefectRegion saved = fixture.workspace().services().evidence().ofOrder(spatulas.id()).stream()
                .filter(e -> e.id() == closeUp.id()).findFirst().orElseThrow().defectRegion();
        assertThat(saved).isNotNull();
        assertThat(saved.left()).isCloseTo(0.42, within(0.01));
        assertThat(saved.top()).isCloseTo(0.38, within(0.01));
        assertThat(saved.width()).isCloseTo(0.17, within(0.01));
        assertThat(saved.height()).isCloseTo(0.13, within(0.01));
        assertThat(robot.lookup("#status").queryAs(Label.class).getText())
                .isEqualTo("Marked the defect on o1-defect-closeup.jpg: the dispute packet shows it close up.");

        fixture.settle();
        Looks.waitForPictures(robot, "#files-RECEIVING");
        Node tile = robot.lookup("#files-RECEIVING .evidence-tile")
                .match((Node n) -> n.getUserData() instanceof EvidenceItem item && item.evidence().id() == closeUp.id())
                .query();
        Rectangle outline = robot.from(tile).lookup(".file-tile-defect").queryAs(Rectangle.class);
        assertThat(outline.isVisible()).isTrue();
        assertThat(outline.getWidth()).isGreaterThan(5);
        fixture.screenshot(robot.lookup("#files-RECEIVING").query(), OUT.resolve("orders-photos-marked.png"));
    }

    @Test
    void inVietnameseATinyRectangleIsRefusedInWordsAndCancelChangesNothing(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true);
        fixture.workspace().services().settings().put("window.language", "vi");
        fixture.open();
        Order spatulas = fixture.workspace().services().orders().find("2837461920384756123");
        Evidence closeUp = fixture.workspace().services().evidence().ofOrder(spatulas.id()).stream()
                .filter(e -> e.fileName().equals("o1-defect-closeup.jpg")).findFirst().orElseThrow();
        robot.interact(() -> fixture.window().showOrder(spatulas.id()));
        fixture.settle();
        robot.clickOn("#tab-title-RECEIVING");
        Looks.waitForPictures(robot, "#files-RECEIVING");

        robot.clickOn(Looks.shown(robot, "#mark-defect-" + closeUp.id()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#defect-photo").tryQuery().isPresent());
        Node photo = robot.lookup("#defect-photo").query();
        robot.moveTo(at(photo, 0.30, 0.30)).press(MouseButton.PRIMARY)
                .moveTo(at(photo, 0.302, 0.32)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#defect-problem").queryAs(Label.class).getText())
                .isEqualTo("Hãy kéo khung lớn hơn: mỗi chiều ít nhất 1% của ảnh.");
        assertThat(robot.lookup("#defect-summary").queryAs(Label.class).getText()).isEqualTo("Chưa đánh dấu gì.");
        assertThat(robot.lookup("#defect-save").queryAs(javafx.scene.control.Button.class).getText()).isEqualTo("Lưu");
        fixture.screenshot(robot.lookup("#defect-dialog").query(), OUT.resolve("orders-mark-defect-vi.png"));
        assertThat(robot.lookup("#defect-cancel").queryAs(javafx.scene.control.Button.class).getText()).isEqualTo("Hủy");
        robot.clickOn("#defect-cancel");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#defect-photo").tryQuery()).isEmpty();
        assertThat(fixture.workspace().services().evidence().ofOrder(spatulas.id()).stream()
                .filter(e -> e.id() == closeUp.id()).findFirst().orElseThrow().defectRegion()).isNull();
    }

    private static Point2D at(Node node, double x, double y) {
        Bounds screen = node.localToScreen(node.getLayoutBounds());
        return new Point2D(screen.getMinX() + x * screen.getWidth(), screen.getMinY() + y * screen.getHeight());
    }
}
