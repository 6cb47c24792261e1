package app.dossier.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static app.dossier.ui.Looks.shown;

import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Order;
import app.dossier.domain.PackagingCondition;
import app.dossier.domain.ReceivingRecord;
import app.dossier.ui.shell.Section;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The warehouse screen as someone new to the app goes through it. */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class ReceivingFlowTest {
    @TempDir
    Path temp;

    private WindowFixture fixture;

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void enterAReceivingRecord(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true).open();
        Order tshirts = fixture.workspace().services().orders().find("JX-2026-031");
        fixture.show(Section.RECEIVING);

        robot.clickOn("#rcv-search").write("JX-2026-031");
        Looks.clickCell(robot, "JX-2026-031");
        fixture.settle();
        assertThat(robot.lookup("#rcv-order-expected").queryAs(Label.class).getText()).isEqualTo("Expected: 1,200 pcs");

        robot.clickOn(shown(robot, "#rcv-arrived"))
                .write(app.dossier.domain.DateInput.format(java.time.LocalDateTime.now().minusHours(2)));
        robot.clickOn(shown(robot, "#rcv-units")).write("1180");
        assertThat(robot.lookup("#rcv-units-diff").queryAs(Label.class).getText()).isEqualTo("20 short");
        robot.clickOn(shown(robot, "#rcv-parcels")).write("24");
        robot.clickOn(shown(robot, "#rcv-parcels-expected")).write("24");
        robot.clickOn(shown(robot, "#rcv-packaging-SOME_DAMAGE"));
        robot.clickOn(shown(robot, "#rcv-packaging-notes")).write("1 thùng bị ướt");
        robot.clickOn(shown(robot, "#rcv-sampled")).write("50");
        robot.clickOn(shown(robot, "#rcv-defective")).write("2");
        assertThat(robot.lookup("#rcv-defect-rate").queryAs(Label.class).getText())
                .isEqualTo("2 of 50 checked are defective (4%)");
        fixture.desktop().willChoose(List.of(fixture.workspace().photo("wet-carton.jpg", 8)));
        robot.clickOn(shown(robot, "#rcv-add-photos"));
        Looks.waitForPictures(robot, "#rcv-photos");
        assertThat(robot.lookup("#rcv-photos").queryAs(FlowPane.class).getChildren()).hasSize(1);
        assertThat(Looks.drawn(robot.lookup("#rcv-photos .image-view").queryAs(ImageView.class))).isTrue();
        robot.clickOn(shown(robot, "#rcv-inspected-by")).write("Trần Văn Hùng");
        robot.clickOn(shown(robot, "#rcv-save"));

        ReceivingRecord saved = fixture.workspace().services().receiving().ofOrder(tshirts.id()).orElseThrow();
        assertThat(saved.unitsReceived()).isEqualTo(1180);
        assertThat(saved.unitsShort()).isEqualTo(20);
        assertThat(saved.parcelsReceived()).isEqualTo(24);
        assertThat(saved.packagingCondition()).isEqualTo(PackagingCondition.SOME_DAMAGE);
        assertThat(saved.packagingNotes()).isEqualTo("1 thùng bị ướt");
        assertThat(saved.unitsSampled()).isEqualTo(50);
        assertThat(saved.defectiveUnits()).isEqualTo(2);
        assertThat(saved.inspectedBy()).isEqualTo("Trần Văn Hùng");
        assertThat(fixture.workspace().services().evidence().ofOrder(tshirts.id()))
                .anyMatch(e -> e.category() == EvidenceCategory.RECEIVING && e.fileName().equals("wet-carton.jpg"));

        Label confirmation = robot.lookup("#rcv-saved").queryAs(Label.class);
        assertThat(confirmation.isVisible()).isTrue();
        assertThat(confirmation.getText())
                .isEqualTo("Saved. Order JX-2026-031: 1,180 of 1,200 pcs received (20 short). 1 photo.");
        assertThat(robot.lookup("#rcv-search").queryAs(TextField.class).isVisible()).as("ready for the next delivery")
                .isTrue();
        assertThat(robot.lookup("#rcv-units").queryAs(TextField.class).getText()).isEmpty();
        assertThat(robot.lookup("#rcv-photos").queryAs(FlowPane.class).getChildren()).isEmpty();
    }

    @Test
    void mistakesAreShownInWordsBesideTheField(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true).open();
        fixture.show(Section.RECEIVING);
        robot.clickOn("#rcv-search").write("hoodie");
        Looks.clickCell(robot, "2851234098765432101");
        fixture.settle();
        robot.clickOn(shown(robot, "#rcv-units")).write("300");
        robot.clickOn(shown(robot, "#rcv-sampled")).write("10");
        robot.clickOn(shown(robot, "#rcv-defective")).write("12");
        fixture.desktop().willChoose(List.of(fixture.workspace().textFile("not-a-photo.jpg", "hello")));
        robot.clickOn(shown(robot, "#rcv-add-photos"));
        Looks.waitForPictures(robot, "#rcv-photos");
        Label broken = robot.lookup("#rcv-photos .file-tile-problem").queryAs(Label.class);
        assertThat(broken.isVisible()).as("a picture that cannot be read says so").isTrue();
        assertThat(broken.getText()).isNotBlank();
        robot.clickOn(shown(robot, "#rcv-save"));

        Label error = robot.lookup("#rcv-defective-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText())
                .isEqualTo("More units are defective (12) than were checked (10). Count defects among the units you checked.");
        assertThat(robot.lookup("#rcv-error").queryAs(Label.class).getText())
                .isEqualTo("Some answers need fixing; they are marked in red.");
    }

    @Test
    void anOrderOpenedFromItsPageIsChosenWithItsRecord(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true).open();
        Order spatulas = fixture.workspace().services().orders().find("2837461920384756123");
        robot.interact(() -> fixture.window().showOrder(spatulas.id()));
        fixture.settle();
        robot.clickOn("#order-receive");

        assertThat(robot.lookup("#rcv-order-card").query().isVisible()).isTrue();
        assertThat(robot.lookup("#rcv-units").queryAs(TextField.class).getText()).isEqualTo("180");
        assertThat(robot.lookup("#rcv-units-diff").queryAs(Label.class).getText()).isEqualTo("20 short");
        assertThat(robot.lookup("#rcv-correcting").queryAs(Label.class).getText()).contains("4 photos");
    }
}
