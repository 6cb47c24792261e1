package app.dossier.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.ChatParties;
import app.dossier.domain.ConversationMessage;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Order;
import app.dossier.imports.LongMemoTraceChat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A chat the size busy ones reach, brought in as it streams: progress told as the file is read, a stop
 * keeps nothing, and the last message is found by search. (A chat of 300,000 messages in a small
 * heap is {@code LongChatInSmallHeapTest}, in the slow tier, and the chats benchmark.)
 */
class LongChatTest {
    private static final int MESSAGES = 20_000;
    private static final ChatParties MAI = new ChatParties("Mai", null);

    @TempDir
    static Path shared;

    @TempDir
    Path temp;

    private static Path chat;

    @BeforeAll
    static void writeTheChat() throws Exception {
        chat = shared.resolve("Lisa 佳美 2021-2026.csv");
        LongMemoTraceChat.write(chat, MESSAGES);
    }

    private static Order order(Workspace w) {
        return w.order(w.factory("义乌市佳美日用品有限公司"), "2837461920384756123", LocalDate.of(2026, 9, 2), 200, "18.50");
    }

    @Test
    void aLongChatIsKeptWholeWithProgressToldAndItsLastMessageFoundBySearch() throws Exception {
        try (Workspace w = new Workspace(temp)) {
            Order order = order(w);
            Recorded progress = new Recorded(Integer.MAX_VALUE);

            ChatImport imported = w.services().chats().importChat(order.id(), chat, MAI, progress);

            assertThat(imported.stopped()).isFalse();
            assertThat(imported.conversation().messages()).isEqualTo(MESSAGES);
            assertThat(imported.messages()).hasSize(ChatImport.SHOWN);
            assertThat(imported.evidence().caption()).startsWith("WeChat chat with 李丽, 20000 messages,"
                    + " from 2021-03-01 08:");
            // the bytes read grow to the file's size, and the messages read with them
            long size = Files.size(chat);
            assertThat(progress.totals).containsOnly(size);
            assertThat(progress.done).isSorted().endsWith(size);
            assertThat(progress.done.size()).isGreaterThan(MESSAGES / ChatService.BATCH);
            assertThat(progress.messages).isSorted().endsWith((long) MESSAGES);
            assertThat(w.services().search().search("尾款已付清 mã ZX-7781"))
                    .anySatisfy(hit -> assertThat(hit.title() + " " + hit.detail()).contains("ZX-7781"));
            List<ConversationMessage> all = w.services().chats().messages(order.id());
            assertThat(all).hasSize(MESSAGES);
            assertThat(all.get(MESSAGES - 1).text()).isEqualTo(LongMemoTraceChat.LAST_WORDS);
            assertThat(all).filteredOn(m -> m.kind() == app.dossier.domain.MessageKind.TRANSFER).isNotEmpty();
            assertThat(w.services().verify().verify(ProgressListener.NONE).problems()).isEmpty();
        }
    }

    @Test
    void stoppedHalfwayALongChatKeepsNothingAndVerifyIsClean() throws Exception {
        try (Workspace w = new Workspace(temp)) {
            Order order = order(w);
            Recorded progress = new Recorded(5);

            ChatImport imported = w.services().chats().importChat(order.id(), chat, MAI, progress);

            assertThat(imported.stopped()).isTrue();
            assertThat(progress.messages).last().isEqualTo(5L * ChatService.BATCH);
            assertThat(progress.messages).hasSize(6);
            assertThat(w.services().chats().chats(order.id())).isEmpty();
            assertThat(w.services().chats().messages(order.id())).isEmpty();
            assertThat(w.services().evidence().ofOrder(order.id())).isEmpty();
            assertThat(w.services().search().search("ZX-7781")).isEmpty();
            assertThat(w.services().search().search("尾款已付清")).isEmpty();
            Path folder = w.root().resolve(order.folder()).resolve(EvidenceCategory.AGREEMENT.folderName());
            try (Stream<Path> files = Files.exists(folder) ? Files.list(folder) : Stream.empty()) {
                assertThat(files).isEmpty();
            }
            assertThat(w.services().verify().verify(ProgressListener.NONE).problems()).isEmpty();

            // brought in again, whole this time
            ChatImport again = w.services().chats().importChat(order.id(), chat, MAI, ProgressListener.NONE);
            assertThat(again.alreadyImported()).isFalse();
            assertThat(again.conversation().messages()).isEqualTo(MESSAGES);
        }
    }

    @Test
    void aRebuildReadsTheLongChatAgainWithItsPin() throws Exception {
        try (Workspace w = new Workspace(temp)) {
            Order order = order(w);
            ChatImport imported = w.services().chats().importChat(order.id(), chat, MAI);
            List<ConversationMessage> all = w.services().chats().messages(order.id());
            ConversationMessage last = all.get(all.size() - 1);
            w.services().chats().pin(last.id(), true);
            w.closeServices();

            w.loseDatabase();
            RebuildReport report = w.composition().rebuild(w.location(), ProgressListener.NONE);
            w.reopen();

            assertThat(report.problems()).isEmpty();
            List<ConversationMessage> rebuilt = w.services().chats().messages(order.id());
            assertThat(rebuilt).hasSize(MESSAGES);
            assertThat(w.services().chats().pinned(order.id())).singleElement()
                    .satisfies(m -> assertThat(m.text()).isEqualTo(LongMemoTraceChat.LAST_WORDS));
            assertThat(w.services().search().search("ZX-7781")).isNotEmpty();
            assertThat(w.services().chats().chats(order.id())).singleElement()
                    .satisfies(c -> assertThat(c.messages()).isEqualTo(MESSAGES));
            assertThat(imported.evidence().id()).isEqualTo(rebuilt.get(0).evidenceId());
        }
    }

    /** Every progress told; asks to stop once it has been told {@code stopAfter} times with messages read. */
    static final class Recorded implements ProgressListener {
        final List<Long> done = new ArrayList<>();
        final List<Long> totals = new ArrayList<>();
        final List<Long> messages = new ArrayList<>();
        private final int stopAfter;

        Recorded(int stopAfter) {
            this.stopAfter = stopAfter;
        }

        @Override
        public void progress(long bytes, long total, String read) {
            done.add(bytes);
            totals.add(total);
            messages.add(Long.parseLong(read));
        }

        @Override
        public boolean cancelled() {
            return messages.stream().filter(m -> m > 0).count() >= stopAfter;
        }
    }
}
