package app.dossier.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.dossier.domain.ChatParties;
import app.dossier.domain.ConversationMessage;
import app.dossier.domain.DossierException;
import app.dossier.domain.Order;
import app.dossier.domain.PastedMessage;
import app.dossier.domain.Refusal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pasted chat checked in the preview: the text kept as pasted, the messages as the user corrected them. */
class ConfirmedChatTest {
    private static final String PASTED = "李丽 2024/1/5 2:03 PM\n亲，大货已经做好了 😊\n"
            + "Nguyễn Thị Hằng 2024/1/5 2:05 PM\nChị ơi, màu xám có đúng như mẫu không?\n"
            + "李丽 2024/1/5 2:06 PM\n颜色和样品一样，确认\nNguyễn Thị Hằng: cảm ơn chị\n";
    private static final ChatParties HANG = new ChatParties("Nguyễn Thị Hằng", "李丽");

    @TempDir
    Path temp;

    private static Order order(Workspace w) {
        return w.order(w.factory("义乌市佳美日用品有限公司"), "2837461920384756123", LocalDate.of(2024, 1, 2), 200, "18.50");
    }

    /** The preview's rows after the user split the last message and gave its second line to the buyer. */
    private static List<PastedMessage> corrected(List<PastedMessage> read) {
        List<PastedMessage> rows = new ArrayList<>(read);
        PastedMessage last = rows.remove(2);
        rows.add(last.corrected(last.sentAt(), last.sender(), "颜色和样品一样，确认"));
        rows.add(last.corrected(LocalDateTime.of(2024, 1, 5, 14, 7), "Nguyễn Thị Hằng", "cảm ơn chị"));
        return rows;
    }

    @Test
    void thePreviewChangesNothing() throws Exception {
        try (Workspace w = new Workspace(temp)) {
            Order order = order(w);

            List<PastedMessage> read = w.services().chats().preview(PASTED);

            assertThat(read).extracting(PastedMessage::sender)
                    .containsExactly("李丽", "Nguyễn Thị Hằng", "李丽");
            assertThat(read.get(2).text()).isEqualTo("颜色和样品一样，确认\nNguyễn Thị Hằng: cảm ơn chị");
            assertThat(w.services().chats().chats(order.id())).isEmpty();
            assertThat(w.services().evidence().ofOrder(order.id())).isEmpty();
        }
    }

    @Test
    void theCorrectedMessagesAreKeptBesideThePastedTextAndSurviveARebuild() throws Exception {
        try (Workspace w = new Workspace(temp)) {
            Order order = order(w);
            List<PastedMessage> rows = corrected(w.services().chats().preview(PASTED));

            ChatImport imported = w.services().chats().importConfirmedChat(order.id(), PASTED, HANG, rows);

            assertThat(imported.evidence().file()).isEqualTo("Chat and agreements/WeChat chat 2024-01-05.txt");
            assertThat(Files.readString(w.root().resolve(order.folder()).resolve(imported.evidence().file()),
                    StandardCharsets.UTF_8)).as("the evidence is the text as pasted").isEqualTo(PASTED);
            List<ConversationMessage> messages = w.services().chats().messages(order.id());
            assertThat(messages).extracting(ConversationMessage::sender, ConversationMessage::fromMe,
                    ConversationMessage::text).containsExactly(
                            tuple("李丽", false, "亲，大货已经做好了 😊"),
                            tuple("Nguyễn Thị Hằng", true, "Chị ơi, màu xám có đúng như mẫu không?"),
                            tuple("李丽", false, "颜色和样品一样，确认"),
                            tuple("Nguyễn Thị Hằng", true, "cảm ơn chị"));
            assertThat(Files.readString(w.root().resolve(order.folder()).resolve("case.json")))
                    .contains("\"confirmed\"", "cảm ơn chị", "WECHAT_PASTE_CONFIRMED");
            assertThat(w.services().verify().verify(ProgressListener.NONE).problems()).isEmpty();
            w.services().chats().pin(messages.get(2).id(), true);

            w.closeServices();
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Files.deleteIfExists(Path.of(w.location().databaseFile() + suffix));
            }
            assertThat(w.composition().rebuild(w.location(), ProgressListener.NONE).problems()).isEmpty();
            w.reopenAfterRebuild();

            assertThat(w.services().chats().messages(order.id())).extracting(ConversationMessage::sender,
                    ConversationMessage::text, ConversationMessage::pinned).containsExactly(
                            tuple("李丽", "亲，大货已经做好了 😊", false),
                            tuple("Nguyễn Thị Hằng", "Chị ơi, màu xám có đúng như mẫu không?", false),
                            tuple("李丽", "颜色和样品一样，确认", true),
                            tuple("Nguyễn Thị Hằng", "cảm ơn chị", false));
            assertThat(w.services().verify().verify(ProgressListener.NONE).problems()).isEmpty();
        }
    }

    @Test
    void aMessageWithoutATimeIsRefusedAndNothingIsKept() throws Exception {
        try (Workspace w = new Workspace(temp)) {
            Order order = order(w);
            List<PastedMessage> rows = w.services().chats().preview("(chép từ điện thoại)\n" + PASTED);
            assertThat(rows.get(0).doubt()).isEqualTo(PastedMessage.Doubt.NO_SENDER);

            assertThatThrownBy(() -> w.services().chats().importConfirmedChat(order.id(), PASTED, HANG, rows))
                    .isInstanceOfSatisfying(DossierException.class,
                            e -> assertThat(e.wording().orElseThrow().refusal()).isEqualTo(Refusal.CHAT_MESSAGE_WITHOUT_TIME))
                    .hasMessageStartingWith("Message 1 (from line 1 of the pasted text) has no time.");
            assertThatThrownBy(() -> w.services().chats().importConfirmedChat(order.id(), PASTED, HANG, List.of()))
                    .hasMessage("Every message was dropped, so there is no chat to import.");
            assertThat(w.services().evidence().ofOrder(order.id())).isEmpty();
        }
    }
}
