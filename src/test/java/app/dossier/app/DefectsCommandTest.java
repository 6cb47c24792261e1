package app.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.DefectKind;
import app.dossier.service.Checkpoint;
import app.dossier.service.Workspace;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code receive --defect}, {@code defects} and {@code show}: defects by kind, typed with the photos that show them. */
@Tag("slow")
class DefectsCommandTest {
    private static final String ORDER = "2837461920384756123";
    private static final String RECEIVING = "Receiving and QC/";

    @TempDir
    Path temp;

    private Path data;

    private CommandRun dossier(String... args) {
        return CommandRun.on(data, new Composition(Checkpoint.NONE, Workspace.CLOCK), args);
    }

    @BeforeEach
    void anOrder() {
        data = temp.resolve("D");
        CommandRun.oneOrder(data, new Composition(Checkpoint.NONE, Workspace.CLOCK), ORDER, "¥18.50", "2026-09-02");
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

    private CommandRun receive(String... more) {
        String[] base = {"receive", ORDER, "--arrived-at", "2026-10-03 09:40", "--units-received", "180",
            "--parcels-expected", "10", "--parcels-received", "9", "--sampled", "32", "--defective", "3",
            "--packaging", "some-damage", "--inspected-by", "Trần Văn Hùng"};
        String[] all = Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return dossier(all);
    }

    @Test
    void defectsAreTypedWithThePhotosThatShowThemAndShownByKind() throws Exception {
        CommandRun received = receive("--photo", photo("pallet.jpg", 1), "--photo", photo("IMG_0931.jpg", 2),
                "--defect", "short=20:pallet.jpg", "--defect", "cracked=3:IMG_0931.jpg", "--defect",
                "damaged-packaging=1:pallet.jpg,IMG_0931.jpg");
        assertThat(received.code()).as(received.err()).isZero();
        assertThat(received.out()).contains("cracked or broken  3  " + RECEIVING + "IMG_0931.jpg");

        CommandRun show = dossier("show", ORDER);
        assertThat(show.out()).contains("  Defects by kind", "    short  20  " + RECEIVING + "pallet.jpg",
                "    cracked or broken  3  " + RECEIVING + "IMG_0931.jpg",
                "    damaged packaging  1  " + RECEIVING + "pallet.jpg, " + RECEIVING + "IMG_0931.jpg");
        JsonNode json = new ObjectMapper().readTree(dossier("show", ORDER, "--json").out());
        JsonNode defects = json.at("/receiving/defects");
        assertThat(defects).hasSize(3);
        assertThat(defects.get(1).get("kind").asText()).isEqualTo("cracked");
        assertThat(defects.get(1).get("count").asLong()).isEqualTo(3);
        assertThat(defects.get(1).get("photos").get(0).asText()).isEqualTo(RECEIVING + "IMG_0931.jpg");
        assertThat(defects.get(2).get("evidenceIds")).hasSize(2);
        assertThat(dossier("verify").code()).isZero();
    }

    @Test
    void aPhotoInAFolderGivenWithPhotoIsFoundByItsName() throws Exception {
        Path folder = Path.of(photo("cracked/IMG_0940.jpg", 5)).getParent();
        photo("cracked/IMG_0941.jpg", 6);
        CommandRun received = receive("--photo", folder.toString(), "--defect", "cracked=3:IMG_0941.jpg");
        assertThat(received.code()).as(received.err()).isZero();
        assertThat(dossier("show", ORDER).out()).contains("    cracked or broken  3  " + RECEIVING + "IMG_0941.jpg\n");
    }

    @Test
    void defectsAreCorrectedLaterByTheNamesOfTheOrdersFilesAndCleared() throws Exception {
        assertThat(receive("--photo", photo("IMG_0931.jpg", 3)).code()).isZero();

        CommandRun named = dossier("defects", ORDER, "--defect", "wrong-color=2:IMG_0931.jpg", "--defect", "short=20");
        assertThat(named.code()).as(named.err()).isZero();
        assertThat(named.out()).contains("Defects of order " + ORDER + " by kind:",
                "  wrong colour  2  " + RECEIVING + "IMG_0931.jpg", "  short  20");
        assertThat(dossier("show", ORDER).out()).contains("    wrong colour  2  " + RECEIVING + "IMG_0931.jpg")
                .contains("180 of 200 units");

        CommandRun cleared = dossier("defects", ORDER, "--none");
        assertThat(cleared.code()).as(cleared.err()).isZero();
        assertThat(cleared.out()).contains("has no defects named by kind");
        assertThat(dossier("show", ORDER).out()).doesNotContain("Defects by kind");
    }

    @Test
    void anUnknownKindIsRefusedWithTheKindsAsTyped() throws Exception {
        assertThat(receive().code()).isZero();
        CommandRun refused = dossier("defects", ORDER, "--defect", "crackd=1");
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("“crackd” is not a kind of defect. The kinds are: " + typedKinds() + ".");
        assertThat(dossier("defects", ORDER, "--defect", "cracked").err()).contains("Write a defect as KIND=COUNT");
    }

    @Test
    void aFileNeitherGivenNorKeptAndAnOrderNotYetReceivedAreRefused() throws Exception {
        CommandRun notYet = dossier("defects", ORDER, "--defect", "other=1");
        assertThat(notYet.code()).isEqualTo(1);
        assertThat(notYet.err()).contains("has no receiving record yet");

        CommandRun unknown = receive("--photo", photo("a.jpg", 4), "--defect", "cracked=3:b.jpg");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("“b.jpg” is neither a photo given with --photo nor a file of order " + ORDER);
        assertThat(dossier("show", ORDER).out()).contains("not recorded");
    }

    @Test
    void theHelpListsEveryKind() {
        for (String command : new String[] {"receive", "defects"}) {
            CommandRun help = dossier(command, "--help");
            assertThat(help.code()).isZero();
            assertThat(help.out().replaceAll("\\s+", " ")).contains("Kinds: " + typedKinds() + ".");
        }
    }

    private static String typedKinds() {
        return Arrays.stream(DefectKind.values()).map(DefectKind::typed).collect(Collectors.joining(", "));
    }
}
