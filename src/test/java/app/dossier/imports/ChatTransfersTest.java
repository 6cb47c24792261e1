package app.dossier.imports;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.ChatTransfer;
import app.dossier.domain.ConversationMessage;
import app.dossier.domain.MessageKind;
import app.dossier.domain.Money;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChatTransfersTest {
    private final List<ConversationMessage> chat = new ArrayList<>();

    private void say(int minute, boolean fromMe, MessageKind kind, String text) {
        chat.add(new ConversationMessage(100 + chat.size(), 1, 7, chat.size(), LocalDateTime.of(2026, 9, 1, 14, minute),
                fromMe ? "我" : "李丽", fromMe, kind, text, false));
    }

    @Test
    void eachTransferTheBuyerSentIsOfferedWithTheFactorysReceiptOfTheSameAmount() {
        say(30, false, MessageKind.TEXT, "定金请转3700，尾款发货前付");
        say(33, true, MessageKind.TRANSFER, "【发起转账】:¥3,700.00");
        say(40, false, MessageKind.TRANSFER, "【已收款】:¥3,700.00");
        say(41, true, MessageKind.TRANSFER, "【发起转账】:¥200.00");
        say(42, false, MessageKind.TRANSFER, "【已退还】:¥200.00");
        say(43, false, MessageKind.TRANSFER, "【发起转账】:¥50.00");
        say(50, true, MessageKind.TRANSFER, "[转账|发送 ¥5,550.00]");

        List<ChatTransfer> sent = ChatTransfers.sent(chat);

        assertThat(sent).extracting(ChatTransfer::messageId, t -> t.amount().amount().toPlainString(),
                        ChatTransfer::acknowledgedAt)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(101L, "3700.00", LocalDateTime.of(2026, 9, 1, 14, 40)),
                        org.assertj.core.groups.Tuple.tuple(106L, "5550.00", null));
        assertThat(sent).allSatisfy(t -> assertThat(t.amount().currency()).isEqualTo(Money.CNY));
        assertThat(sent.get(0).reference()).isEqualTo("WeChat transfer 2026-09-01 14:33");
    }
}
