package app.dossier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.Order;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes a PNG of every view with the sample business loaded, in English and in Vietnamese, at
 * 1280×720 (the smaller office laptop, where the window opens maximized), to target/screenshots. With {@code -Ddossier.screenshots=docs/screenshots} it writes them there
 * for the README:
 * {@code mvn -B test -Dtest=ScreenshotsTest -Ddossier.screenshots=docs/screenshots}.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class ScreenshotsTest {
    @TempDir
    Path temp;

    @Test
    void everyViewIsPhotographedInBothLanguages() throws Exception {
        Path out = Path.of(System.getProperty("dossier.screenshots", "target/screenshots"));
        List<Path> written = new ArrayList<>();
        for (String language : new String[] {"en", "vi"}) {
            try (WindowFixture fixture = new WindowFixture(temp.resolve(language), true)) {
                fixture.workspace().services().settings().put("window.language", language);
                fixture.open().size(1280, 720);
                var window = fixture.window();
                var services = fixture.workspace().services();
                Order shortOrder = services.orders().find("2837461920384756123");
                // the gift boxes: an off-platform OEM order with a deposit the factory never acknowledged
                long giftBoxes = services.orders().list(null).stream().map(s -> s.order())
                        .filter(o -> o.orderNumber() == null).findFirst().orElseThrow().id();
                String suffix = language.equals("en") ? "" : "-" + language;

                interact(window::showStart);
                written.add(shoot(fixture, out.resolve("start" + suffix + ".png")));
                interact(() -> window.showFactory(shortOrder.factoryId()));
                written.add(shoot(fixture, out.resolve("factories" + suffix + ".png")));
                interact(() -> window.showOrder(giftBoxes));
                written.add(shoot(fixture, out.resolve("orders" + suffix + ".png")));
                interact(() -> window.showReceiving(services.orders().find("2851234098765432101").id()));
                written.add(shoot(fixture, out.resolve("receiving" + suffix + ".png")));
                long dispute = services.disputes().all().get(0).id();
                interact(() -> window.showDispute(dispute));
                written.add(shoot(fixture, out.resolve("disputes" + suffix + ".png")));
            }
        }
        for (Path png : written) {
            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image.getWidth()).as(png.toString()).isGreaterThanOrEqualTo(1200);
            assertThat(Files.size(png)).as(png.toString()).isGreaterThan(20_000);
        }
    }

    private static void interact(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Path shoot(WindowFixture fixture, Path file) throws Exception {
        // Thumbnails load in the background; give them a moment before the picture is taken.
        Thread.sleep(600);
        WaitForAsyncUtils.waitForFxEvents();
        fixture.screenshot(file);
        return file;
    }
}
