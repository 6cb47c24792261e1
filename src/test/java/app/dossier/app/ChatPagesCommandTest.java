package app.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.service.Checkpoint;
import app.dossier.service.PyWxDumpPages;
import app.dossier.service.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import-chat ORDER FILE FILE…}: PyWxDump's pages of one chat kept as one conversation, times in --zone. */
@Tag("slow")
class ChatPagesCommandTest {
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
        CommandRun.oneOrder(data, new Composition(Checkpoint.NONE, Workspace.CLOCK), ORDER, "¥18.50", "2026-09-02");
    }

    @Test
    void thePagesOfOneChatAreKeptAsOneConversationWithTheirTimesMovedFromChina() throws Exception {
        Path first = PyWxDumpPages.page(temp, "wxid_li", 0, 5000);
        Path second = PyWxDumpPages.page(temp, "wxid_li", 5000, 5003);

        CommandRun imported = dossier("import-chat", ORDER, second.toString(), first.toString(), "--them", "李丽",
                "--zone", "Asia/Shanghai");

        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out())
                .startsWith("Kept 义乌市佳美日用品有限公司/2026-09-02 2837461920384756123/Chat and agreements/wxid_li_0_5000.csv"
                        + " with 1 more page: WeChat chat with 李丽, 5003 messages, from 2026-09-01 07:01 to")
                .contains("Its times were written in Asia/Shanghai and are shown on this computer's clock (Asia/Ho_Chi_Minh).")
                .containsPattern("2026-09-01 07:01 +我 +Chị đặt thêm mẫu số 1, giao trước ngày 20.")
                .contains(PyWxDumpPages.text(5003));
        CommandRun show = dossier("show", ORDER);
        assertThat(show.out()).contains("wxid_li_0_5000.csv", "wxid_li_5000_5003.csv");

        CommandRun again = dossier("import-chat", ORDER, first.toString(), second.toString(), "--zone", "Asia/Shanghai");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).startsWith("Already kept as").contains("with 1 more page; nothing was changed.");

        CommandRun trash = dossier("remove-file", ORDER, "wxid_li_5000_5003.csv");
        assertThat(trash.code()).isNotZero();
        assertThat(trash.err()).contains("“wxid_li_5000_5003.csv” is a chat kept with its messages (5003)");

        CommandRun verify = dossier("verify");
        assertThat(verify.code()).as(verify.out() + verify.err()).isZero();
    }

    @Test
    void withoutZoneTheComputersIsUsedAndAZoneThatIsNoneIsRefused() throws Exception {
        Path page = PyWxDumpPages.page(temp, "wxid_li", 0, 2);

        CommandRun wrong = dossier("import-chat", ORDER, page.toString(), "--zone", "Hà Nội");
        assertThat(wrong.code()).isNotZero();
        assertThat(wrong.err()).contains("“Hà Nội” is not a time zone");

        CommandRun imported = dossier("import-chat", ORDER, page.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).containsPattern("2026-09-01 08:01 +我").doesNotContain("were written in");
        assertThat(Files.readString(data.resolve("Case files/义乌市佳美日用品有限公司/2026-09-02 2837461920384756123/case.json")))
                .contains("\"zone\": \"Asia/Ho_Chi_Minh\"");
    }
}
