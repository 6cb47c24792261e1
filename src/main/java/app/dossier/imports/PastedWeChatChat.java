package app.dossier.imports;

import app.dossier.domain.ChatParties;
import app.dossier.domain.PastedMessage;
import app.dossier.domain.Refusal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Messages copied from WeChat and pasted, read without a person checking them (a text file imported
 * as it is): as {@link PastedChat} reads them, refused whole when a message's time is not there.
 * The name may hold spaces ("Nguyễn Thị Mai"): it is everything before the time.
 */
final class PastedWeChatChat {
    private PastedWeChatChat() {
    }

    static Chat read(String text, ChatParties parties, LocalDate pastedOn) {
        List<ChatMessage> messages = new ArrayList<>();
        boolean meSeen = false;
        List<String> lines = ChatText.lines(text);
        for (PastedMessage pasted : PastedChat.read(text, pastedOn)) {
            if (pasted.doubt() == PastedMessage.Doubt.NO_SENDER) {
                throw new UnreadableFileException(Refusal.NOT_A_CHAT.with());
            }
            if (pasted.sentAt() == null) {
                String line = lines.get(pasted.line() - 1).strip();
                String when = line.startsWith(pasted.sender()) ? line.substring(pasted.sender().length()).strip() : line;
                throw new UnreadableFileException(Refusal.CHAT_TIME_DOES_NOT_EXIST.with(pasted.line(), when));
            }
            boolean fromMe = parties.isMe(pasted.sender());
            meSeen |= fromMe;
            messages.add(new ChatMessage(pasted.sentAt(), pasted.sender(), fromMe, ChatText.kindOf(pasted.text()),
                    pasted.text()));
        }
        return new Chat(ChatFormat.WECHAT_DESKTOP_PASTE, ChatText.withTransfers(messages), meSeen);
    }
}
