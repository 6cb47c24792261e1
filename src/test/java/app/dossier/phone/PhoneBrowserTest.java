package app.dossier.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.dossier.domain.Evidence;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Factory;
import app.dossier.domain.Order;
import app.dossier.domain.ReceivingRecord;
import app.dossier.photos.PhoneFiles;
import app.dossier.service.ProgressListener;
import app.dossier.service.Workspace;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The receiving page in a real browser at a phone's size (headless Chromium, Debian's chromium and
 * chromium-driver, which {@code .ci/run} installs): the warehouse records a delivery with three
 * photos, and the order then holds them with their capture times. With
 * {@code -Ddossier.screenshots=docs/screenshots} it writes the page's screenshots there.
 */
@Tag("slow")
class PhoneBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    @TempDir
    Path folder;
    private Workspace workspace;
    private ReceivingByPhone page;
    private ChromeDriver browser;
    private Order order;

    @BeforeEach
    void openOnThePhone() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and ChromeDriver are not installed (apt-get install chromium chromium-driver; .ci/run does)");
        workspace = new Workspace(folder.resolve("data"));
        Factory factory = workspace.factory("义乌市星辰硅胶制品厂");
        order = workspace.order(factory, "2837461920384756123", LocalDate.of(2026, 11, 1), 300, "4.80");
        workspace.order(factory, "2837461920384756999", LocalDate.of(2026, 11, 12), 1200, "2.10");
        page = new ReceivingByPhone(workspace.services(), Workspace.CLOCK, r -> { });
        String address = page.turnOn(ReceivingByPhone.loopback(0), "127.0.0.1");

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=vi-VN", "--hide-scrollbars",
                "--user-data-dir=" + folder.resolve("chromium-profile"));
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "vi-VN,vi"));
        options.setExperimentalOption("mobileEmulation", Map.of(
                "deviceMetrics", Map.of("width", 360, "height", 740, "pixelRatio", 2.0, "touch", true),
                "userAgent", "Mozilla/5.0 (Linux; Android 14; SM-A155F) AppleWebKit/537.36 (KHTML, like Gecko)"
                        + " Chrome/131.0 Mobile Safari/537.36"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.get(address);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
        if (page != null) {
            page.close();
        }
        if (workspace != null) {
            workspace.close();
        }
    }

    @Test
    void theWarehouseRecordsADeliveryWithThreePhotosAndTheOrderHoldsThemWithTheirCaptureTimes() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".order"), 2));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("2837461920384756123")
                .contains("义乌市星辰硅胶制品厂");
        assertThat(width("document.documentElement.scrollWidth")).as("no sideways scrolling at 360 px").isLessThanOrEqualTo(360);
        screenshot("phone-receiving-orders.png");

        browser.findElement(By.id("search")).sendKeys("756123");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".order"), 1));
        browser.findElement(By.cssSelector(".order[data-id='" + order.id() + "']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("unitsReceived")));

        setValue("arrivedAt", "2026-11-26T09:00");
        browser.findElement(By.id("parcelsExpected")).sendKeys("6");
        browser.findElement(By.id("parcelsReceived")).sendKeys("6");
        browser.findElement(By.id("unitsReceived")).sendKeys("288");
        click(browser.findElement(By.cssSelector("input[name=packaging][value=SOME_DAMAGE]")));
        browser.findElement(By.id("unitsSampled")).sendKeys("32");
        browser.findElement(By.id("defective")).sendKeys("4");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan"), "32"));
        browser.findElement(By.id("inspectedBy")).sendKeys("Nguyễn Thị Lan");

        Path photos = Files.createDirectories(folder.resolve("phone"));
        Path first = PhoneFiles.write(photos, "IMG_20261126_091400.jpg", PhoneFiles.withSamsungTrailer(
                PhoneFiles.jpeg(PhoneFiles.picture(640, 480), PhoneFiles.exif("2026:11:26 09:14:00", "+07:00", 6))));
        Path second = PhoneFiles.write(photos, "IMG_20261126_092000.jpg", PhoneFiles.jpeg(PhoneFiles.picture(480, 640),
                PhoneFiles.exif("2026:11:26 09:20:00", "+07:00", 1)));
        Path third = PhoneFiles.write(photos, "Thùng bị móp.jpg", PhoneFiles.jpeg(PhoneFiles.picture(640, 480),
                PhoneFiles.exif("2026:11:26 09:31:00", "+07:00", 8)));
        browser.findElement(By.id("gallery")).sendKeys(String.join("\n", List.of(first.toString(), second.toString(),
                third.toString())));
        wait.until(d -> d.findElements(By.cssSelector(".photo[data-state=sent]")).size() == 3);
        ((JavascriptExecutor) browser).executeScript(
                "document.getElementById('photosTotal').scrollIntoView({block: 'start'}); window.scrollBy(0, -120);");
        screenshot("phone-receiving-form.png");

        click(browser.findElement(By.id("addDefect")));
        WebElement defect = browser.findElement(By.cssSelector(".defect"));
        new org.openqa.selenium.support.ui.Select(defect.findElement(By.cssSelector("select.kind")))
                .selectByValue("CRACKED");
        defect.findElement(By.cssSelector(".defect-count")).sendKeys("4");
        click(defect.findElements(By.cssSelector(".ticks input[type=checkbox]")).get(2));

        click(browser.findElement(By.id("save")));
        WebElement saved = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("saved")));
        assertThat(saved.getText()).contains("Đã lưu").contains("288").contains("3 ảnh");
        screenshot("phone-receiving-saved.png");

        ReceivingRecord record = workspace.services().receiving().ofOrder(order.id()).orElseThrow();
        assertThat(record.unitsReceived()).isEqualTo(288);
        assertThat(record.parcelsReceived()).isEqualTo(6);
        assertThat(record.unitsSampled()).isEqualTo(32);
        assertThat(record.defectiveUnits()).isEqualTo(4);
        assertThat(record.inspectedBy()).isEqualTo("Nguyễn Thị Lan");
        assertThat(record.arrivedAt()).isEqualTo(LocalDateTime.of(2026, 11, 26, 9, 0));
        assertThat(record.packagingCondition()).isEqualTo(app.dossier.domain.PackagingCondition.SOME_DAMAGE);
        List<Evidence> kept = workspace.services().evidence().ofOrder(order.id()).stream()
                .filter(e -> e.category() == EvidenceCategory.RECEIVING).toList();
        assertThat(kept).extracting(Evidence::originalName)
                .containsExactlyInAnyOrder("IMG_20261126_091400.jpg", "IMG_20261126_092000.jpg", "Thùng bị móp.jpg");
        assertThat(kept).extracting(Evidence::capturedAt).containsExactlyInAnyOrder(
                LocalDateTime.of(2026, 11, 26, 9, 14), LocalDateTime.of(2026, 11, 26, 9, 20),
                LocalDateTime.of(2026, 11, 26, 9, 31));
        Evidence firstKept = kept.stream().filter(e -> e.originalName().startsWith("IMG_20261126_0914")).findFirst()
                .orElseThrow();
        Path orderFolder = workspace.location().caseFilesRoot()
                .resolve(workspace.services().orders().byId(order.id()).folder());
        assertThat(Files.readAllBytes(orderFolder.resolve(firstKept.file()))).isEqualTo(Files.readAllBytes(first));
        Evidence dented = kept.stream().filter(e -> e.originalName().startsWith("Thùng")).findFirst().orElseThrow();
        assertThat(record.defect(app.dossier.domain.DefectKind.CRACKED)).hasValueSatisfying(d -> {
            assertThat(d.count()).isEqualTo(4);
            assertThat(d.evidenceIds()).containsExactly(dented.id());
        });
        assertThat(browser.findElements(By.cssSelector(".order"))).as("the received order left the list").hasSize(1);
        assertThat(workspace.services().verify().verify(ProgressListener.NONE).problems()).isEmpty();
    }

    @Test
    void photosThatCouldNotBeSentWhileTheWifiWasDownAreSentAgainWithOneTap() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".order"), 2));
        click(browser.findElement(By.cssSelector(".order[data-id='" + order.id() + "']")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("unitsReceived")));
        Path photos = Files.createDirectories(folder.resolve("phone"));
        Path first = PhoneFiles.write(photos, "IMG_1.jpg", PhoneFiles.jpeg(PhoneFiles.picture(320, 240),
                PhoneFiles.exif("2026:11:26 09:14:00", "+07:00", 1)));
        Path second = PhoneFiles.write(photos, "IMG_2.jpg", PhoneFiles.jpeg(PhoneFiles.picture(320, 240),
                PhoneFiles.exif("2026:11:26 09:15:00", "+07:00", 1)));
        Path huge = photos.resolve("VID_huge.jpg");
        Files.write(huge, new byte[41 * 1024 * 1024]);

        var offline = new org.openqa.selenium.chromium.ChromiumNetworkConditions();
        offline.setOffline(true);
        browser.setNetworkConditions(offline);
        browser.findElement(By.id("gallery")).sendKeys(first + "\n" + second);
        wait.until(d -> d.findElements(By.cssSelector(".photo[data-state=failed]")).size() == 2);
        WebElement again = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("resendAll")));
        assertThat(page.photosWaiting()).as("nothing half-written is kept").isZero();

        browser.deleteNetworkConditions();
        click(again);
        wait.until(d -> d.findElements(By.cssSelector(".photo[data-state=sent]")).size() == 2);
        assertThat(page.photosWaiting()).isEqualTo(2);

        browser.findElement(By.id("gallery")).sendKeys(huge.toString());
        wait.until(d -> d.findElements(By.cssSelector(".photo[data-state=failed]")).size() == 1);
        assertThat(browser.findElement(By.cssSelector(".photo[data-state=failed]")).getText())
                .contains("VID_huge.jpg").contains("40 MB");
        click(browser.findElement(By.cssSelector(".photo[data-state=failed] .remove")));
        wait.until(d -> d.findElements(By.cssSelector(".photo[data-state=failed]")).isEmpty());

        setValue("arrivedAt", "2026-11-26T09:00");
        browser.findElement(By.id("unitsReceived")).sendKeys("300");
        click(browser.findElement(By.cssSelector("input[name=packaging][value=INTACT]")));
        browser.findElement(By.id("inspectedBy")).sendKeys("Trần Văn Hùng");
        click(browser.findElement(By.id("save")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("saved")));
        assertThat(workspace.services().evidence().ofOrder(order.id())).extracting(Evidence::originalName)
                .containsExactlyInAnyOrder("IMG_1.jpg", "IMG_2.jpg");
    }

    private void setValue(String id, String value) {
        ((JavascriptExecutor) browser).executeScript("const e = document.getElementById(arguments[0]);"
                + " e.value = arguments[1]; e.dispatchEvent(new Event('input', {bubbles: true}));"
                + " e.dispatchEvent(new Event('change', {bubbles: true}));", id, value);
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private long width(String expression) {
        return ((Number) ((JavascriptExecutor) browser).executeScript("return " + expression + ";")).longValue();
    }

    private void screenshot(String name) throws Exception {
        Path out = Path.of(System.getProperty("dossier.screenshots", "target/screenshots"));
        Files.createDirectories(out);
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), out.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
