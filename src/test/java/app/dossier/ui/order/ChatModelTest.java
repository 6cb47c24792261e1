package app.dossier.ui.order;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.ChatParties;
import app.dossier.domain.ConversationMessage;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.MessageKind;
import app.dossier.domain.Order;
import app.dossier.service.ImportServiceTest;
import app.dossier.service.Workspace;
import app.dossier.ui.ModelContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** WeChat chats in the order's Chat and agreements: brought in, read as a conversation, pinned. */
class ChatModelTest {
    private static final ChatParties MAI = new ChatParties("Mai", "李丽");

    @TempDir
    Path temp;

    private ModelContext ui;
    private OrderViewModel order;
    private ChatModel chats;
    private Order lunchBoxes;
    private final AtomicInteger listChanges = new AtomicInteger();

    @BeforeEach
    void open() {
        ui = new ModelContext(temp, true);
        order = new OrderViewModel(ui.context(), Workspace.CLOCK, listChanges::incrementAndGet);
        lunchBoxes = ui.workspace().services().orders().find("2840019375561028394");
        order.load(lunchBoxes.id());
        chats = order.chats();
    }

    @AfterEach
    void close() {
        ui.close();
    }

    private Path chatFile(String name) throws Exception {
        return ImportServiceTest.download(ui.workspace(), "chats/" + name, name);
    }

    private ChatLine lineWith(String words) {
        return chats.lines().stream().filter(l -> l.body().contains(words)).findFirst().orElseThrow();
    }

    @Test
    void aMemoTraceExportShowsAsAConversationWithTheFactoryOnTheOtherSide() throws Exception {
        assertThat(chats.lines()).isEmpty();
        assertThat(chats.summaryProperty().get()).isEmpty();
        int agreementsBefore = order.files(EvidenceCategory.AGREEMENT).size();

        chats.importFiles(List.of(chatFile("memotrace-lisa_utf8.csv")), MAI, Workspace.CLOCK.getZone());

        assertThat(ui.navigator().warned).isEmpty();
        assertThat(chats.noticeProperty().get()).isEqualTo("Imported “memotrace-lisa_utf8.csv”: 10 messages.");
        assertThat(ui.navigator().lastSaid()).isEqualTo("Imported “memotrace-lisa_utf8.csv”: 10 messages.");
        assertThat(chats.lines()).hasSize(10)
                .isSortedAccordingTo(Comparator.comparing((ChatLine l) -> l.message().sentAt()));
        assertThat(chats.lines()).filteredOn(l -> l.sender().equals("李丽")).hasSize(6)
                .allSatisfy(l -> assertThat(l.side()).isEqualTo(ChatLine.Side.LEFT));
        assertThat(chats.lines()).filteredOn(l -> l.sender().equals("Mai")).hasSize(3)
                .allSatisfy(l -> assertThat(l.side()).isEqualTo(ChatLine.Side.RIGHT));
        ChatLine added = chats.lines().get(0);
        assertThat(added.side()).isEqualTo(ChatLine.Side.CENTER);
        assertThat(added.body()).isEqualTo("你已添加了李丽，现在可以开始聊天了。");
        assertThat(added.time()).isEqualTo("2026-08-27 09:00");

        ChatLine quote = chats.lines().get(3);
        assertThat(quote.kind()).isEqualTo(MessageKind.FILE);
        assertThat(quote.placeholder()).isTrue();
        assertThat(quote.body()).isEqualTo("File");
        assertThat(quote.detail()).isEqualTo("硅胶铲5件套报价单.xlsx");
        assertThat(chats.lines().get(4).body()).isEqualTo("Photo (not in the export)");
        ChatLine reply = chats.lines().get(6);
        assertThat(reply.kind()).isEqualTo(MessageKind.REPLY);
        assertThat(reply.body()).isEqualTo("对，大货按照这个样品做。");
        assertThat(reply.detail()).endsWith(": 灰色和浅绿色各100套，每套OPP袋，对吗？");
        assertThat(chats.summaryProperty().get()).isEqualTo("1 chat · 10 messages · 0 pinned");

        assertThat(order.files(EvidenceCategory.AGREEMENT)).hasSize(agreementsBefore + 1)
                .filteredOn(i -> i.evidence().fileName().equals("memotrace-lisa_utf8.csv")).singleElement()
                .satisfies(file -> {
                    assertThat(file.picture()).isFalse();
                    assertThat(file.taken()).as("a chat is not a photo").isEmpty();
                    assertThat(file.added()).startsWith("Added 20");
                    assertThat(file.title()).startsWith("WeChat chat with 李丽, 10 messages");
                });
        assertThat(listChanges.get()).as("the list counts the new file").isPositive();
    }

    @Test
    void pinningTheFactorysConfirmationMakesItPinnedAndThePacketQuotesIt() throws Exception {
        chats.importFiles(List.of(chatFile("memotrace-lisa_utf8.csv")), MAI, Workspace.CLOCK.getZone());
        ChatLine confirmation = lineWith("确认");
        assertThat(confirmation.sender()).isEqualTo("李丽");

        chats.togglePin(confirmation);

        ChatLine pinned = lineWith("确认");
        assertThat(pinned.pinned()).isTrue();
        assertThat(ui.workspace().services().chats().pinned(lunchBoxes.id())).singleElement()
                .satisfies(m -> {
                    assertThat(m.id()).isEqualTo(confirmation.id());
                    assertThat(m.text()).startsWith("大货按照这个样品做，颜色和包装都一样，确认。");
                });
        assertThat(ui.navigator().lastSaid())
                .isEqualTo("Pinned the message from 李丽 at 2026-09-01 14:30: the dispute packet quotes it.");
        assertThat(chats.pinnedCountProperty().get()).isEqualTo(1);
        assertThat(chats.summaryProperty().get()).isEqualTo("1 chat · 10 messages · 1 pinned");

        chats.pinnedOnlyProperty().set(true);
        assertThat(chats.shown()).containsExactly(pinned);
        order.load(lunchBoxes.id());
        assertThat(chats.shown()).as("read again from the case file")
                .extracting(ChatLine::id).containsExactly(confirmation.id());

        chats.togglePin(chats.shown().get(0));
        assertThat(chats.shown()).isEmpty();
        assertThat(ui.workspace().services().chats().pinned(lunchBoxes.id())).isEmpty();
        assertThat(ui.navigator().lastSaid()).isEqualTo("Took the pin off the message from 李丽 at 2026-09-01 14:30.");
        chats.pinnedOnlyProperty().set(false);
        assertThat(chats.shown()).hasSize(10);
    }

    @Test
    void theSameFileAgainIsSaidToBeAlreadyThereAndChangesNothing() throws Exception {
        Path file = chatFile("memotrace-lisa_utf8.csv");
        chats.importFiles(List.of(file), MAI, Workspace.CLOCK.getZone());
        int files = order.files(EvidenceCategory.AGREEMENT).size();

        chats.importFiles(List.of(file), MAI, Workspace.CLOCK.getZone());

        assertThat(chats.noticeProperty().get())
                .isEqualTo("“memotrace-lisa_utf8.csv” is already in this order: nothing was changed (10 messages).");
        assertThat(ui.navigator().lastSaid()).isEqualTo(chats.noticeProperty().get());
        assertThat(ui.navigator().warned).isEmpty();
        assertThat(chats.lines()).hasSize(10);
        assertThat(order.files(EvidenceCategory.AGREEMENT)).hasSize(files);
        assertThat(ui.workspace().services().chats().chats(lunchBoxes.id())).hasSize(1);
    }

    @Test
    void pastedChineseTextIsKeptAndReadWithBothSides() throws Exception {
        String text = Files.readString(chatFile("wechat-paste-zh.txt"));
        ui.desktop().clipboard = text;
        assertThat(chats.clipboardText()).contains(text);

        chats.importPasted(text, new ChatParties("阮氏梅", null));

        assertThat(ui.navigator().warned).isEmpty();
        assertThat(chats.noticeProperty().get()).isEqualTo("Imported “WeChat chat 2026-09-01.txt”: 4 messages.");
        assertThat(chats.lines()).extracting(ChatLine::sender, ChatLine::side).containsExactly(
                org.assertj.core.groups.Tuple.tuple("李丽", ChatLine.Side.LEFT),
                org.assertj.core.groups.Tuple.tuple("阮氏梅", ChatLine.Side.RIGHT),
                org.assertj.core.groups.Tuple.tuple("李丽", ChatLine.Side.LEFT),
                org.assertj.core.groups.Tuple.tuple("李丽", ChatLine.Side.LEFT));
        assertThat(chats.lines().get(3).body()).isEqualTo("Photo (not in the export)");
        assertThat(order.files(EvidenceCategory.AGREEMENT)).extracting(i -> i.evidence().fileName())
                .contains("WeChat chat 2026-09-01.txt");
        assertThat(chats.suggestedParties().me()).as("offered again next time").isEqualTo("阮氏梅");
    }

    @Test
    void withoutTheImportersNameEveryMessageIsOnTheLeftWithItsSender() throws Exception {
        chats.importFiles(List.of(chatFile("memotrace-lisa.txt")), ChatParties.UNKNOWN, Workspace.CLOCK.getZone());

        assertThat(chats.lines()).hasSize(11);
        assertThat(chats.lines()).filteredOn(l -> l.kind() != MessageKind.SYSTEM)
                .allSatisfy(l -> {
                    assertThat(l.side()).isEqualTo(ChatLine.Side.LEFT);
                    assertThat(l.sender()).isNotBlank();
                })
                .extracting(ChatLine::sender).contains("李丽", "Mai - Mai Home");
    }

    @Test
    void aBrokenFileIsRefusedInWordsAndNothingIsKept() throws Exception {
        int files = order.files(EvidenceCategory.AGREEMENT).size();
        Path note = ui.workspace().textFile("ghi chú.txt", "Xin chào, đây là ghi chú.\n");
        Path photo = ui.workspace().photo("mẫu.jpg", 3);

        chats.importFiles(List.of(note, photo), MAI, Workspace.CLOCK.getZone());

        assertThat(ui.navigator().warned).singleElement().satisfies(words -> assertThat(words)
                .startsWith("“ghi chú.txt” was not imported. This is not a chat Dossier can read.")
                .contains("“mẫu.jpg” was not imported. This file is not text in UTF-8 or GBK"));
        assertThat(chats.lines()).isEmpty();
        assertThat(chats.noticeProperty().get()).isEmpty();
        assertThat(chats.busyProperty().get()).isFalse();
        assertThat(order.files(EvidenceCategory.AGREEMENT)).hasSize(files);

        chats.importPasted("   ", MAI);
        assertThat(ui.navigator().warned).hasSize(2).last().asString().startsWith("The pasted text was not imported. This is not a chat Dossier can read.");
        assertThat(ui.workspace().services().chats().messages(lunchBoxes.id())).extracting(ConversationMessage::id).isEmpty();
    }
}
