package app.dossier.ui;

import static app.dossier.ui.Looks.shown;
import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.DateInput;
import app.dossier.domain.Language;
import app.dossier.domain.Order;
import app.dossier.domain.ReceivingRecord;
import app.dossier.domain.guidance.Finding;
import app.dossier.domain.words.Words;
import app.dossier.photos.PhoneFiles;
import app.dossier.ui.shell.Section;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The warehouse drops photos taken two days ago: "Arrived at" is proposed from the earliest one and
 * says so, the record is said to be late before saving, an arrival typed after a photo flags that
 * photo by name, and saving keeps the order's late warning. Writes target/screenshots/receiving-arrival*.png.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class ArrivalFromPhotosFlowTest {
    private static final Path OUT = Path.of("target/screenshots");
    private static final DateTimeFormatter EXIF = DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss");

    @TempDir
    Path temp;

    private WindowFixture fixture;

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    /** A phone's JPEG, held upright, taken at {@code taken} on this computer's clock. */
    private Path photo(String name, LocalDateTime taken) {
        return PhoneFiles.write(temp.resolve("phone"), name,
                PhoneFiles.jpeg(PhoneFiles.picture(640, 480), PhoneFiles.exif(EXIF.format(taken), null, 6)));
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private void receive(FxRobot robot, LocalDateTime pallet, LocalDateTime label) throws Exception {
        fixture.show(Section.RECEIVING);
        robot.clickOn("#rcv-search").write("JX-2026-031");
        Looks.clickCell(robot, "JX-2026-031");
        fixture.settle();
        assertThat(robot.lookup("#rcv-arrived").queryAs(TextField.class).getText()).as("no default of now").isEmpty();
        robot.clickOn(shown(robot, "#rcv-units")).write("1200");
        robot.clickOn(shown(robot, "#rcv-packaging-INTACT"));
        robot.clickOn(shown(robot, "#rcv-sampled")).write("50");
        robot.clickOn(shown(robot, "#rcv-defective")).write("0");
        robot.clickOn(shown(robot, "#rcv-inspected-by")).write("Trần Văn Hùng");
        fixture.desktop().willChoose(List.of(photo("IMG_0415.jpg", label), photo("IMG_0412.jpg", pallet)));
        robot.clickOn(shown(robot, "#rcv-add-photos"));
        Looks.waitForPictures(robot, "#rcv-photos");
        fixture.settle();
    }

    private void showArrival(FxRobot robot) {
        robot.interact(() -> app.dossier.ui.common.Scrolling.reveal(robot.lookup("#rcv-units").query()));
    }

    @Test
    void photosTakenTwoDaysAgoProposeTheArrivalAndTheRecordIsSavedLate(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true).open();
        Order tshirts = fixture.workspace().services().orders().find("JX-2026-031");
        LocalDateTime pallet = LocalDateTime.now().minusDays(2).minusHours(3).truncatedTo(ChronoUnit.SECONDS);
        receive(robot, pallet, pallet.plusMinutes(6));

        LocalDateTime arrival = pallet.truncatedTo(ChronoUnit.MINUTES);
        assertThat(robot.lookup("#rcv-arrived").queryAs(TextField.class).getText())
                .isEqualTo(DateInput.format(arrival));
        String taken = Words.english().time(arrival);
        assertThat(text(robot, "#rcv-arrival-source"))
                .isEqualTo("From the earliest photo, IMG_0412.jpg, taken " + taken + ". Change it if the goods came earlier.");
        assertThat(text(robot, "#rcv-photos-arrival")).isEqualTo(text(robot, "#rcv-arrival-source"));
        Label late = robot.lookup("#rcv-arrival-late").queryAs(Label.class);
        assertThat(late.isVisible()).isTrue();
        assertThat(late.getText()).startsWith("Late: with this arrival time the record is saved as late")
                .contains("The goods were checked 51 hours after they arrived, later than 48 hours.");
        showArrival(robot);
        fixture.screenshot(robot.lookup("#receiving-view").query(), OUT.resolve("receiving-arrival.png"));

        // Typed as now, the arrival would clear the warning: the photo taken before it is named.
        TextField field = robot.lookup("#rcv-arrived").queryAs(TextField.class);
        LocalDateTime typed = LocalDateTime.now().minusMinutes(5).truncatedTo(ChronoUnit.MINUTES);
        robot.interact(() -> field.setText(DateInput.format(typed)));
        assertThat(robot.lookup("#rcv-arrival-flags").queryAs(VBox.class).getChildren()).hasSize(2);
        assertThat(robot.lookup("#rcv-arrival-flags .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("IMG_0412.jpg was taken " + taken + ", before the arrival time ("
                        + Words.english().time(typed) + ").");
        assertThat(robot.lookup("#rcv-arrival-keep").queryAs(CheckBox.class).isVisible()).isTrue();
        assertThat(late.isVisible()).as("in time, as typed").isFalse();
        showArrival(robot);
        fixture.screenshot(robot.lookup("#receiving-view").query(), OUT.resolve("receiving-arrival-flag.png"));

        robot.clickOn(shown(robot, "#rcv-save"));
        assertThat(text(robot, "#rcv-error")).startsWith("2 photos were taken before the arrival time.");
        assertThat(fixture.workspace().services().receiving().ofOrder(tshirts.id())).as("nothing saved").isEmpty();

        robot.clickOn(shown(robot, "#rcv-arrival-use"));
        assertThat(field.getText()).isEqualTo(DateInput.format(arrival));
        assertThat(robot.lookup("#rcv-arrival-keep").queryAs(CheckBox.class).isVisible()).isFalse();
        robot.clickOn(shown(robot, "#rcv-save"));

        ReceivingRecord saved = fixture.workspace().services().receiving().ofOrder(tshirts.id()).orElseThrow();
        assertThat(saved.arrivedAt()).isEqualTo(arrival);
        assertThat(fixture.workspace().services().guidance().findings(tshirts.id())).extracting(Finding::kind)
                .as("the overdue state stays honest: the check was late").contains(Finding.Kind.INSPECTED_LATE);
    }

    @Test
    void inVietnameseThePhotoTakenBeforeTheArrivalIsNamedAndTheArrivalMayBeKeptDeliberately(FxRobot robot)
            throws Exception {
        fixture = new WindowFixture(temp, true);
        fixture.workspace().services().settings().put("window.language", "vi");
        fixture.open();
        Order tshirts = fixture.workspace().services().orders().find("JX-2026-031");
        LocalDateTime pallet = LocalDateTime.now().minusDays(2).minusHours(3).truncatedTo(ChronoUnit.SECONDS);
        receive(robot, pallet, pallet.plusMinutes(6));
        assertThat(text(robot, "#rcv-arrival-source")).startsWith("Lấy từ ảnh sớm nhất, IMG_0412.jpg, chụp lúc ");
        assertThat(text(robot, "#rcv-arrival-late")).startsWith("Trễ hạn:");
        showArrival(robot);
        fixture.screenshot(robot.lookup("#receiving-view").query(), OUT.resolve("receiving-arrival-vi.png"));

        TextField field = robot.lookup("#rcv-arrived").queryAs(TextField.class);
        LocalDateTime typed = pallet.plusMinutes(3).truncatedTo(ChronoUnit.MINUTES);
        robot.interact(() -> field.setText(DateInput.format(typed)));
        assertThat(robot.lookup("#rcv-arrival-flags .label").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("IMG_0412.jpg được chụp lúc "
                        + Words.in(Language.VIETNAMESE).time(pallet) + ", trước giờ hàng về đã ghi ("
                        + Words.in(Language.VIETNAMESE).time(typed)
                        + ").");
        robot.clickOn(shown(robot, "#rcv-arrival-keep"));
        showArrival(robot);
        fixture.screenshot(robot.lookup("#receiving-view").query(), OUT.resolve("receiving-arrival-flag-vi.png"));
        robot.clickOn(shown(robot, "#rcv-save"));

        assertThat(fixture.workspace().services().receiving().ofOrder(tshirts.id()).orElseThrow().arrivedAt())
                .as("kept deliberately").isEqualTo(typed);
    }
}
