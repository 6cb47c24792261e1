package app.dossier.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.Factory;
import app.dossier.domain.Order;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Dossier killed while writing a packet leaves a hidden temp file beside where the packet was to
 * go. The next packet written to that folder clears those of processes that have ended, and leaves a
 * running Dossier's own alone.
 */
@Tag("slow")
class PacketLeftoversTest {
    @TempDir
    Path temp;

    @Test
    void theNextPacketClearsWhatAKilledOneLeftAndNothingElse() throws Exception {
        Process ended = new ProcessBuilder("java", "-version").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        ended.waitFor();
        Path out = Files.createDirectories(temp.resolve("Packets"));
        Path killed = Files.write(out.resolve(".dossier-packet-" + ended.pid() + "-8123.part"), new byte[1000]);
        Path running = Files.write(out.resolve(".dossier-packet-" + ProcessHandle.current().pid() + "-77.part"),
                new byte[10]);
        Path someoneElses = Files.write(out.resolve(".dossier-packet-notes.part"), new byte[10]);
        Path mine = Files.write(out.resolve("packet draft.pdf"), new byte[10]);

        try (Workspace w = new Workspace(temp.resolve("data"))) {
            Factory factory = w.factory("义乌市佳美日用品有限公司");
            Order order = w.order(factory, "2837461920384756123", LocalDate.of(2026, 9, 2), 200, "18.50");
            Path target = out.resolve("packet.pdf");

            w.services().disputes().writePacket(order.id(), (app.dossier.domain.Language) null, target, ProgressListener.NONE);

            assertThat(target).isNotEmptyFile();
        }
        assertThat(killed).as("left by a Dossier that was killed").doesNotExist();
        assertThat(running).as("a packet being written by a Dossier still running").exists();
        assertThat(someoneElses).exists();
        assertThat(mine).exists();
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("packet.pdf", running.getFileName().toString(),
                            ".dossier-packet-notes.part", "packet draft.pdf");
        }
    }
}
