package app.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.service.Checkpoint;
import app.dossier.service.Workspace;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code move-file}: a file attached to the wrong category goes to the right one; verify clean after. */
@Tag("slow")
class MoveFileCommandTest {
    private static final String ORDER = "2837461920384756123";

    @TempDir
    Path temp;

    private Path data;

    private CommandRun dossier(String... args) {
        return CommandRun.on(data, new Composition(Checkpoint.NONE, Workspace.CLOCK), args);
    }

    private void verifyClean() {
        CommandRun verify = dossier("verify");
        assertThat(verify.code()).as(verify.out() + verify.err()).isZero();
    }

    @BeforeEach
    void anOrderWithAPhotoInTheWrongCategory() throws Exception {
        data = temp.resolve("D");
        assertThat(dossier("add-factory", "义乌市佳美日用品有限公司").code()).isZero();
        CommandRun order = dossier("add-order", "--factory", "1", "--number", ORDER, "--product", "硅胶铲5件套",
                "--quantity", "200", "--unit-price", "¥18.50", "--ordered-on", "2026-09-02");
        assertThat(order.code()).as(order.err()).isZero();
        CommandRun attach = dossier("attach", ORDER, "agreement", photo("nứt cán.jpg", 3), "--caption", "Cán nứt");
        assertThat(attach.code()).as(attach.err()).isZero();
    }

    private String photo(String name, int seed) throws Exception {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(seed * 40 % 256, seed * 90 % 256, seed * 150 % 256));
        g.fillRect(0, 0, 64, 48);
        g.dispose();
        Path file = temp.resolve("photos").resolve(name);
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "jpg", file.toFile());
        return file.toString();
    }

    @Test
    void aFileMovesToTheCategoryTyped() {
        CommandRun move = dossier("move-file", ORDER, "nứt cán.jpg", "--to", "receiving");
        assertThat(move.code()).as(move.err()).isZero();
        assertThat(move.out()).contains("Moved Chat and agreements/nứt cán.jpg to Receiving and QC/nứt cán.jpg");
        assertThat(dossier("show", ORDER).out()).contains("nứt cán.jpg");
        verifyClean();
    }

    @Test
    void refusalsAreSaidInPlainWords() {
        CommandRun same = dossier("move-file", ORDER, "nứt cán.jpg", "--to", "agreement");
        assertThat(same.code()).isNotZero();
        assertThat(same.err()).contains("is already in Chat and agreements");

        CommandRun unknown = dossier("move-file", ORDER, "nothing.jpg", "--to", "receiving");
        assertThat(unknown.code()).isNotZero();
        assertThat(unknown.err()).contains("has no file “nothing.jpg”");

        CommandRun category = dossier("move-file", ORDER, "nứt cán.jpg", "--to", "photos");
        assertThat(category.code()).isNotZero();
        assertThat(category.err()).contains("is not a category");
        verifyClean();
    }

    @Test
    void helpIsThere() {
        CommandRun help = dossier("move-file", "-h");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("ORDER", "FILE", "--to", "receiving");
        assertThat(dossier("--help").out()).contains("move-file");
    }
}
