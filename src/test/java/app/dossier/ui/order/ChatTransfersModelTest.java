package app.dossier.ui.order;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.ChatParties;
import app.dossier.domain.Order;
import app.dossier.domain.PaymentCovers;
import app.dossier.service.Workspace;
import app.dossier.ui.ModelContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Payments tab offers the transfer the buyer sent in the order's chat, and records it in one click. */
class ChatTransfersModelTest {
    @TempDir
    Path temp;
    private ModelContext ui;
    private OrderViewModel model;
    private Order spatulas;

    @BeforeEach
    void open() throws Exception {
        ui = new ModelContext(temp, true);
        model = new OrderViewModel(ui.context(), Workspace.CLOCK, () -> { });
        spatulas = ui.workspace().services().orders().find("2837461920384756123");
        Path chat = Files.write(temp.resolve("李丽-3x.csv"), ("\uFEFF消息ID,类型,发送人,时间,内容,备注,昵称,更多信息\r\n"
                + "7362514089123456793,转账,我,2026-10-20 09:05:00,\"【发起转账】:¥1,850.00\",Mai,Mai,more\r\n"
                + "7362514089123456794,转账,李丽,2026-10-20 09:12:00,【已收款】,李丽 - 义乌厂,lili,more\r\n")
                .getBytes(StandardCharsets.UTF_8));
        ui.workspace().services().chats().importChat(spatulas.id(), chat, ChatParties.UNKNOWN);
    }

    @AfterEach
    void close() {
        ui.close();
    }

    @Test
    void theTransferIsOfferedWithItsReceiptAndRecordedAsADepositThenNoLongerOffered() {
        model.load(spatulas.id());
        int before = model.ledger().rows().size();

        assertThat(model.transfers().offers()).singleElement().satisfies(offer -> assertThat(offer.words())
                .isEqualTo("WeChat transfer ¥1,850.00, sent 2026-10-20 09:05 · the factory's 已收款 2026-10-20 09:12"));

        model.transfers().record(model.transfers().offers().get(0), PaymentCovers.DEPOSIT);

        assertThat(model.transfers().offers()).isEmpty();
        assertThat(model.ledger().rows()).hasSize(before + 1);
        assertThat(ui.navigator().said).as(String.valueOf(ui.navigator().warned)).last().asString()
                .isEqualTo("Recorded the transfer of ¥1,850.00 on 2026-10-20 as a payment (Deposit), the chat as its proof.");
    }
}
