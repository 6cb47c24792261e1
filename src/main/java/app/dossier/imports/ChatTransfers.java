package app.dossier.imports;

import app.dossier.domain.ChatTransfer;
import app.dossier.domain.ConversationMessage;
import app.dossier.domain.Money;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The transfers the importer sent in an order's chats, each with the factory's acknowledgement: the
 * first 已收款 of the same amount from the factory's side after it, in the same chat. A transfer the
 * factory sent back (已退还) is not offered as a payment.
 */
public final class ChatTransfers {
    private ChatTransfers() {
    }

    /** The importer's transfers among {@code messages} (an order's, any order), oldest first, none recorded yet. */
    public static List<ChatTransfer> sent(List<ConversationMessage> messages) {
        List<ConversationMessage> ordered = messages.stream()
                .filter(m -> m.kind() == app.dossier.domain.MessageKind.TRANSFER)
                .sorted(Comparator.comparing(ConversationMessage::evidenceId).thenComparing(ConversationMessage::index))
                .toList();
        List<ChatTransfer> out = new ArrayList<>();
        List<Boolean> acknowledged = new ArrayList<>();
        Money lastOffered = null;
        for (ConversationMessage m : ordered) {
            Optional<Transfer> read = ChatText.transfer(m.text(), m.fromMe(), lastOffered);
            if (read.isEmpty()) {
                continue;
            }
            Transfer t = read.get();
            if (t.step() == Transfer.Step.SENT) {
                lastOffered = t.amount();
                if (t.paidByMe()) {
                    out.add(new ChatTransfer(m.id(), m.evidenceId(), m.sentAt(), t.amount(), null, null));
                    acknowledged.add(false);
                }
                continue;
            }
            for (int i = out.size() - 1; i >= 0; i--) {
                ChatTransfer sent = out.get(i);
                if (!acknowledged.get(i) && sent.evidenceId() == m.evidenceId() && same(sent.amount(), t.amount())
                        && t.paidByMe()) {
                    acknowledged.set(i, true);
                    if (t.step() == Transfer.Step.RECEIVED) {
                        out.set(i, new ChatTransfer(sent.messageId(), sent.evidenceId(), sent.sentAt(), sent.amount(),
                                m.sentAt(), null));
                    } else {
                        out.remove(i);
                        acknowledged.remove(i);
                    }
                    break;
                }
            }
        }
        return out;
    }

    private static boolean same(Money a, Money b) {
        return a.currency().equals(b.currency()) && a.amount().compareTo(b.amount()) == 0;
    }
}
