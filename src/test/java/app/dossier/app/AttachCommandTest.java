package app.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.cli.DossierCommand;
import app.dossier.service.InjectedFaults;
import app.dossier.service.Workspace;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dossier attach} of a folder: one change, the refused files named, a failure keeps nothing. */
@Tag("slow")
class AttachCommandTest {
    private static final String ORDER = "2837461920384756123";
    private static final String RECEIVING = "Case files/义乌市佳美日用品有限公司/2026-09-02 " + ORDER + "/Receiving and QC";

    @TempDir
    Path temp;

    private final InjectedFaults faults = new InjectedFaults();
    private Path data;

    private record Run(int code, String out, String err) {
    }

    private Run dossier(String... args) {
        String[] all = Stream.concat(Stream.of(args), Stream.of("--data", data.toString())).toArray(String[]::new);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = DossierCommand.run(new Composition(faults, Workspace.CLOCK), all, new PrintWriter(out),
                new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void anOrder() {
        data = temp.resolve("D");
        assertThat(dossier("add-factory", "义乌市佳美日用品有限公司").code()).isZero();
        Run order = dossier("add-order", "--factory", "1", "--number", ORDER, "--product", "硅胶铲5件套",
                "--quantity", "200", "--unit-price", "¥18.50", "--ordered-on", "2026-09-02");
        assertThat(order.code()).as(order.err()).isZero();
    }

    private Path photos(String folder, int count) throws IOException {
        Path dir = Files.createDirectories(temp.resolve(folder));
        for (int i = 1; i <= count; i++) {
            BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(new Color(i * 40 % 256, i * 90 % 256, i * 150 % 256));
            g.fillRect(0, 0, 64, 48);
            g.dispose();
            ImageIO.write(image, "jpg", dir.resolve("IMG_000" + i + ".jpg").toFile());
        }
        return dir;
    }

    private long caseJsonWrites() {
        return Collections.frequency(faults.seen(), "case.json");
    }

    @Test
    void aFolderIsAttachedInOneChangeAndVerifies() throws Exception {
        Path folder = photos("arrival", 4);
        faults.failAt(-1);

        Run attach = dossier("attach", ORDER, "receiving", folder.toString());

        assertThat(attach.code()).as(attach.err()).isZero();
        assertThat(attach.out().lines()).hasSize(4).allMatch(l -> l.startsWith("Added "));
        assertThat(caseJsonWrites()).isOne();
        assertThat(Collections.frequency(faults.seen(), "commit")).isOne();
        try (Stream<Path> files = Files.list(data.resolve(RECEIVING))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("IMG_0001.jpg", "IMG_0002.jpg", "IMG_0003.jpg", "IMG_0004.jpg");
        }
        Run show = dossier("show", ORDER, "--json");
        assertThat(show.out()).contains("Receiving and QC/IMG_0001.jpg", "Receiving and QC/IMG_0004.jpg");
        Run verify = dossier("verify");
        assertThat(verify.code()).as(verify.out()).isZero();
    }

    @Test
    void aCutOffPhotoIsNamedAndTheOthersAreAttached() throws Exception {
        Path folder = photos("arrival", 3);
        Path cut = folder.resolve("IMG_0002.jpg");
        byte[] bytes = Files.readAllBytes(cut);
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
        faults.failAt(-1);

        Run attach = dossier("attach", ORDER, "receiving", folder.toString());

        assertThat(attach.code()).isEqualTo(1);
        assertThat(attach.out().lines()).containsExactly(
                "Added      义乌市佳美日用品有限公司/2026-09-02 " + ORDER + "/Receiving and QC/IMG_0001.jpg",
                "Added      义乌市佳美日用品有限公司/2026-09-02 " + ORDER + "/Receiving and QC/IMG_0003.jpg");
        assertThat(attach.err()).contains("Not added  " + cut, "cut off");
        assertThat(caseJsonWrites()).isOne();
        assertThat(dossier("verify").code()).isZero();
    }

    @Test
    void aFailureMidBatchAttachesNothing() throws Exception {
        Path folder = photos("arrival", 3);
        faults.failAtStep("place", new IOException("No space left on device"));

        Run attach = dossier("attach", ORDER, "receiving", folder.toString());

        assertThat(attach.code()).isEqualTo(1);
        assertThat(attach.out()).isEmpty();
        assertThat(attach.err().lines()).hasSize(3).allSatisfy(l -> assertThat(l)
                .contains("Could not attach the 3 files", "No space left on device", "Nothing was changed"));
        try (Stream<Path> files = Files.list(data.resolve(RECEIVING))) {
            assertThat(files).isEmpty();
        }
        faults.failAtStep("none", null);
        assertThat(dossier("verify").code()).isZero();
    }
}
