package app.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.cli.DossierCommand;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dossier serve --receiving} on a computer with no window: the phone saves, the terminal says so. */
@Tag("slow")
class ServeCommandTest {
    @TempDir
    Path folder;

    @Test
    void thePageServedFromTheCommandLineTakesARecordFromThePhoneAndTurnsOffAfterTheTimeGiven() throws Exception {
        Path data = folder.resolve("data");
        Composition composition = new Composition();
        CommandRun.oneOrder(data, composition, "2837461920384756123", "¥4.80", "2026-11-01");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CompletableFuture<Integer> serving = CompletableFuture.supplyAsync(() -> DossierCommand.run(composition,
                new String[] {"serve", "--receiving", "--listen", "127.0.0.1", "--port", "0", "--for", "6s",
                        "--data", data.toString()}, new PrintWriter(out, true), new PrintWriter(err, true)));
        String address = null;
        for (int i = 0; i < 100 && address == null; i++) {
            Matcher m = Pattern.compile("http://127\\.0\\.0\\.1:\\d+/r/[A-Za-z0-9_-]{43}/").matcher(out.toString());
            address = m.find() ? m.group() : null;
            Thread.sleep(50);
        }
        assertThat(address).as(out + "" + err).isNotNull();
        assertThat(out.toString()).contains("nothing else");
        assertThat(scanned(out.toString())).as("the QR code printed reads as the address").isEqualTo(address);

        HttpClient http = HttpClient.newHttpClient();
        ObjectMapper json = new ObjectMapper();
        JsonNode orders = json.readTree(http.send(HttpRequest.newBuilder(URI.create(address + "api/orders")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        long id = orders.get("orders").get(0).get("id").asLong();
        byte[] photo = java.nio.file.Files.readAllBytes(Path.of(CommandRun.photo(folder, "IMG_1.jpg", 3)));
        JsonNode held = json.readTree(http.send(HttpRequest.newBuilder(
                URI.create(address + "api/photos?order=" + id + "&name=IMG_1.jpg"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(photo)).build(), HttpResponse.BodyHandlers.ofString()).body());
        HttpResponse<String> saved = http.send(HttpRequest.newBuilder(URI.create(address + "api/orders/" + id + "/receiving"))
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("arrivedAt", "2026-11-26 09:00",
                        "unitsReceived", "190", "packaging", "INTACT", "inspectedBy", "Trần Văn Hùng",
                        "photos", List.of(held.get("id").asText())))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);

        assertThat(serving.get()).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Saved from the phone: order 2837461920384756123, 190 of 200")
                .contains("with 1 photo.").contains("The receiving page is off");
        CommandRun shown = CommandRun.on(data, composition, "show", "2837461920384756123");
        assertThat(shown.out()).contains("190 of 200 units").contains("Receiving and QC/IMG_1.jpg");
    }

    /** The block characters printed, drawn as pixels (light blocks white) and read as a phone's camera reads them. */
    private static String scanned(String printed) throws Exception {
        List<String> rows = printed.lines().filter(l -> !l.isEmpty() && l.chars().allMatch(c -> " █▀▄".indexOf(c) >= 0))
                .toList();
        int scale = 4;
        int width = rows.get(0).length();
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width * scale, rows.size() * 2 * scale,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < rows.size(); y++) {
            for (int x = 0; x < width; x++) {
                char c = rows.get(y).charAt(x);
                boolean top = c == '█' || c == '▀';
                boolean bottom = c == '█' || c == '▄';
                for (int dy = 0; dy < 2 * scale; dy++) {
                    for (int dx = 0; dx < scale; dx++) {
                        boolean light = dy < scale ? top : bottom;
                        image.setRGB(x * scale + dx, y * 2 * scale + dy, light ? 0xFFFFFF : 0x000000);
                    }
                }
            }
        }
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var source = new com.google.zxing.RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        return new com.google.zxing.qrcode.QRCodeReader().decode(new com.google.zxing.BinaryBitmap(
                new com.google.zxing.common.HybridBinarizer(source))).getText();
    }

    @Test
    void aLengthOfTimeThatCannotBeReadIsSaidInWords() {
        CommandRun run = CommandRun.on(folder.resolve("data"), new Composition(), "serve", "--receiving", "--for",
                "một giờ");
        assertThat(run.code()).isNotZero();
        assertThat(run.err()).contains("“một giờ” is not a length of time");
    }
}
