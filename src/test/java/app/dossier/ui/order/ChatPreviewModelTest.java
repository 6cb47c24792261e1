package app.dossier.ui.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import app.dossier.domain.ChatParties;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Order;
import app.dossier.domain.PastedMessage;
import app.dossier.service.Workspace;
import app.dossier.ui.ModelContext;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pasted chat checked before it is imported: senders reassigned, messages split, merged, dropped. */
class ChatPreviewModelTest {
    private static final ChatParties HANG = new ChatParties("Nguyễn Thị Hằng", "李丽");
    private static final String PASTED = "(chép từ điện thoại)\n李丽 2024/1/5 2:03 PM\n亲，大货已经做好了 😊\n"
            + "Nguyễn Thị Hằng 2024/1/5 2:05 PM\nMàu xám có đúng như mẫu không?\n"
            + "李丽 2024/1/5 2:06 PM\n颜色和样品一样，确认\ncảm ơn chị\n";

    @TempDir
    Path temp;

    private ModelContext ui;
    private OrderViewModel order;
    private ChatModel chats;
    private Order lunchBoxes;

    @BeforeEach
    void open() {
        ui = new ModelContext(temp, true);
        order = new OrderViewModel(ui.context(), Workspace.CLOCK, new AtomicInteger()::incrementAndGet);
        lunchBoxes = ui.workspace().services().orders().find("2840019375561028394");
        order.load(lunchBoxes.id());
        chats = order.chats();
    }

    @AfterEach
    void close() {
        ui.close();
    }

    @Test
    void eachMessageShowsWithItsSenderTimeAndWhatToCheck() {
        ChatPreviewModel preview = chats.preview(PASTED, HANG).orElseThrow();

        assertThat(preview.rows()).extracting(r -> r.senderProperty().get(), r -> r.timeProperty().get(),
                r -> r.doubtProperty().get()).containsExactly(
                        tuple("", "", PastedMessage.Doubt.NO_SENDER),
                        tuple("李丽", "2024-01-05 14:03", null),
                        tuple("Nguyễn Thị Hằng", "2024-01-05 14:05", null),
                        tuple("李丽", "2024-01-05 14:06", null));
        assertThat(preview.senders()).containsExactly("Nguyễn Thị Hằng", "李丽");
        assertThat(preview.roleOf("Nguyễn Thị Hằng")).isEqualTo("you");
        assertThat(preview.roleOf("李丽")).isEqualTo("factory");
        assertThat(preview.summaryProperty().get()).isEqualTo("4 messages · 1 to check");
        assertThat(preview.readyProperty().get()).isFalse();
        assertThat(preview.problemProperty().get()).startsWith("Message 1 has no time Dossier can read.");
        assertThat(ui.workspace().services().chats().chats(lunchBoxes.id())).as("nothing kept yet").isEmpty();
    }

    @Test
    void theCorrectedMessagesAreWhatIsImported() {
        ChatPreviewModel preview = chats.preview(PASTED, HANG).orElseThrow();
        preview.drop(preview.rows().get(0));
        ChatPreviewModel.Row last = preview.rows().get(2);
        preview.split(last, last.textProperty().get().indexOf("cảm ơn"));
        ChatPreviewModel.Row thanks = preview.rows().get(3);
        thanks.senderProperty().set("Nguyễn Thị Hằng");
        thanks.timeProperty().set("2024-01-05 14:07");
        assertThat(preview.readyProperty().get()).isTrue();
        assertThat(preview.summaryProperty().get()).isEqualTo("4 messages · nothing to check");

        chats.importConfirmed(PASTED, HANG, preview);

        assertThat(ui.navigator().warned).isEmpty();
        assertThat(chats.lines()).extracting(ChatLine::sender, ChatLine::side, ChatLine::body).containsExactly(
                tuple("李丽", ChatLine.Side.LEFT, "亲，大货已经做好了 😊"),
                tuple("Nguyễn Thị Hằng", ChatLine.Side.RIGHT, "Màu xám có đúng như mẫu không?"),
                tuple("李丽", ChatLine.Side.LEFT, "颜色和样品一样，确认"),
                tuple("Nguyễn Thị Hằng", ChatLine.Side.RIGHT, "cảm ơn chị"));
        assertThat(order.files(EvidenceCategory.AGREEMENT)).extracting(i -> i.evidence().fileName())
                .contains("WeChat chat 2024-01-05.txt");
    }

    @Test
    void aMessageMergedIntoTheOneAboveGivesItsWordsAndLosesItsSender() {
        ChatPreviewModel preview = chats.preview(PASTED, HANG).orElseThrow();

        preview.mergeUp(preview.rows().get(2));

        assertThat(preview.rows()).hasSize(3);
        assertThat(preview.rows().get(1).textProperty().get())
                .isEqualTo("亲，大货已经做好了 😊\nMàu xám có đúng như mẫu không?");
        assertThat(preview.canMergeUp(preview.rows().get(0))).isFalse();
    }

    @Test
    void aTimeThatCannotBeReadStopsTheImportUntilItIsCorrected() {
        ChatPreviewModel preview = chats.preview(PASTED, HANG).orElseThrow();
        preview.drop(preview.rows().get(0));

        preview.rows().get(1).timeProperty().set("hôm qua");

        assertThat(preview.readyProperty().get()).isFalse();
        assertThat(preview.problemProperty().get()).startsWith("Message 2 has no time Dossier can read.");
        preview.rows().get(1).timeProperty().set("5/1/2024 14:05");
        assertThat(preview.readyProperty().get()).isTrue();
    }

    @Test
    void textThatIsNoChatIsRefusedInWordsAndNoPreviewOpens() {
        assertThat(chats.preview("Xin chào, gửi chị báo giá", HANG)).isEmpty();

        assertThat(ui.navigator().warned).singleElement().asString()
                .startsWith("The pasted text was not imported. This is not a chat Dossier can read.");
    }
}
