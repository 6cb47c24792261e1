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

/** {@code remove-file} and {@code trash list|restore|empty}: a trash, never a shredder; verify clean after each. */
@Tag("slow")
class TrashCommandTest {
    private static final String ORDER = "2837461920384756123";
    private static final String FILE = "Receiving and QC/nứt cán.jpg";

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
    void anOrderWithAPhoto() throws Exception {
        data = temp.resolve("D");
        assertThat(dossier("add-factory", "义乌市佳美日用品有限公司").code()).isZero();
        CommandRun order = dossier("add-order", "--factory", "1", "--number", ORDER, "--product", "硅胶铲5件套",
                "--quantity", "200", "--unit-price", "¥18.50", "--ordered-on", "2026-09-02");
        assertThat(order.code()).as(order.err()).isZero();
        CommandRun attach = dossier("attach", ORDER, "receiving", photo("nứt cán.jpg", 3), "--caption", "Cán nứt");
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

    private String removed(CommandRun remove) {
        assertThat(remove.code()).as(remove.err()).isZero();
        Matcher id = Pattern.compile("dossier trash restore (\\S+)").matcher(remove.out());
        assertThat(id.find()).as(remove.out()).isTrue();
        return id.group(1);
    }

    @Test
    void aFileIsRemovedListedAndPutBack() throws Exception {
        String id = removed(dossier("remove-file", ORDER, "nứt cán.jpg"));
        assertThat(data.resolve("Case files")).isDirectory();
        assertThat(dossier("show", ORDER).out()).doesNotContain("nứt cán.jpg");
        verifyClean();

        CommandRun list = dossier("trash", "list");
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains("ID", id, ORDER, FILE, "Cán nứt");

        CommandRun restore = dossier("trash", "restore", id);
        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("Put " + FILE + " back in order " + ORDER);
        assertThat(dossier("show", ORDER).out()).contains("nứt cán.jpg");
        assertThat(dossier("trash", "list").out()).contains("The trash is empty.");
        verifyClean();
    }

    @Test
    void emptyingKeepsTheFilesOfAnOpenDispute() throws Exception {
        removed(dossier("remove-file", ORDER, FILE));
        assertThat(dossier("open-dispute", ORDER, "--summary", "20 sets short").code()).isZero();

        CommandRun empty = dossier("trash", "empty");
        assertThat(empty.code()).as(empty.err()).isZero();
        assertThat(empty.out()).contains("Deleted 0 files", "Kept 1 of an order whose dispute is not closed", FILE);
        assertThat(dossier("trash", "list").out()).contains(FILE);
        verifyClean();
    }

    @Test
    void emptyingDeletesForGood() throws Exception {
        removed(dossier("remove-file", ORDER, FILE));
        CommandRun empty = dossier("trash", "empty");
        assertThat(empty.out()).contains("Deleted 1 file from the trash for good.");
        assertThat(dossier("trash", "list").out()).contains("The trash is empty.");
        verifyClean();
    }

    @Test
    void refusalsAreSaidInPlainWords() throws Exception {
        CommandRun unknown = dossier("remove-file", ORDER, "nothing.jpg");
        assertThat(unknown.code()).isNotZero();
        assertThat(unknown.err()).contains("has no file “nothing.jpg”");

        CommandRun noSuchEntry = dossier("trash", "restore", "20260101-000000-9");
        assertThat(noSuchEntry.code()).isNotZero();
        assertThat(noSuchEntry.err()).contains("Nothing in the trash has the id “20260101-000000-9”");

        String id = removed(dossier("remove-file", ORDER, FILE));
        Files.writeString(data.resolve("Trash").resolve(id).resolve("nứt cán.jpg"), "changed");
        CommandRun changed = dossier("trash", "restore", id);
        assertThat(changed.code()).isNotZero();
        assertThat(changed.err()).contains("is not the file that was removed");
        CommandRun verify = dossier("verify");
        assertThat(verify.code()).isEqualTo(1);
        assertThat(verify.out()).contains("MODIFIED", "Trash/" + id + "/nứt cán.jpg");
    }

    @Test
    void helpIsThere() {
        CommandRun help = dossier("remove-file", "-h");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("ORDER", "FILE", "trash");
        CommandRun trash = dossier("trash", "--help");
        assertThat(trash.code()).isZero();
        assertThat(trash.out()).contains("list", "restore ID", "empty");
        assertThat(dossier("--help").out()).contains("remove-file", "trash");
    }
}
