package app.dossier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Order;
import app.dossier.photos.PhoneFiles;
import app.dossier.service.EvidenceInput;
import app.dossier.service.ProgressListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.image.ImageView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * An iPhone's HEIC photo and a photo from a phone with a wrong clock, in the order view: the HEIC
 * drawn like any photo, the wrong time said beside the photo (target/screenshots/orders-phone-photos.png).
 */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class PhonePhotosViewTest {
    @TempDir
    Path temp;

    private WindowFixture fixture;

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void aHeicIsDrawnAndAWrongClockIsSaid(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true).open();
        Order spatulas = fixture.workspace().services().orders().find("2837461920384756123");
        Path phone = Files.createDirectories(temp.resolve("phone"));
        Path heic = Files.copy(PhoneFiles.SAMPLES.resolve("iphone-grid.heic"), phone.resolve("IMG_1001.HEIC"));
        Path wrongClock = PhoneFiles.write(phone, "IMG_20150101.jpg", PhoneFiles.jpeg(PhoneFiles.picture(640, 480),
                PhoneFiles.exif("2015:01:01 00:03:00", null, 1)));
        fixture.workspace().services().evidence().attach(spatulas.id(), EvidenceCategory.RECEIVING,
                List.of(EvidenceInput.of(heic), EvidenceInput.of(wrongClock)), ProgressListener.NONE);

        robot.interact(() -> fixture.window().showOrder(spatulas.id()));
        fixture.settle();
        robot.clickOn("#tab-title-RECEIVING");
        Looks.waitForPictures(robot, "#files-RECEIVING");

        List<ImageView> pictures = List.copyOf(robot.lookup("#files-RECEIVING .image-view").queryAllAs(ImageView.class));
        assertThat(pictures).hasSize(6);
        assertThat(pictures).allSatisfy(view -> {
            assertThat(view.getImage()).isNotNull();
            assertThat(view.getImage().isError()).isFalse();
        });
        String words = String.join("\n", robot.lookup("#files-RECEIVING .label").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).toList());
        assertThat(words).contains("IMG_1001.HEIC", "Taken 2026-10-03 10:31", "clock of the phone seems wrong");
        Node tiles = robot.lookup("#files-RECEIVING").query();
        fixture.screenshot(tiles, Path.of("target/screenshots/orders-phone-photos.png"));
    }
}
