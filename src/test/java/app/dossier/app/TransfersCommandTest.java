package app.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.service.Checkpoint;
import app.dossier.service.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dossier transfers}: the WeChat transfer a buyer sent in a MemoTrace 3.x chat, with the
 * factory's 已收款, recorded as a payment of the order with the chat as its proof, once.
 */
@Tag("slow")
class TransfersCommandTest {
    private static final String ORDER = "2837461920384756123";
    @TempDir
    Path folder;

    @Test
    void aTransferInTheChatBecomesAPaymentWithTheChatAsProofAndOnlyOnce() throws Exception {
        Path data = folder.resolve("data");
        CommandRun.oneOrder(data, composition(), ORDER, "¥18.50", "2026-08-28");
        Path chat = Files.write(folder.resolve("李丽.csv"), ("\uFEFF消息ID,类型,发送人,时间,内容,备注,昵称,更多信息\r\n"
                + "7362514089123456789,文本,李丽,2026-09-01 14:30:00,定金请转3700,李丽 - 义乌厂,lili,more\r\n"
                + "7362514089123456793,转账,我,2026-09-01 14:33:00,\"【发起转账】:¥3,700.00\",Mai,Mai,more\r\n"
                + "7362514089123456794,转账,李丽,2026-09-01 14:40:00,【已收款】,李丽 - 义乌厂,lili,more\r\n"
                + "7362514089123456795,文本,李丽,2026-09-01 14:41:00,收到定金，谢谢,李丽 - 义乌厂,lili,more\r\n")
                .getBytes(StandardCharsets.UTF_8));
        CommandRun imported = dossier(data, "import-chat", ORDER, chat.toString());
        assertThat(imported.code()).as(imported.err()).isZero();

        CommandRun listed = dossier(data, "transfers", ORDER);
        assertThat(listed.out()).as(listed.err()).contains("1. 2026-09-01 14:33  3700.00 CNY  已收款 2026-09-01 14:40")
                .contains("not recorded: dossier transfers " + ORDER + " --record 1");

        CommandRun recorded = dossier(data, "transfers", ORDER, "--record", "1", "--covers", "deposit", "--rate", "3650");
        assertThat(recorded.code()).as(recorded.err()).isZero();
        assertThat(recorded.out()).contains("Recorded payment 1: 3700.00 CNY on 2026-09-01")
                .contains("the chat as its proof; acknowledged 2026-09-01 14:40");
        CommandRun shown = dossier(data, "show", ORDER);
        assertThat(shown.out()).contains("2026-09-01  ¥3,700.00  deposit  acknowledged 2026-09-01T14:40");
        assertThat(dossier(data, "transfers", ORDER).out()).contains("recorded as payment 1");

        CommandRun again = dossier(data, "transfers", ORDER, "--record", "1");
        assertThat(again.code()).isNotZero();
        assertThat(again.err()).contains("WeChat transfer 2026-09-01 14:33 is recorded already, as payment 1");
        assertThat(dossier(data, "verify").code()).isZero();
    }

    @Test
    void aChatlogChatWithoutYearsIsKeptInTheOrdersYearAndTheTerminalSaysSo() throws Exception {
        Path data = folder.resolve("data");
        CommandRun.oneOrder(data, composition(), ORDER, "¥18.50", "2026-08-28");
        Path chat = Files.writeString(folder.resolve("chatlog.txt"), "李丽(wxid_li) 09-01 14:30:00\n定金请转3700\n\n"
                + "Mai(我) 09-01 14:33:00\n[转账|发送 ￥3,700.00](定金)\n\n");

        CommandRun imported = dossier(data, "import-chat", ORDER, chat.toString());

        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("2026-09-01 14:30")
                .contains("without the year: each is in the year nearest the order's date");
        assertThat(dossier(data, "transfers", ORDER).out()).contains("1. 2026-09-01 14:33  3700.00 CNY");
    }

    private static Composition composition() {
        return new Composition(Checkpoint.NONE, Workspace.CLOCK);
    }

    private static CommandRun dossier(Path data, String... args) {
        return CommandRun.on(data, composition(), args);
    }
}
