package app.dossier.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.ChatParties;
import app.dossier.domain.ConversationMessage;
import app.dossier.domain.Language;
import app.dossier.domain.Order;
import app.dossier.packet.PacketFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dispute packet quotes the chat messages the user pinned, with when they were sent and by whom. */
@Tag("slow")
class PacketQuotesTest {
    @TempDir
    Path temp;

    @Test
    void aPinnedConfirmationIsQuotedWordForWordWithItsTime() throws Exception {
        try (Workspace w = Workspace.withSample(temp)) {
            Order order = w.services().orders().find("2837461920384756123");
            Path chat = ImportServiceTest.download(w, "chats/memotrace-lisa_utf8.csv", "lisa.csv");
            w.services().chats().importChat(order.id(), chat, ChatParties.UNKNOWN);
            ConversationMessage confirmation = w.services().chats().messages(order.id()).stream()
                    .filter(m -> m.text().contains("确认"))
                    .reduce((first, second) -> second)
                    .orElseThrow();
            w.services().chats().pin(confirmation.id(), true);

            Path pdf = temp.resolve("packet.pdf");
            w.services().disputes().writePacket(order.id(), Language.ENGLISH, pdf, ProgressListener.NONE);

            String text = PacketFixture.text(Files.readAllBytes(pdf)).replaceAll("\\s+", "");
            assertThat(text).contains("Keymessagesinthechat");
            assertThat(text).contains(confirmation.text().replaceAll("\\s+", ""));
            assertThat(text).contains(app.dossier.domain.DateInput.format(confirmation.sentAt()).replaceAll("\\s+", ""));
        }
    }
}
