package app.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.dossier.cli.DossierCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file that is there but cannot be read (another program holds it locked, or this account may not
 * read it) is named with the reason and a way out, and nothing of it is kept: the order is as it was
 * and verify stays clean.
 *
 * <p>Made for real: the file is given no permissions at all (mode 000), and the command runs in its
 * own process. Tests may run as root, whom permission bits do not stop, so as root that process runs
 * without the capabilities that let root read any file ({@code setpriv} drops
 * {@code CAP_DAC_OVERRIDE} and {@code CAP_DAC_READ_SEARCH}); it still owns the data folder it writes to.
 */
@Tag("slow")
class UnreadableFilesTest {
    private static final String ORDER = "2837461920384756123";

    @TempDir
    Path temp;

    private Path data;

    private record Run(int code, String out, String err) {
    }

    @BeforeEach
    void sample() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        data = temp.resolve("Dữ liệu");
        StringWriter err = new StringWriter();
        assertThat(DossierCommand.run(new Composition(), new String[] {"sample", "--data", data.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err))).as(err.toString()).isZero();
    }

    /** Runs the command line in a process of its own that cannot read a file whose mode is 000. */
    private Run dossier(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "setpriv (util-linux) to drop root's override");
            command.addAll(List.of("/usr/bin/setpriv", "--inh-caps=-dac_override,-dac_read_search",
                    "--bounding-set=-dac_override,-dac_read_search"));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
                "-Dstderr.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        command.addAll(List.of("--data", data.toString()));
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private Path unreadable(Path file) throws Exception {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        return file;
    }

    private Path photo(Path file, int rgb) throws Exception {
        Files.createDirectories(file.getParent());
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 4, rgb);
        ImageIO.write(image, "jpg", file.toFile());
        return file;
    }

    @Test
    void aPhotoThatCannotBeReadIsNamedWithTheReasonAndNothingIsKept() throws Exception {
        String before = dossier("show", ORDER).out();
        Path locked = unreadable(photo(temp.resolve("Ảnh nhận hàng/thùng 3.jpg"), 0xff0000));

        Run run = dossier("attach", ORDER, "receiving", locked.toString());

        assertThat(run.code()).isNotZero();
        assertThat(run.err()).contains("“thùng 3.jpg” cannot be read (permission denied",
                "Another program may have it open and locked").doesNotContain("Exception");
        assertThat(dossier("show", ORDER).out()).isEqualTo(before);
        assertThat(dossier("verify").err()).contains("All consistent");
    }

    @Test
    void inAFolderOfPhotosTheOneThatCannotBeReadIsNamedAndTheOthersAreKept() throws Exception {
        Path folder = temp.resolve("Ảnh nhận hàng");
        photo(folder.resolve("thùng 1.jpg"), 0x00ff00);
        unreadable(photo(folder.resolve("thùng 2.jpg"), 0x0000ff));

        Run run = dossier("attach", ORDER, "receiving", folder.toString());

        assertThat(run.out()).contains("thùng 1.jpg");
        assertThat(run.err()).contains("“thùng 2.jpg” cannot be read (permission denied");
        String shown = dossier("show", ORDER).out();
        assertThat(shown).contains("thùng 1.jpg").doesNotContain("thùng 2.jpg");
        assertThat(dossier("verify").err()).contains("All consistent");
    }

    @Test
    void anExportThatCannotBeReadChangesNoOrder() throws Exception {
        String before = dossier("orders").out();
        Path export = temp.resolve("đơn hàng 1688.xlsx");
        Files.copy(Path.of("src/test/resources/imports/1688/orders-2026-11.xlsx"), export);
        unreadable(export);

        Run run = dossier("import-1688", export.toString());

        assertThat(run.code()).isNotZero();
        assertThat(run.err()).contains("đơn hàng 1688.xlsx cannot be read (permission denied)",
                "close it in Excel or WPS first").doesNotContain("Exception");
        assertThat(dossier("orders").out()).isEqualTo(before);
    }

    @Test
    void aChatThatCannotBeReadIsNotKept() throws Exception {
        String before = dossier("show", ORDER).out();
        Path chat = temp.resolve("chat Lisa.txt");
        Files.copy(Path.of("src/test/resources/imports/chats/memotrace-lisa.txt"), chat);
        unreadable(chat);

        Run run = dossier("import-chat", ORDER, chat.toString());

        assertThat(run.code()).isNotZero();
        assertThat(run.err()).contains("chat Lisa.txt cannot be read (permission denied)").doesNotContain("Exception");
        assertThat(dossier("show", ORDER).out()).isEqualTo(before);
        assertThat(dossier("verify").err()).contains("All consistent");
    }
}
