package app.dossier.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dossier.domain.Evidence;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Factory;
import app.dossier.domain.Order;
import app.dossier.domain.ReceivingRecord;
import app.dossier.photos.PhoneFiles;
import app.dossier.service.ProgressListener;
import app.dossier.service.Workspace;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The receiving page as a phone on the Wi-Fi uses it, and as anyone else on the Wi-Fi would try it. */
class ReceivingByPhoneTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path folder;
    private Workspace workspace;
    private ReceivingByPhone page;
    private Order order;
    private String address;
    private final List<SavedFromPhone> told = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void turnOn() {
        workspace = new Workspace(folder.resolve("data"));
        Factory factory = workspace.factory("义乌市星辰硅胶制品厂");
        order = workspace.order(factory, "2837461920384756123", LocalDate.of(2026, 11, 1), 1200, "4.80");
        page = new ReceivingByPhone(workspace.services(), Workspace.CLOCK, told::add);
        address = page.turnOn(ReceivingByPhone.loopback(0), "127.0.0.1");
    }

    @AfterEach
    void turnOff() {
        page.close();
        workspace.close();
    }

    @Test
    void theAddressCarriesATokenOf256BitsAndTheWaitingOrderIsListed() throws Exception {
        assertThat(address).matches("http://127\\.0\\.0\\.1:\\d+/r/[A-Za-z0-9_-]{43}/");
        assertThat(get("").body()).contains("<html");
        JsonNode orders = json(get("api/orders?q=星辰"));
        assertThat(orders.get("orders")).hasSize(1);
        assertThat(orders.get("orders").get(0).get("number").asText()).isEqualTo("2837461920384756123");
        assertThat(json(get("api/orders?q=khác")).get("orders")).isEmpty();
    }

    @Test
    void aRecordWithThreePhonePhotosLandsInTheOrderByteForByteWithTheirCaptureTimes() throws Exception {
        byte[] portrait = PhoneFiles.withSamsungTrailer(PhoneFiles.jpeg(PhoneFiles.picture(64, 48),
                PhoneFiles.exif("2026:11:26 09:14:00", "+07:00", 6)));
        byte[] carton = PhoneFiles.jpeg(PhoneFiles.picture(80, 60), PhoneFiles.exif("2026:11:26 09:20:00", "+07:00", 1));
        byte[] iphone = Files.readAllBytes(PhoneFiles.SAMPLES.resolve("single.heic"));
        JsonNode first = json(upload("Ảnh thùng hàng 1.jpg", portrait));
        JsonNode second = json(upload("IMG_20261126_092000.jpg", carton));
        JsonNode third = json(upload("IMG_0042.HEIC", iphone));
        assertThat(first.get("sha256").asText()).isEqualTo(sha256(portrait));
        assertThat(first.get("takenAt").asText()).contains("09:14");
        assertThat(page.photosWaiting()).isEqualTo(3);

        HttpResponse<String> saved = post("api/orders/" + order.id() + "/receiving?lang=vi", Map.of(
                "arrivedAt", "2026-11-26T09:00", "parcelsExpected", "10", "parcelsReceived", "10",
                "unitsReceived", "1.180", "packaging", "SOME_DAMAGE", "unitsSampled", "80", "defective", "3",
                "inspectedBy", "Nguyễn Thị Lan",
                "defects", List.of(Map.of("kind", "CRACKED", "count", "3", "photos", List.of(second.get("id").asText()))),
                "photos", List.of(first.get("id").asText(), second.get("id").asText(), third.get("id").asText())));

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(json(saved).get("saved").asText()).contains("Đã lưu").contains("1.180").contains("3 ảnh");
        ReceivingRecord record = workspace.services().receiving().ofOrder(order.id()).orElseThrow();
        assertThat(record.unitsReceived()).isEqualTo(1180);
        assertThat(record.inspectedBy()).isEqualTo("Nguyễn Thị Lan");
        assertThat(record.defects()).singleElement().satisfies(d -> assertThat(d.evidenceIds()).hasSize(1));
        List<Evidence> photos = receivingPhotos();
        assertThat(photos).extracting(Evidence::originalName)
                .containsExactlyInAnyOrder("Ảnh thùng hàng 1.jpg", "IMG_20261126_092000.jpg", "IMG_0042.HEIC");
        Evidence kept = photos.stream().filter(e -> e.originalName().startsWith("Ảnh")).findFirst().orElseThrow();
        assertThat(kept.sha256()).isEqualTo(sha256(portrait));
        Path orderFolder = workspace.location().caseFilesRoot()
                .resolve(workspace.services().orders().byId(order.id()).folder());
        assertThat(Files.readAllBytes(orderFolder.resolve(kept.file()))).isEqualTo(portrait);
        assertThat(kept.capturedAt()).isEqualTo(LocalDateTime.of(2026, 11, 26, 9, 14));
        assertThat(told).singleElement().satisfies(fromPhone -> {
            assertThat(fromPhone.record().orderId()).isEqualTo(order.id());
            assertThat(fromPhone.photos()).isEqualTo(3);
        });
        assertThat(page.photosWaiting()).isZero();
        assertThat(json(get("api/orders")).get("orders")).as("received: no longer waiting").isEmpty();
        assertThat(workspace.services().verify().verify(ProgressListener.NONE).problems()).isEmpty();
    }

    @Test
    void aFormWithMistakesIsRefusedFieldByFieldInThePhonesLanguageAndNothingIsSaved() throws Exception {
        String photo = json(upload("IMG_1.jpg", PhoneFiles.jpeg(PhoneFiles.picture(32, 32), null))).get("id").asText();
        HttpRequest request = HttpRequest.newBuilder(URI.create(address + "api/orders/" + order.id() + "/receiving"))
                .header("Accept-Language", "vi-VN,vi;q=0.9,en;q=0.5")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of(
                        "arrivedAt", "", "unitsReceived", "mười", "photos", List.of(photo)))))
                .build();
        HttpResponse<String> refused = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(422);
        JsonNode fields = json(refused).get("fields");
        assertThat(fields.get("arrivedAt").asText()).isEqualTo("Hãy điền mục này.");
        assertThat(fields.get("unitsReceived").asText()).contains("mười").contains("không phải số nguyên");
        assertThat(workspace.services().receiving().ofOrder(order.id())).isEmpty();
        assertThat(page.photosWaiting()).as("kept for the next try").isEqualTo(1);
    }

    @Test
    void aPhotoNoLongerHeldIsNamedSoThePhoneSendsItAgain() throws Exception {
        HttpResponse<String> refused = post("api/orders/" + order.id() + "/receiving", Map.of(
                "arrivedAt", "2026-11-26T09:00", "unitsReceived", "1200", "packaging", "INTACT",
                "inspectedBy", "Lan", "photos", List.of("gone-photo-id")));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused).get("missingPhotos").get(0).asText()).isEqualTo("gone-photo-id");
        assertThat(workspace.services().receiving().ofOrder(order.id())).isEmpty();
    }

    @Test
    void anUploadCutOffHalfwayKeepsNothingAndTheSameUploadThenSucceeds() throws Exception {
        byte[] photo = PhoneFiles.jpeg(PhoneFiles.picture(400, 300), PhoneFiles.exif("2026:11:26 09:14:00", null, 1));
        try (Socket socket = startUpload("IMG_7.jpg", photo.length)) {
            socket.getOutputStream().write(photo, 0, photo.length / 2);
            socket.getOutputStream().flush();
        }
        waitUntilNothingIsBeingReceived();
        assertThat(page.photosWaiting()).isZero();
        assertThat(heldFiles()).isEmpty();

        assertThat(upload("IMG_7.jpg", photo).statusCode()).isEqualTo(200);
        assertThat(page.photosWaiting()).isEqualTo(1);
    }

    @Test
    void strangersAndEverythingOutsideThePageAreRefusedAndChangeNothing() throws Exception {
        URI base = URI.create(address);
        String root = base.getScheme() + "://" + base.getHost() + ":" + base.getPort();
        String token = base.getPath().split("/")[2];
        byte[] photo = PhoneFiles.jpeg(PhoneFiles.picture(32, 32), null);

        assertThat(send(HttpRequest.newBuilder(URI.create(root + "/")).GET()).statusCode()).as("no token").isEqualTo(404);
        assertThat(send(HttpRequest.newBuilder(URI.create(root + "/api/orders")).GET()).statusCode()).isEqualTo(404);
        String wrong = root + "/r/" + token.substring(0, 42) + (token.endsWith("A") ? "B" : "A") + "/";
        assertThat(send(HttpRequest.newBuilder(URI.create(wrong + "api/orders")).GET()).statusCode()).as("wrong token")
                .isEqualTo(404);
        assertThat(send(HttpRequest.newBuilder(URI.create(wrong + "api/photos?order=" + order.id() + "&name=a.jpg"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(photo))).statusCode()).isEqualTo(404);
        assertThat(get("api/payments").statusCode()).as("payments are not the page's").isEqualTo(404);
        assertThat(get("api/orders/" + order.id() + "/payments").statusCode()).isEqualTo(404);
        assertThat(get("api/chats").statusCode()).isEqualTo(404);
        assertThat(get("api/orders/987654").statusCode()).as("no such order").isEqualTo(404);
        assertThat(get("../../etc/passwd").statusCode()).isEqualTo(404);
        assertThat(get("%2e%2e/%2e%2e/ui.properties").statusCode()).isEqualTo(404);
        assertThat(send(HttpRequest.newBuilder(URI.create(address + "api/orders/" + order.id()))
                .DELETE()).statusCode()).as("no deleting orders").isEqualTo(404);

        String tooLarge = rawUpload("huge.jpg", 41L * 1024 * 1024, photo);
        assertThat(tooLarge).startsWith("HTTP/1.1 413").contains("huge.jpg").contains("40 MB");
        assertThat(page.photosWaiting()).isZero();
        assertThat(upload("ghi chú.txt", "giao thiếu 20 bộ".getBytes(StandardCharsets.UTF_8)).statusCode())
                .as("not a photo").isEqualTo(415);
        assertThat(upload("invoice.jpg", Files.readAllBytes(Path.of("src/test/resources/hostile/files/pdf-named.jpg")))
                .statusCode()).as("a PDF named .jpg").isEqualTo(415);
        assertThat(upload("cut.jpg", Files.readAllBytes(Path.of("src/test/resources/hostile/files/truncated-half.jpg")))
                .statusCode()).as("refused as attaching refuses it").isEqualTo(422);

        String old = address;
        String renewed = page.newAddress();
        assertThat(renewed).isNotEqualTo(old);
        assertThat(send(HttpRequest.newBuilder(URI.create(old + "api/orders")).GET()).statusCode()).as("revoked")
                .isEqualTo(404);
        assertThat(send(HttpRequest.newBuilder(URI.create(renewed + "api/orders")).GET()).statusCode()).isEqualTo(200);

        page.turnOff();
        assertThatThrownBy(() -> send(HttpRequest.newBuilder(URI.create(renewed + "api/orders")).GET()))
                .isInstanceOf(ConnectException.class);
        assertThat(page.address()).isEmpty();
        assertThat(workspace.services().receiving().ofOrder(order.id())).isEmpty();
        assertThat(receivingPhotos()).isEmpty();
        assertThat(workspace.services().payments().ofOrder(order.id())).isEmpty();
        assertThat(workspace.services().verify().verify(ProgressListener.NONE).problems()).isEmpty();
    }

    @Test
    void aGuesserIsSlowedDownWhileThePhonesAreAnsweredAtOnce() throws Exception {
        URI base = URI.create(address);
        String wrong = base.getScheme() + "://" + base.getHost() + ":" + base.getPort() + "/r/"
                + "x".repeat(43) + "/api/orders";
        for (int i = 0; i < 6; i++) {
            send(HttpRequest.newBuilder(URI.create(wrong)).GET());
        }
        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> guesses = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < 40; i++) {
            guesses.add(http.sendAsync(HttpRequest.newBuilder(URI.create(wrong)).GET().build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        HttpResponse<String> phone = get("api/orders");
        long phoneMs = (System.nanoTime() - start) / 1_000_000;
        for (var guess : guesses) {
            assertThat(guess.get().statusCode()).isEqualTo(404);
        }
        long guessesMs = (System.nanoTime() - start) / 1_000_000;

        assertThat(phone.statusCode()).isEqualTo(200);
        assertThat(phoneMs).as("the phone waited for no guesser").isLessThan(2_000);
        assertThat(guessesMs).as("each guess waited its turn of the brake").isGreaterThanOrEqualTo(2_000);
    }

    @Test
    void aReceivedOrderCannotBeWrittenOverFromThePhone() throws Exception {
        HttpResponse<String> first = post("api/orders/" + order.id() + "/receiving", Map.of(
                "arrivedAt", "2026-11-26T09:00", "unitsReceived", "1200", "packaging", "INTACT", "inspectedBy", "Lan"));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);

        HttpResponse<String> again = post("api/orders/" + order.id() + "/receiving", Map.of(
                "arrivedAt", "2026-11-26T09:00", "unitsReceived", "5", "packaging", "INTACT", "inspectedBy", "Lan"));

        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(workspace.services().receiving().ofOrder(order.id()).orElseThrow().unitsReceived()).isEqualTo(1200);
    }

    @Test
    void theSamplePlanIsReadForTheLotAndJudgesTheCount() throws Exception {
        JsonNode plan = json(get("api/orders/" + order.id() + "/sample-plan?units=1200&sampled=80&defective=9&lang=en"));
        assertThat(plan.get("lines").get(1).asText()).isEqualTo("Check 80 units, picked at random from different cartons");
        assertThat(plan.get("verdict").asText()).isEqualTo("FAIL");
        JsonNode chinese = json(get("api/orders/" + order.id() + "/sample-plan?lang=zh"));
        assertThat(chinese.get("lines").get(0).asText()).contains("1,200").contains("套");
    }

    // ---- the phone's side

    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(address + path)).GET());
    }

    private HttpResponse<String> post(String path, Map<String, ?> form) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(address + path))
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(form))));
    }

    private HttpResponse<String> upload(String name, byte[] content) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(address + "api/photos?order=" + order.id() + "&name="
                        + URLEncoder.encode(name, StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    /** A photo upload's request line and headers, as a phone's browser sends them, on a connection left open. */
    private Socket startUpload(String name, long length) throws IOException {
        URI uri = URI.create(address + "api/photos?order=" + order.id() + "&name=" + name);
        Socket socket = new Socket(uri.getHost(), uri.getPort());
        socket.getOutputStream().write(("POST " + uri.getRawPath() + "?" + uri.getRawQuery() + " HTTP/1.1\r\n"
                + "Host: x\r\nContent-Type: image/jpeg\r\nContent-Length: " + length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        return socket;
    }

    /** Says it sends {@code length} bytes, sends {@code start}, and reads what the computer answers. */
    private String rawUpload(String name, long length, byte[] start) throws IOException {
        try (Socket socket = startUpload(name, length)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(start);
            socket.getOutputStream().flush();
            var in = new java.io.DataInputStream(socket.getInputStream());
            java.io.ByteArrayOutputStream head = new java.io.ByteArrayOutputStream();
            while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                head.write(in.readUnsignedByte());
            }
            String headers = head.toString(StandardCharsets.ISO_8859_1);
            var said = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(headers);
            byte[] body = new byte[said.find() ? Integer.parseInt(said.group(1)) : 0];
            in.readFully(body);
            return headers + new String(body, StandardCharsets.UTF_8);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    private List<Evidence> receivingPhotos() {
        return workspace.services().evidence().ofOrder(order.id()).stream()
                .filter(e -> e.category() == EvidenceCategory.RECEIVING).toList();
    }

    private List<Path> heldFiles() throws IOException {
        List<Path> out = new ArrayList<>();
        try (var files = Files.walk(page.holding().orElseThrow())) {
            files.filter(Files::isRegularFile).forEach(out::add);
        }
        return out;
    }

    /** The server notices the cut within a moment: the held count settles. */
    private void waitUntilNothingIsBeingReceived() throws InterruptedException {
        for (int i = 0; i < 50 && !heldFilesQuietly().isEmpty(); i++) {
            Thread.sleep(100);
        }
    }

    private List<Path> heldFilesQuietly() {
        try {
            return heldFiles();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
