package app.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.service.Checkpoint;
import app.dossier.service.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import-chat --preview}: the messages of copied chat text as read, with what to check, and nothing changed. */
@Tag("slow")
class ChatPreviewCommandTest {
    private static final String ORDER = "2837461920384756123";

    @TempDir
    Path temp;

    private Path data;

    private CommandRun dossier(String... args) {
        return CommandRun.on(data, new Composition(Checkpoint.NONE, Workspace.CLOCK), args);
    }

    @BeforeEach
    void anOrder() {
        data = temp.resolve("D");
        CommandRun.oneOrder(data, new Composition(Checkpoint.NONE, Workspace.CLOCK), ORDER, "¥18.50", "2024-01-02");
    }

    @Test
    void thePreviewPrintsEachMessageWithWhatToCheckAndKeepsNothing() throws Exception {
        Path chat = temp.resolve("chép từ WeChat.txt");
        Files.writeString(chat, "(chép từ điện thoại)\n李丽 2024/1/5 2:03 PM\n亲，大货已经做好了 😊\n"
                + "Nguyễn Thị Hằng 2024/1/5 2:05 PM\nMàu xám có đúng như mẫu không?\n", StandardCharsets.UTF_8);

        CommandRun preview = dossier("import-chat", ORDER, chat.toString(), "--preview");

        assertThat(preview.code()).as(preview.err()).isZero();
        assertThat(preview.out()).startsWith("Preview of “chép từ WeChat.txt”: 3 messages, 1 to check. Nothing was changed.")
                .contains("no sender: lines before the first message", "(chép từ điện thoại)")
                .containsPattern("2 +2 +2024-01-05 14:03 +李丽 +亲，大货已经做好了 😊")
                .containsPattern("3 +4 +2024-01-05 14:05 +Nguyễn Thị Hằng +Màu xám");
        CommandRun show = dossier("show", ORDER);
        assertThat(show.out()).doesNotContain("chép từ WeChat.txt");
        CommandRun verify = dossier("verify");
        assertThat(verify.code()).as(verify.out() + verify.err()).isZero();
    }
}
