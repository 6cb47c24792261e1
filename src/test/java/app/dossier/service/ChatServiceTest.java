package app.dossier.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.dossier.domain.ChatParties;
import app.dossier.domain.ConversationMessage;
import app.dossier.domain.DossierException;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.MessageKind;
import app.dossier.domain.Order;
import app.dossier.domain.PinnedMessage;
import app.dossier.imports.UnreadableFileException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A WeChat chat brought into an order: kept, read, shown, and its key messages pinned for the packet. */
class ChatServiceTest {
    private static final String CONFIRMED = "大货按照这个样品做，颜色和包装都一样，确认。";
    private static final ChatParties MAI = new ChatParties("Mai - Mai Home", null);

    @TempDir
    Path temp;

    private static Order order(Workspace w) {
        return w.order(w.factory("义乌市佳美日用品有限公司"), "2837461920384756123", LocalDate.of(2026, 9, 2), 200, "18.50");
    }

    static Path chatFile(Workspace w, String name) throws Exception {
        return ImportServiceTest.download(w, "chats/" + name, name);
    }

    @Test
    void aMemoTraceExportIsKeptInChatAndAgreementsWithItsMessages() throws Exception {
        try (Workspace w = new Workspace(temp)) {
            Order order = order(w);
            Path file = chatFile(w, "memotrace-lisa.txt");

            ChatImport imported = w.services().chats().importChat(order.id(), file, MAI);

            assertThat(imported.alreadyImported()).isFalse();
            assertThat(imported.evidence().category()).isEqualTo(EvidenceCategory.AGREEMENT);
            assertThat(imported.evidence().file()).isEqualTo("Chat and agreements/memotrace-lisa.txt");
            assertThat(imported.evidence().caption())
                    .isEqualTo("WeChat chat with 李丽, 11 messages, from 2026-08-27 09:00 to 2026-09-02 10:40");
            assertThat(Files.readAllBytes(w.root().resolve(order.folder()).resolve(imported.evidence().file())))
                    .isEqualTo(Files.readAllBytes(file));
            assertThat(imported.conversation().format()).isEqualTo("MEMOTRACE_TXT");

            List<ConversationMessage> messages = w.services().chats().messages(order.id());
            assertThat(messages).hasSize(11);
            assertThat(messages).extracting(ConversationMessage::index).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
            assertThat(messages.get(1)).satisfies(m -> {
                assertThat(m.sender()).isEqualTo("Mai - Mai Home");
                assertThat(m.fromMe()).isTrue();
                assertThat(m.sentAt()).isEqualTo(LocalDateTime.of(2026, 8, 27, 9, 2, 11));
            });
            assertThat(messages).extracting(ConversationMessage::kind)
                    .containsExactly(MessageKind.SYSTEM, MessageKind.TEXT, MessageKind.TEXT, MessageKind.FILE,
                            MessageKind.IMAGE, MessageKind.TEXT, MessageKind.REPLY, MessageKind.TEXT,
                            MessageKind.VOICE, MessageKind.STICKER, MessageKind.TEXT);
            assertThat(messages).allSatisfy(m -> assertThat(m.pinned()).isFalse());
            assertThat(w.services().verify().verify(ProgressListener.NONE).problems()).isEmpty();
        }
    }

    @Test
    void aMemoTrace3ExportIsKeptWithItsTransferAsMoneyAndVerifies() throws Exception {
        try (Workspace w = new Workspace(temp)) {
            Order order = order(w);
            Path file = temp.resolve("李丽.csv");
            Files.write(file, ("\uFEFF消息ID,类型,发送人,时间,内容,备注,昵称,更多信息\r\n"
                    + "7362514089123456789,文本,李丽,2026-09-01 14:30:00," + CONFIRMED + ",李丽,lili,more\r\n"
                    + "7362514089123456790,转账,我,2026-09-01 14:33:00,\"【发起转账】:¥3,700.00\",Mai,Mai,more\r\n"
                    + "7362514089123456791,转账,李丽,2026-09-01 14:40:00,【已收款】,李丽,lili,more\r\n")
                    .getBytes(StandardCharsets.UTF_8));

            ChatImport imported = w.services().chats().importChat(order.id(), file, MAI);

            assertThat(imported.conversation().format()).isEqualTo("MEMOTRACE_3_CSV");
            assertThat(w.services().chats().messages(order.id()))
                    .extracting(ConversationMessage::sender, ConversationMessage::fromMe, ConversationMessage::kind)
                    .containsExactly(tuple("李丽", false, MessageKind.TEXT), tuple("Mai - Mai Home", true, MessageKind.TRANSFER),
                            tuple("李丽", false, MessageKind.TRANSFER));
            assertThat(w.services().verify().verify(ProgressListener.NONE).problems()).isEmpty();
        }
    }

    @Test
    void aPinnedMessageIsWhatThePacketQuotesAndCaseJsonKeepsIt() throws Exception {
        try (Workspace w = new Workspace(temp)) {
            Order order = order(w);
            ChatImport imported = w.services().chats().importChat(order.id(), chatFile(w, "memotrace-lisa.txt"), MAI);
            ConversationMessage confirmation = imported.messages().get(7);
            assertThat(confirmation.text()).startsWith(CONFIRMED);

            ConversationMessage pinned = w.services().chats().pin(confirmation.id(), true);

            assertThat(pinned.pinned()).isTrue();
            assertThat(w.services().chats().pinned(order.id())).extracting(ConversationMessage::sentAt,
                    ConversationMessage::sender, ConversationMessage::text)
                    .containsExactly(tuple(LocalDateTime.of(2026, 9, 1, 14, 30, 2), "李丽", confirmation.text()));
            assertThat(w.services().orders().caseOf(order.id()).conversations()).singleElement()
                    .satisfies(chat -> assertThat(chat.pinned()).containsExactly(new PinnedMessage(7,
                            LocalDateTime.of(2026, 9, 1, 14, 30, 2), "李丽", confirmation.text())));
            String caseJson = Files.readString(w.root().resolve(order.folder()).resolve("case.json"));
            assertThat(caseJson).contains("\"conversations\"", "\"index\": 7", CONFIRMED);
            assertThat(w.services().verify().verify(ProgressListener.NONE).problems()).isEmpty();

            w.services().chats().pin(confirmation.id(), false);
            assertThat(w.services().chats().pinned(order.id())).isEmpty();
            assertThat(Files.readString(w.root().resolve(order.folder()).resolve("case.json"))).doesNotContain(CONFIRMED);
            assertThat(w.services().verify().verify(ProgressListener.NONE).problems()).isEmpty();
        }
    }

    @Test
    void aMemoTraceCsvNamesTheFactorysSideAsGiven() throws Exception {
        try (Workspace w = new Workspace(temp)) {
            Order order = order(w);
            ChatImport imported = w.services().chats().importChat(order.id(), chatFile(w, "memotrace-lisa_utf8.csv"),
                    new ChatParties("Mai", "李丽"));

            assertThat(imported.evidence().caption()).startsWith("WeChat chat with 李丽, 10 messages, from 2026-08-27");
            assertThat(imported.messages()).filteredOn(ConversationMessage::fromMe)
                    .extracting(ConversationMessage::sender).containsOnly("Mai");
            assertThat(imported.messages().get(3).text()).isEqualTo("[文件]硅胶铲5件套报价单.xlsx");
        }
    }

    @Test
    void pastedTextIsSavedAsAUtf8TextFileAndReadTheSameWay() throws Exception {
        try (Workspace w = new Workspace(temp)) {
            Order order = order(w);
            String pasted = Files.readString(chatFile(w, "wechat-paste-en.txt"));

            ChatImport imported = w.services().chats().importPastedChat(order.id(), pasted,
                    new ChatParties("Nguyễn Thị Mai", null));

            assertThat(imported.evidence().file()).isEqualTo("Chat and agreements/WeChat chat 2026-09-01.txt");
            assertThat(imported.evidence().caption()).startsWith("WeChat chat with Lisa, 5 messages");
            assertThat(Files.readString(w.root().resolve(order.folder()).resolve(imported.evidence().file()),
                    StandardCharsets.UTF_8)).isEqualTo(pasted);
            assertThat(imported.messages()).extracting(ConversationMessage::sender)
                    .containsExactly("Lisa", "Nguyễn Thị Mai", "Lisa", "Lisa", "Nguyễn Thị Mai");
            assertThat(w.services().verify().verify(ProgressListener.NONE).problems()).isEmpty();
        }
    }

    @Test
    void theSameChatAgainChangesNothing() throws Exception {
        try (Workspace w = new Workspace(temp)) {
            Order order = order(w);
            Path file = chatFile(w, "memotrace-lisa.txt");
            ChatImport first = w.services().chats().importChat(order.id(), file, MAI);
            w.services().chats().pin(first.messages().get(7).id(), true);
            Snapshot before = Snapshot.of(w);

            ChatImport again = w.services().chats().importChat(order.id(), file, MAI);

            assertThat(again.alreadyImported()).isTrue();
            assertThat(again.evidence()).isEqualTo(first.evidence());
            assertThat(again.messages()).hasSize(11);
            assertThat(Snapshot.of(w)).isEqualTo(before);
        }
    }

    @Test
    void somethingThatIsNotAChatIsRefusedWithTheReasonAndNothingIsKept() throws Exception {
        try (Workspace w = new Workspace(temp)) {
            Order order = order(w);
            Path photo = w.photo("mẫu.jpg", 3);
            Path note = w.textFile("ghi chú.txt", "Xin chào, đây là ghi chú.\n");
            Snapshot before = Snapshot.of(w);

            assertThatThrownBy(() -> w.services().chats().importChat(order.id(), photo, MAI))
                    .isInstanceOf(UnreadableFileException.class)
                    .hasMessageContaining("not text in UTF-8 or GBK");
            assertThatThrownBy(() -> w.services().chats().importChat(order.id(), note, MAI))
                    .isInstanceOf(UnreadableFileException.class)
                    .hasMessageContaining("This is not a chat Dossier can read");
            assertThatThrownBy(() -> w.services().chats().importPastedChat(order.id(), "  ", MAI))
                    .isInstanceOf(UnreadableFileException.class);
            assertThatThrownBy(() -> w.services().chats().pin(99, true))
                    .isInstanceOf(DossierException.class).hasMessageContaining("no longer in the case file");
            assertThat(Snapshot.of(w)).isEqualTo(before);
        }
    }
}
