package app.dossier.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dossier.domain.ChatParties;
import app.dossier.domain.Conversation;
import app.dossier.domain.ConversationMessage;
import app.dossier.domain.DossierException;
import app.dossier.domain.Evidence;
import app.dossier.domain.Order;
import app.dossier.domain.Refusal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A chat PyWxDump wrote in pages of 5,000 messages, imported together as one conversation whose every
 * page is kept as evidence; and the zone a chat's times were written in, kept with it.
 */
class ChatPagesTest {
    private static final ChatParties LI = new ChatParties(null, "李丽");
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @TempDir
    Path temp;

    private static Order order(Workspace w) {
        return w.order(w.factory("义乌市佳美日用品有限公司"), "2837461920384756123", LocalDate.of(2026, 9, 2), 200, "18.50");
    }

    private static List<Path> pages(Workspace w) throws Exception {
        Path folder = w.outside();
        // given in the order a file manager may list them: not the order of their messages
        return List.of(PyWxDumpPages.page(folder, "wxid_li", 5000, 10000), PyWxDumpPages.page(folder, "wxid_li", 10000, 10003),
                PyWxDumpPages.page(folder, "wxid_li", 0, 5000));
    }

    @Test
    void severalPagesAreOneConversationWithAllTheirMessagesInOrderAndEachPageKept() throws Exception {
        try (Workspace w = new Workspace(temp)) {
            Order order = order(w);
            List<Path> pages = pages(w);

            ChatImport imported = w.services().chats().importChat(order.id(), pages, LI, VIETNAM);

            assertThat(imported.alreadyImported()).isFalse();
            assertThat(imported.evidence().file()).isEqualTo("Chat and agreements/wxid_li_0_5000.csv");
            assertThat(imported.evidence().caption())
                    .startsWith("WeChat chat with 李丽, 10003 messages, from 2026-09-01 08:01 to").endsWith("page 1 of 3");
            List<Evidence> files = w.services().evidence().ofOrder(order.id());
            assertThat(files).extracting(Evidence::file).containsExactlyInAnyOrder(
                    "Chat and agreements/wxid_li_0_5000.csv", "Chat and agreements/wxid_li_5000_10000.csv",
                    "Chat and agreements/wxid_li_10000_10003.csv");
            for (Path page : pages) {
                assertThat(w.root().resolve(order.folder()).resolve("Chat and agreements").resolve(page.getFileName()))
                        .as("each page kept byte for byte").hasSameBinaryContentAs(page);
            }
            List<Conversation> chats = w.services().chats().chats(order.id());
            assertThat(chats).hasSize(1);
            assertThat(chats.get(0).messages()).isEqualTo(10003);
            assertThat(chats.get(0).pages()).hasSize(2);
            assertThat(chats.get(0).zone()).isEqualTo("Asia/Ho_Chi_Minh");

            List<ConversationMessage> messages = w.services().chats().messages(order.id());
            assertThat(messages).hasSize(10003);
            assertThat(messages).extracting(ConversationMessage::index).isSorted();
            assertThat(messages.get(0).text()).isEqualTo(PyWxDumpPages.text(1));
            assertThat(messages.get(5000).text()).isEqualTo(PyWxDumpPages.text(5001));
            assertThat(messages.get(10002).text()).isEqualTo(PyWxDumpPages.text(10003));
            assertThat(messages.get(10002).sentAt()).isEqualTo(PyWxDumpPages.START.plusMinutes(10003));
            assertThat(messages.get(0).fromMe()).isTrue();
            assertThat(messages.get(1).sender()).as("the factory named as given").isEqualTo("李丽");
            String caseJson = Files.readString(w.root().resolve(order.folder()).resolve("case.json"));
            assertThat(caseJson).as("the first page's chat lists the other pages").containsPattern("\"pages\": \\[\\s*"
                    + chats.get(0).pages().get(0) + ",\\s*" + chats.get(0).pages().get(1) + "\\s*\\]")
                    .contains("\"zone\": \"Asia/Ho_Chi_Minh\"");
            assertThat(w.services().verify().verify(ProgressListener.NONE).problems()).isEmpty();
        }
    }

    @Test
    void theSamePagesAgainChangeNothingAndAPageOfItAloneIsTheSameChat() throws Exception {
        try (Workspace w = new Workspace(temp)) {
            Order order = order(w);
            List<Path> pages = pages(w);
            ChatImport first = w.services().chats().importChat(order.id(), pages, LI, VIETNAM);
            w.services().chats().pin(first.messages().get(5001).id(), true);
            Snapshot before = Snapshot.of(w);

            ChatImport again = w.services().chats().importChat(order.id(), List.of(pages.get(2), pages.get(0), pages.get(1)),
                    LI, VIETNAM);
            ChatImport onePage = w.services().chats().importChat(order.id(), List.of(pages.get(1)), LI, VIETNAM);

            assertThat(again.alreadyImported()).isTrue();
            assertThat(again.messages()).hasSize(10003);
            assertThat(onePage.alreadyImported()).as("a page of it alone is not a second chat").isTrue();
            assertThat(onePage.conversation().evidenceId()).isEqualTo(first.conversation().evidenceId());
            assertThat(Snapshot.of(w)).isEqualTo(before);
        }
    }

    @Test
    void theRebuildGivesTheConversationBackWithAllItsPagesAndPins() throws Exception {
        try (Workspace w = new Workspace(temp)) {
            Order order = order(w);
            ChatImport imported = w.services().chats().importChat(order.id(), pages(w), LI, CHINA);
            w.services().chats().pin(imported.messages().get(7777).id(), true);
            List<Conversation> chats = w.services().chats().chats(order.id());
            List<ConversationMessage> messages = w.services().chats().messages(order.id());
            List<String> rows = w.rows();
            w.closeServices();

            w.loseDatabase();
            RebuildReport report = w.composition().rebuild(w.location(), ProgressListener.NONE);
            w.reopen();

            assertThat(report.problems()).isEmpty();
            assertThat(w.services().chats().chats(order.id())).isEqualTo(chats);
            assertThat(w.services().chats().messages(order.id())).isEqualTo(messages);
            assertThat(w.rows()).isEqualTo(rows);
            assertThat(w.services().verify().verify(ProgressListener.NONE).problems()).isEmpty();
        }
    }

    @Test
    void aPageOfAKeptChatIsNotTrashedOrMovedAlone() throws Exception {
        try (Workspace w = new Workspace(temp)) {
            Order order = order(w);
            w.services().chats().importChat(order.id(), pages(w), LI, VIETNAM);
            Evidence second = w.services().evidence().ofOrder(order.id()).stream()
                    .filter(e -> e.file().endsWith("wxid_li_5000_10000.csv")).findFirst().orElseThrow();
            Snapshot before = Snapshot.of(w);

            assertThatThrownBy(() -> w.services().trash().remove(second.id()))
                    .isInstanceOf(DossierException.class)
                    .satisfies(e -> assertThat(((DossierException) e).wording().orElseThrow().refusal())
                            .isEqualTo(Refusal.FILE_IS_CHAT))
                    .hasMessageContaining("wxid_li_5000_10000.csv").hasMessageContaining("10003");
            assertThat(Snapshot.of(w)).isEqualTo(before);
        }
    }

    @Test
    void aPageAlreadyInAnotherChatIsRefusedAndNothingIsKept() throws Exception {
        try (Workspace w = new Workspace(temp)) {
            Order order = order(w);
            Path folder = w.outside();
            Path first = PyWxDumpPages.page(folder, "wxid_li", 0, 5000);
            w.services().chats().importChat(order.id(), List.of(first), LI, VIETNAM);
            Snapshot before = Snapshot.of(w);

            assertThatThrownBy(() -> w.services().chats().importChat(order.id(),
                    List.of(first, PyWxDumpPages.page(folder, "wxid_li", 5000, 5004)), LI, VIETNAM))
                    .isInstanceOf(DossierException.class)
                    .hasMessageStartingWith("“wxid_li_0_5000.csv” is already kept in another chat of this order (5000 messages)");
            assertThat(Snapshot.of(w)).isEqualTo(before);
        }
    }

    @Test
    void theSameChatReadInChinaOrVietnamIsOneHourApartAndTheRebuildKeepsItsZone() throws Exception {
        try (Workspace w = new Workspace(temp)) {
            // Workspace's clock, where Dossier keeps times, is in Asia/Ho_Chi_Minh
            Order china = order(w);
            Order vietnam = w.order(w.factory("Công ty TNHH Gia Mỹ"), "2837461920384756999", LocalDate.of(2026, 9, 2), 50,
                    "18.50");
            Path page = PyWxDumpPages.page(w.outside(), "wxid_li", 0, 4);
            w.services().chats().importChat(china.id(), List.of(page), LI, CHINA);
            w.services().chats().importChat(vietnam.id(), List.of(page), LI, VIETNAM);

            List<ConversationMessage> inChina = w.services().chats().messages(china.id());
            List<ConversationMessage> inVietnam = w.services().chats().messages(vietnam.id());
            assertThat(inVietnam.get(0).sentAt()).as("written on a clock in Vietnam: kept as written")
                    .isEqualTo(PyWxDumpPages.START.plusMinutes(1));
            assertThat(inChina.get(0).sentAt()).as("08:01 in China is 07:01 in Vietnam")
                    .isEqualTo(PyWxDumpPages.START.plusMinutes(1).minusHours(1));
            for (int i = 0; i < 4; i++) {
                assertThat(Duration.between(inChina.get(i).sentAt(), inVietnam.get(i).sentAt())).hasHours(1);
            }
            w.closeServices();

            w.loseDatabase();
            RebuildReport report = w.composition().rebuild(w.location(), ProgressListener.NONE);
            w.reopen();

            assertThat(report.problems()).isEmpty();
            assertThat(w.services().chats().chats(china.id()).get(0).zone()).isEqualTo("Asia/Shanghai");
            assertThat(w.services().chats().messages(china.id())).isEqualTo(inChina);
            assertThat(w.services().chats().messages(vietnam.id())).isEqualTo(inVietnam);
            assertThat(w.services().verify().verify(ProgressListener.NONE).problems()).isEmpty();
        }
    }
}
