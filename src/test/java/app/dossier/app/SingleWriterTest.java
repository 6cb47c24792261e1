package app.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dossier.cli.DossierCommand;
import app.dossier.service.DataFolderInUseException;
import app.dossier.service.DataFolderLock;
import app.dossier.service.DataLocation;
import app.dossier.service.Services;
import app.dossier.service.Snapshot;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only one Dossier process changes a data folder at a time; a second one is told which process has it. */
@Tag("slow")
class SingleWriterTest {
    private static final String ORDER = "2837461920384756123";

    @TempDir
    Path temp;

    private Path data;
    private Process other;

    private record Run(int code, String out, String err) {
    }

    private Run dossier(String... args) {
        return plain(Stream.concat(Stream.of(args), Stream.of("--data", data.toString())).toArray(String[]::new));
    }

    private static Run plain(String... all) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = DossierCommand.run(new Composition(), all, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void sample() {
        data = temp.resolve("D");
        assertThat(dossier("sample").code()).isZero();
    }

    @AfterEach
    void stopTheOtherProcess() throws Exception {
        if (other != null) {
            other.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Starts another JVM on the test class path that opens the data folder and keeps it open. */
    private long startAnotherDossier() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        other = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HoldsDataFolder.class.getName(), data.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
        String ready = CompletableFuture.supplyAsync(() -> {
            try {
                return lines.readLine();
            } catch (Exception e) {
                return e.toString();
            }
        }).get(60, TimeUnit.SECONDS);
        assertThat(ready).isEqualTo("open " + other.pid());
        return other.pid();
    }

    /** Every file a user or Dossier keeps, by content; SQLite's shared-memory index and the lock are not records. */
    private Map<String, String> dataFolder() throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(data)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String name = data.relativize(p).toString();
                if (!name.equals(DataFolderLock.FILE) && !name.endsWith("-shm")) {
                    files.put(name, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(Files.readAllBytes(p))));
                }
            }
        }
        return files;
    }

    @Test
    void whileAnotherProcessHasTheFolderWritesAreRefusedWithItsPidAndReadsStillWork() throws Exception {
        long pid = startAnotherDossier();
        Map<String, String> before = dataFolder();

        Run add = dossier("add-factory", "Xưởng mới");
        assertThat(add.code()).isEqualTo(1);
        assertThat(add.err()).contains("open in another Dossier (process " + pid + " on ", ", since ");
        for (String[] write : new String[][] {{"rebuild"}, {"backup", "--out", temp.resolve("b.zip").toString()},
            {"attach", ORDER, "agreement", temp.toString()}, {"backup-settings", "--every", "1"}}) {
            Run refused = dossier(write);
            assertThat(refused.code()).as(String.join(" ", write)).isEqualTo(1);
            assertThat(refused.err()).as(String.join(" ", write)).contains("process " + pid);
        }
        assertThatThrownBy(() -> new Composition().open(DataLocation.resolve(data, null)))
                .as("the window is refused the same way, and shows this message")
                .isInstanceOf(DataFolderInUseException.class)
                .hasMessageContaining("process " + pid);

        for (String[] read : new String[][] {{"orders"}, {"factories", "--json"}, {"show", ORDER}, {"verify"},
            {"export", ORDER, "--out", temp.resolve("archive.zip").toString(), "--zip"}}) {
            Run reading = dossier(read);
            assertThat(reading.code()).as(String.join(" ", read) + ": " + reading.err()).isZero();
            assertThat(reading.err()).as(String.join(" ", read)).startsWith("Reading only").contains("process " + pid);
        }
        assertThat(dossier("orders").out()).contains(ORDER);
        assertThat(plain("verify-bag", temp.resolve("archive.zip").toString()).code()).isZero();
        assertThat(dataFolder()).as("commands that read change nothing").isEqualTo(before);

        other.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(Files.readString(data.resolve(DataFolderLock.FILE))).as("the lock file outlived its process")
                .contains("pid=" + pid);
        Run afterwards = dossier("add-factory", "Xưởng mới");
        assertThat(afterwards.code()).as(afterwards.err()).isZero();
        assertThat(dossier("factories").out()).contains("Xưởng mới");
    }

    @Test
    void aLockFileLeftByACrashBlocksNobody() throws Exception {
        Files.writeString(data.resolve(DataFolderLock.FILE), "pid=99999\nhost=old-pc\nsince=2026-01-01T08:00+07:00\n");
        Run add = dossier("add-factory", "Xưởng mới");
        assertThat(add.code()).as(add.err()).isZero();
        assertThat(add.err()).doesNotContain("Reading only");
    }

    @Test
    void whileOpenTheLockFileSaysWhoHasTheFolder() throws Exception {
        try (Services services = new Composition().open(DataLocation.resolve(data, null))) {
            assertThat(Files.readString(data.resolve(DataFolderLock.FILE)))
                    .contains("pid=" + ProcessHandle.current().pid() + "\n", "host=", "since=");
            try (Services again = new Composition().open(DataLocation.resolve(data, null))) {
                assertThat(again.factories().list()).isNotEmpty();
            }
            assertThat(services.factories().list()).as("the first one is still open").isNotEmpty();
        }
        assertThat(Snapshot.tree(data.resolve("Case files"))).isNotEmpty();
    }
}
