package app.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.service.Checkpoint;
import app.dossier.service.Workspace;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code edit-payment} and {@code remove-payment}: a payment typed wrong is corrected or removed, its proof kept. */
@Tag("slow")
class PaymentCommandsTest {
    private static final String ORDER = "2837461920384756123";

    @TempDir
    Path temp;

    private Path data;
    private String id;

    private CommandRun dossier(String... args) {
        return CommandRun.on(data, new Composition(Checkpoint.NONE, Workspace.CLOCK), args);
    }

    private String photo(String name, int seed) throws Exception {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(seed * 40 % 256, seed * 90 % 256, seed * 150 % 256));
        g.fillRect(0, 0, 64, 48);
        g.dispose();
        Path file = temp.resolve("photos").resolve(name);
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "png", file.toFile());
        return file.toString();
    }

    private void verified() {
        CommandRun verify = dossier("verify");
        assertThat(verify.code()).as(verify.out() + verify.err()).isZero();
    }

    @BeforeEach
    void aPayment() throws Exception {
        data = temp.resolve("D");
        assertThat(dossier("add-factory", "义乌市佳美日用品有限公司").code()).isZero();
        CommandRun order = dossier("add-order", "--factory", "1", "--number", ORDER, "--product", "硅胶铲5件套",
                "--quantity", "200", "--unit-price", "¥18.50", "--ordered-on", "2026-09-02");
        assertThat(order.code()).as(order.err()).isZero();
        CommandRun pay = dossier("pay", ORDER, "--amount", "¥3,700.00", "--paid-on", "2026-09-02", "--method",
                "Alipay", "--proof", photo("alipay.png", 2));
        assertThat(pay.code()).as(pay.err()).isZero();
        Matcher m = Pattern.compile("\\(id (\\d+)\\)").matcher(dossier("show", ORDER).out().split("Payments \\(")[1]);
        assertThat(m.find()).isTrue();
        id = m.group(1);
    }

    @Test
    void onlyWhatIsGivenChanges() {
        CommandRun edit = dossier("edit-payment", ORDER, id, "--amount", "¥3,600.00");
        assertThat(edit.code()).as(edit.err()).isZero();
        assertThat(edit.out()).contains("Saved payment " + id + ": 3600.00 CNY on 2026-09-02");

        String show = dossier("show", ORDER).out();
        assertThat(show).contains("  2026-09-02  ¥3,600.00  full  not acknowledged  (id " + id + ")",
                "paid ¥3,600.00 of ¥3,700.00, owed ¥100.00", "Payments/alipay.png");
        verified();
    }

    @Test
    void aProofReplacedOrUnlinkedStaysInTheCaseFile() throws Exception {
        CommandRun replaced = dossier("edit-payment", ORDER, id, "--proof", photo("wechat.png", 5));
        assertThat(replaced.code()).as(replaced.err()).isZero();
        verified();
        CommandRun unlinked = dossier("edit-payment", ORDER, id, "--no-proof");
        assertThat(unlinked.code()).as(unlinked.err()).isZero();
        assertThat(unlinked.out()).contains("(no proof linked)");
        assertThat(dossier("show", ORDER).out()).contains("Files (2)");
        verified();

        CommandRun both = dossier("edit-payment", ORDER, id, "--no-proof", "--proof", photo("x.png", 6));
        assertThat(both.code()).isNotZero();
        assertThat(both.err()).contains("mutually exclusive");
    }

    @Test
    void aRemovedPaymentLeavesItsProof() {
        CommandRun removed = dossier("remove-payment", ORDER, id);
        assertThat(removed.code()).as(removed.err()).isZero();
        assertThat(removed.out()).contains("Removed payment " + id, "its proof stays in the case file");
        String show = dossier("show", ORDER).out();
        assertThat(show).contains("Payments (0)", "Files (1)");
        verified();
    }

    @Test
    void aPaymentThatIsNotThereIsRefused() {
        CommandRun edit = dossier("edit-payment", ORDER, "99", "--amount", "¥1.00");
        assertThat(edit.code()).isNotZero();
        assertThat(edit.err()).contains("There is no payment with id 99.");
        CommandRun remove = dossier("remove-payment", ORDER, "99");
        assertThat(remove.code()).isNotZero();
        assertThat(remove.err()).contains("There is no payment with id 99.");
        CommandRun zero = dossier("edit-payment", ORDER, id, "--amount", "¥0");
        assertThat(zero.code()).isNotZero();
        verified();
    }

    @Test
    void helpNamesTheOptions() {
        CommandRun help = dossier("edit-payment", "-h");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("--no-proof", "--amount", "ORDER", "ID");
        assertThat(dossier("remove-payment", "--help").out()).contains("stays in the order's Payments folder");
    }
}
