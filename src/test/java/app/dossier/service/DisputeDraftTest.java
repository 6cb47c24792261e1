package app.dossier.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.Dispute;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Order;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dispute opened before the goods were counted has no resolution yet: it is shown and packed all the same. */
class DisputeDraftTest {
    @TempDir
    Path temp;

    private Workspace workspace;
    private Order giftBoxes;

    @BeforeEach
    void loadTheSample() {
        workspace = Workspace.withSample(temp);
        giftBoxes = workspace.services().orders().list(null).stream().map(OrderSummary::order)
                .filter(o -> o.orderNumber() == null).findFirst().orElseThrow();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void withNothingCountedTheDraftSaysWhyThereIsNoMessage() {
        Dispute opened = workspace.services().disputes().open(giftBoxes.id(), "Logo in sai màu");

        DisputeDraft draft = workspace.services().disputes().draft(opened.id());

        assertThat(opened.resolution()).isNull();
        assertThat(draft.factoryMessage()).isNull();
        assertThat(draft.whyNoMessage()).startsWith("Record what arrived first");
        assertThat(draft.missing()).containsExactly(EvidenceCategory.CONFIRMATION, EvidenceCategory.RECEIVING);
    }

    @Test
    void withNothingCountedThePacketIsStillWritten() throws Exception {
        workspace.services().disputes().open(giftBoxes.id(), "Logo in sai màu");

        PacketWritten written = workspace.services().disputes().writePacket(giftBoxes.id(), (app.dossier.domain.Language) null,
                temp.resolve("gift boxes.pdf"), ProgressListener.NONE);

        assertThat(Files.size(written.file())).isGreaterThan(0);
    }
}
