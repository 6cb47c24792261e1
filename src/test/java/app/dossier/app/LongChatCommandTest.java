package app.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.imports.LongMemoTraceChat;
import app.dossier.service.Checkpoint;
import app.dossier.service.Workspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import-chat} of a long chat: its progress on stderr as the file is read, the first 1,000
 * messages listed and the rest said, every message found by {@code search}.
 */
@Tag("slow")
class LongChatCommandTest {
    private static final String ORDER = "2837461920384756123";
    private static final int MESSAGES = 20_000;

    @TempDir
    Path temp;

    @Test
    void aLongChatPrintsItsProgressOnStderrAndListsItsFirstThousandMessages() throws Exception {
        Path data = temp.resolve("D");
        Composition composition = new Composition(Checkpoint.NONE, Workspace.CLOCK);
        CommandRun.oneOrder(data, composition, ORDER, "¥18.50", "2024-01-02");
        Path chat = temp.resolve("李丽 2021-2024.csv");
        LongMemoTraceChat.write(chat, MESSAGES);

        CommandRun imported = CommandRun.on(data, composition, "import-chat", ORDER, chat.toString(), "--me", "Mai");

        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).startsWith("Kept ")
                .contains("WeChat chat with 李丽, 20000 messages, from 2021-03-01 08:")
                .endsWith("The first 1,000 of the chat's 20,000 messages are shown; `dossier search` finds any of them."
                        + System.lineSeparator());
        assertThat(imported.out().lines().filter(l -> l.matches("\\d+ +20\\d\\d-.*"))).hasSize(1_000);
        assertThat(imported.err()).contains("100%  20,000 messages read from 李丽 2021-2024.csv");
        assertThat(imported.err().lines()).allMatch(l -> l.matches(" *\\d+%  [\\d,]+ messages read from .*"));
        CommandRun search = CommandRun.on(data, composition, "search", "ZX-7781");
        assertThat(search.out()).contains(LongMemoTraceChat.LAST_WORDS);
        CommandRun verify = CommandRun.on(data, composition, "verify");
        assertThat(verify.code()).as(verify.out() + verify.err()).isZero();
    }
}
