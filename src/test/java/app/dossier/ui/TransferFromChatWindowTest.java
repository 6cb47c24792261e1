package app.dossier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.ChatParties;
import app.dossier.domain.Order;
import app.dossier.domain.PaymentCovers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The transfer sent in the order's WeChat chat (a MemoTrace 3.x export), offered on the Payments tab
 * and recorded as the deposit with two clicks, in Vietnamese. Writes target/screenshots/orders-transfer-vi.png.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class TransferFromChatWindowTest {
    @TempDir
    Path temp;

    private WindowFixture fixture;

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void theTransferInTheChatIsRecordedAsTheDeposit(FxRobot robot) throws Exception {
        fixture = new WindowFixture(temp, true);
        fixture.workspace().services().settings().put("window.language", "vi");
        var services = fixture.workspace().services();
        Order spatulas = services.orders().find("2837461920384756123");
        Path chat = Files.write(temp.resolve("李丽-3x.csv"), ("\uFEFF消息ID,类型,发送人,时间,内容,备注,昵称,更多信息\r\n"
                + "7362514089123456793,转账,我,2026-10-20 09:05:00,\"【发起转账】:¥1,850.00\",Mai,Mai,more\r\n"
                + "7362514089123456794,转账,李丽,2026-10-20 09:12:00,【已收款】,李丽 - 义乌厂,lili,more\r\n")
                .getBytes(StandardCharsets.UTF_8));
        services.chats().importChat(spatulas.id(), chat, ChatParties.UNKNOWN);
        int payments = services.payments().ofOrder(spatulas.id()).size();
        fixture.open();
        robot.interact(() -> fixture.window().showOrder(spatulas.id()));
        fixture.settle();
        robot.clickOn("#tab-title-PAYMENT");
        WaitForAsyncUtils.waitForFxEvents();

        Looks.shown(robot, "#chat-transfers");
        Node offer = robot.lookup("#chat-transfers").query();
        assertThat(ScreenText.joined(robot, "#chat-transfers")).contains("Chuyển khoản WeChat ¥1.850,00, gửi lúc 20/10/2026 09:05")
                .contains("xưởng báo 已收款 lúc 20/10/2026 09:12");
        fixture.screenshot(offer.getParent(), Path.of("target/screenshots/orders-transfer-vi.png"));
        robot.clickOn(Looks.shown(robot, ".record-transfer"));
        robot.clickOn("#record-transfer-" + PaymentCovers.DEPOSIT.name());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(services.payments().ofOrder(spatulas.id())).hasSize(payments + 1)
                .anySatisfy(p -> {
                    assertThat(p.covers()).isEqualTo(PaymentCovers.DEPOSIT);
                    assertThat(p.amount().amount()).isEqualByComparingTo("1850.00");
                    assertThat(p.acknowledgedAt()).isNotNull();
                });
        assertThat(robot.lookup("#chat-transfers").query().isVisible()).as("no longer offered").isFalse();
    }
}
