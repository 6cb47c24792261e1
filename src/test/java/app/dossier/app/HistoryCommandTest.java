package app.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.service.Checkpoint;
import app.dossier.service.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code history} shows who changed what, under the name set with {@code workstation}; a history line
 * changed or removed by hand makes {@code verify} exit 1 naming the order and the entry.
 */
@Tag("slow")
class HistoryCommandTest {
    private static final String ORDER = "2837461920384756123";

    @TempDir
    Path temp;

    private Path data;

    private CommandRun dossier(String... args) {
        return CommandRun.on(data, new Composition(Checkpoint.NONE, Workspace.CLOCK), args);
    }

    @BeforeEach
    void theSample() {
        data = temp.resolve("D");
        CommandRun sample = dossier("sample");
        assertThat(sample.code()).as(sample.err()).isZero();
    }

    private Path historyFile() throws Exception {
        try (Stream<Path> found = Files.walk(data)) {
            return found.filter(p -> p.getFileName().toString().equals("history.jsonl")
                    && p.getParent().getFileName().toString().endsWith(ORDER)).findFirst().orElseThrow();
        }
    }

    @Test
    void aCorrectedPaymentShowsInTheHistoryUnderTheWorkstationsName() {
        assertThat(dossier("workstation", "--user", "Trần Văn Hùng").out()).contains("Trần Văn Hùng");
        CommandRun edit = dossier("edit-payment", ORDER, "1", "--amount", "¥3,750.00");
        assertThat(edit.code()).as(edit.err()).isZero();

        CommandRun history = dossier("history", ORDER);
        assertThat(history.code()).isZero();
        assertThat(history.out()).containsPattern("History of order " + ORDER + ": \\d+ entries, head [0-9a-f]{64}")
                .contains("Trần Văn Hùng  payment 1: amount.amount 3700.00 -> 3750.00");
        CommandRun verify = dossier("verify");
        assertThat(verify.code()).as(verify.out()).isZero();
    }

    @Test
    void oneByteChangedOrALineRemovedMakesVerifyExit1NamingTheOrderAndEntry() throws Exception {
        Path file = historyFile();
        byte[] original = Files.readAllBytes(file);
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        byte[] changed = original.clone();
        int at = new String(original, StandardCharsets.ISO_8859_1).indexOf("\"number\":2,"); // a byte offset
        changed[at + "\"number\":2,\"at\":\"2".length()] ^= 1; // one byte of entry 2's date
        Files.write(file, changed);

        CommandRun verify = dossier("verify");
        assertThat(verify.code()).isEqualTo(1);
        assertThat(verify.out()).contains("HISTORY", ORDER, "entry 2 was changed");

        lines.remove(3);
        Files.write(file, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        verify = dossier("verify");
        assertThat(verify.code()).isEqualTo(1);
        assertThat(verify.out()).contains("HISTORY", ORDER, "entry 4 was removed");

        Files.write(file, original);
        assertThat(dossier("verify").code()).isZero();
    }
}
