package app.dossier.ui;

import static app.dossier.ui.Looks.shown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Order;
import app.dossier.photos.PhoneFiles;
import app.dossier.service.OrderSummary;
import app.dossier.ui.receiving.PhonePageModel;
import app.dossier.ui.shell.Section;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Receive with a phone" on the warehouse screen, with this test as the phone: the QR code the window
 * shows is read back as a camera reads it, a photo and a record are sent to the address it holds, and
 * the window says so and reloads; a new address and Turn off shut the old ones out. The page listens
 * on this computer only ({@link PhonePageModel#LISTEN}).
 */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class ReceiveWithAPhoneWindowTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path temp;

    private WindowFixture fixture;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void onThisComputerOnly() {
        System.setProperty(PhonePageModel.LISTEN, "loopback");
    }

    @AfterEach
    void close() throws Exception {
        System.clearProperty(PhonePageModel.LISTEN);
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void thePhoneScansTheCodeSavesARecordAndTheWindowShowsItThenTheAddressesAreShutOut(FxRobot robot)
            throws Exception {
        fixture = new WindowFixture(temp, true).open().size(1280, 720);
        Order hoodies = fixture.workspace().services().orders().find("2851234098765432101");
        fixture.show(Section.RECEIVING);
        assertThat(seen(robot, "#rcv-phone-qr")).as("off until asked").isFalse();

        robot.clickOn(shown(robot, "#rcv-phone-on"));
        waitUntil(() -> seen(robot, "#rcv-phone-qr"));
        fixture.settle();
        String address = robot.lookup("#rcv-phone-address").queryAs(TextField.class).getText();
        assertThat(address).matches("http://127\\.0\\.0\\.1:\\d+/r/[A-Za-z0-9_-]{43}/");
        assertThat(scanned(robot)).as("what the phone's camera reads").isEqualTo(address);
        ImageView qr = robot.lookup("#rcv-phone-qr").queryAs(ImageView.class);
        assertThat(qr.getImage().getWidth()).as("large enough to read off a laptop's screen").isGreaterThanOrEqualTo(200);
        assertThat(quietZoneInModules(qr.getImage())).as("the white margin readers need").isEqualTo(4);
        assertThat(robot.lookup("#rcv-phone-can").queryAs(Label.class).getText())
                .contains("orders waiting for goods").contains("nothing else").contains("same Wi-Fi");
        fitsSideways(robot);
        fixture.screenshot(Path.of("target/screenshots/receiving-phone.png"));

        String photo = JSON.readTree(upload(address, hoodies.id(), "Ảnh thùng hàng 1.jpg",
                PhoneFiles.jpeg(PhoneFiles.picture(80, 60), PhoneFiles.exif("2026:11:26 09:14:00", "+07:00", 1)))
                .body()).get("id").asText();
        waitUntil(() -> robot.lookup("#rcv-phone-waiting").queryAs(Label.class).getText()
                .equals("1 photo sent, waiting for Save on the phone"));

        String arrived = LocalDateTime.now().minusHours(2).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
        HttpResponse<String> saved = send(HttpRequest.newBuilder(URI.create(address + "api/orders/" + hoodies.id()
                + "/receiving?lang=vi")).POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of(
                        "arrivedAt", arrived, "unitsReceived", "295", "packaging", "INTACT",
                        "inspectedBy", "Nguyễn Thị Lan", "photos", List.of(photo))))));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);

        String said = "Saved from the phone. Order 2851234098765432101: 295 of " + hoodies.quantity();
        waitUntil(() -> robot.lookup("#status").queryAs(Label.class).getText().startsWith(said));
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).as("the sample's pallet photo and the phone's")
                .endsWith("received (" + (hoodies.quantity() - 295) + " short). 1 photo sent with the record.");
        waitUntil(() -> finderShows(robot, hoodies.id()).received());
        assertThat(fixture.workspace().services().evidence().ofOrder(hoodies.id()))
                .anyMatch(e -> e.category() == EvidenceCategory.RECEIVING && e.originalName().equals("Ảnh thùng hàng 1.jpg"));
        waitUntil(() -> robot.lookup("#rcv-phone-waiting").queryAs(Label.class).getText()
                .equals("No photos sent yet that wait for Save"));

        robot.clickOn(shown(robot, "#rcv-phone-new"));
        fixture.settle();
        String renewed = robot.lookup("#rcv-phone-address").queryAs(TextField.class).getText();
        assertThat(renewed).isNotEqualTo(address);
        assertThat(scanned(robot)).as("the QR code changed with it").isEqualTo(renewed);
        assertThat(send(HttpRequest.newBuilder(URI.create(address + "api/orders")).GET()).statusCode())
                .as("the old address is revoked").isEqualTo(404);
        assertThat(send(HttpRequest.newBuilder(URI.create(renewed + "api/orders")).GET()).statusCode()).isEqualTo(200);

        // The page stays on while the window shows an order: the order's page reloads with the record.
        Order giftBoxes = fixture.workspace().services().orders().list(null).stream().map(OrderSummary::order)
                .filter(o -> o.orderNumber() == null).findFirst().orElseThrow();
        robot.interact(() -> fixture.window().showOrder(giftBoxes.id()));
        fixture.settle();
        robot.clickOn(Looks.shown(robot, "#tab-title-RECEIVING"));
        assertThat(robot.lookup("#receiving-edit").queryAs(javafx.scene.control.Button.class).getText())
                .isEqualTo("Receive this order");
        HttpResponse<String> second = send(HttpRequest.newBuilder(URI.create(renewed + "api/orders/" + giftBoxes.id()
                + "/receiving")).POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of(
                        "arrivedAt", arrived, "unitsReceived", Long.toString(giftBoxes.quantity()),
                        "packaging", "INTACT", "inspectedBy", "Trần Văn Hùng")))));
        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        waitUntil(() -> robot.lookup("#receiving-edit").queryAs(javafx.scene.control.Button.class).getText()
                .equals("Edit on the receiving screen"));
        assertThat(robot.lookup("#status").queryAs(Label.class).getText())
                .startsWith("Saved from the phone. Order " + giftBoxes.label() + ": 2,000 of 2,000");
        fixture.show(Section.RECEIVING);

        robot.clickOn(shown(robot, "#rcv-phone-off"));
        fixture.settle();
        assertThatThrownBy(() -> send(HttpRequest.newBuilder(URI.create(renewed + "api/orders")).GET()))
                .isInstanceOf(ConnectException.class);
        assertThat(seen(robot, "#rcv-phone-qr")).isFalse();
        assertThat(seen(robot, "#rcv-phone-on")).isTrue();
    }

    @Test
    void anotherLanguageOrClosingTheWindowTurnsThePageOff(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true).open().size(1280, 720);
        fixture.show(Section.RECEIVING);
        String english = turnOn(robot);

        // Settings › another language builds the window again: the page it had is turned off.
        robot.clickOn("#tools").clickOn("#settings");
        @SuppressWarnings("unchecked")
        ComboBox<Locale> language = robot.lookup("#language").queryAs(ComboBox.class);
        robot.interact(() -> language.setValue(Locale.forLanguageTag("vi")));
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertThatThrownBy(() -> send(HttpRequest.newBuilder(URI.create(english + "api/orders")).GET()))
                .as("the window was built again: the page is off").isInstanceOf(ConnectException.class);

        fixture.show(Section.RECEIVING);
        String address = turnOn(robot);
        assertThat(robot.lookup("#rcv-phone-can").queryAs(Label.class).getText())
                .contains("đơn đang chờ hàng").contains("cùng một mạng Wi-Fi");
        assertThat(robot.lookup("#rcv-phone-waiting").queryAs(Label.class).getText())
                .isEqualTo("Chưa có ảnh nào đang chờ lưu");
        fitsSideways(robot);
        fixture.screenshot(Path.of("target/screenshots/receiving-phone-vi.png"));

        robot.interact(() -> fixture.stage().fireEvent(
                new javafx.stage.WindowEvent(fixture.stage(), javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThatThrownBy(() -> send(HttpRequest.newBuilder(URI.create(address + "api/orders")).GET()))
                .as("the window closed: the page is off").isInstanceOf(ConnectException.class);
    }

    /** Turns the page on and returns its address, checked against what the QR code says. */
    private String turnOn(FxRobot robot) throws Exception {
        robot.clickOn(shown(robot, "#rcv-phone-on"));
        waitUntil(() -> seen(robot, "#rcv-phone-qr"));
        fixture.settle();
        String address = robot.lookup("#rcv-phone-address").queryAs(TextField.class).getText();
        assertThat(scanned(robot)).isEqualTo(address);
        assertThat(send(HttpRequest.newBuilder(URI.create(address + "api/orders")).GET()).statusCode()).isEqualTo(200);
        return address;
    }

    /** The QR code as a phone's camera sees it: the picture on the screen, decoded. */
    private static String scanned(FxRobot robot) throws Exception {
        ImageView qr = robot.lookup("#rcv-phone-qr").queryAs(ImageView.class);
        WritableImage[] picture = new WritableImage[1];
        WaitForAsyncUtils.asyncFx(() -> picture[0] = qr.snapshot(null, null)).get(10, TimeUnit.SECONDS);
        int width = (int) picture[0].getWidth();
        int height = (int) picture[0].getHeight();
        int[] pixels = new int[width * height];
        PixelReader reader = picture[0].getPixelReader();
        reader.getPixels(0, 0, width, height, javafx.scene.image.PixelFormat.getIntArgbInstance(), pixels, 0, width);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(width, height, pixels)))).getText();
    }

    /**
     * The white margin around the code, in modules: from the top-left corner along the diagonal to the
     * finder pattern, whose dark outer square is 7 modules wide.
     */
    private static int quietZoneInModules(javafx.scene.image.Image code) {
        PixelReader pixels = code.getPixelReader();
        int margin = 0;
        while (pixels.getColor(margin, margin).getBrightness() > 0.5) {
            margin++;
        }
        int finder = 0;
        while (pixels.getColor(margin + finder, margin).getBrightness() < 0.5) {
            finder++;
        }
        assertThat(finder % 7).as("whole pixels per module").isZero();
        return margin / (finder / 7);
    }

    /** The phone panel lies within the width the warehouse screen shows: nothing to scroll sideways for. */
    private static void fitsSideways(FxRobot robot) {
        Node panel = robot.lookup("#rcv-phone").query();
        ScrollPane scroll = robot.lookup("#receiving-view").queryAs(ScrollPane.class);
        Bounds inScene = panel.localToScene(panel.getLayoutBounds());
        Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
        assertThat(inScene.getMaxX()).as("the phone panel's right edge").isLessThanOrEqualTo(viewport.getMaxX());
        Node address = robot.lookup("#rcv-phone-address").query();
        assertThat(address.localToScene(address.getLayoutBounds()).getMaxX()).isLessThanOrEqualTo(inScene.getMaxX());
    }

    /** Whether the node and everything around it is visible: whether a user sees it. */
    private static boolean seen(FxRobot robot, String query) {
        for (Node n = robot.lookup(query).query(); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static OrderSummary finderShows(FxRobot robot, long orderId) {
        @SuppressWarnings("unchecked")
        ListView<OrderSummary> list = robot.lookup("#rcv-orders").queryAs(ListView.class);
        return list.getItems().stream().filter(s -> s.order().id() == orderId).findFirst().orElseThrow();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
            boolean[] met = new boolean[1];
            WaitForAsyncUtils.asyncFx(() -> {
                try {
                    met[0] = condition.call();
                } catch (Exception e) {
                    met[0] = false;
                }
            }).get();
            return met[0];
        });
    }

    private HttpResponse<String> upload(String address, long orderId, String name, byte[] content) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(address + "api/photos?order=" + orderId + "&name="
                + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
