package app.dossier.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dossier.domain.Dispute;
import app.dossier.domain.DisputeEvent;
import app.dossier.domain.DisputeStatus;
import app.dossier.domain.DossierException;
import app.dossier.domain.Evidence;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Factory;
import app.dossier.domain.Order;
import app.dossier.domain.Refusal;
import app.dossier.domain.words.Words;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dispute step recorded wrong is corrected (when, note, files) or removed; the dispute's status follows
 * the steps left, and the files kept with a removed step stay among the order's files.
 */
class DisputeStepCorrectionTest {
    private static final LocalDateTime SENT = LocalDateTime.of(2026, 11, 26, 10, 30);

    @TempDir
    Path temp;

    private Workspace workspace;
    private Order order;
    private Dispute dispute;

    @BeforeEach
    void sent() throws Exception {
        workspace = new Workspace(temp);
        Factory factory = workspace.factory("义乌市佳美日用品有限公司");
        order = workspace.order(factory, "2837461920384756123", LocalDate.of(2026, 9, 2), 200, "18.50");
        Dispute opened = disputes().open(order.id(), "Thiếu 20 bộ, 3 chiếc vỡ");
        dispute = disputes().advance(opened.id(), DisputeStatus.SENT, SENT, "Gửi qua chat 1688",
                List.of(EvidenceInput.of(workspace.photo("da gui.png", 3))));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private DisputeService disputes() {
        return workspace.services().disputes();
    }

    private String caseJson() throws Exception {
        return Files.readString(workspace.root().resolve(order.folder()).resolve("case.json"));
    }

    private void consistent() {
        assertThat(workspace.services().verify().verify(ProgressListener.NONE).problems()).isEmpty();
    }

    private static Refusal refusalOf(Throwable e) {
        return ((DossierException) e).wording().orElseThrow().refusal();
    }

    @Test
    void aStepsTimeAndNoteAreCorrectedInTheRowAndInCaseJsonAndItsFileStays() throws Exception {
        long file = dispute.events().get(1).evidenceIds().get(0);
        LocalDateTime corrected = SENT.minusMinutes(20);

        Dispute saved = disputes().editStep(dispute.id(), 2, corrected, "Gửi tin nhắn và 4 ảnh — 已发送", null, List.of());

        DisputeEvent step = disputes().byId(dispute.id()).events().get(1);
        assertThat(step).isEqualTo(saved.events().get(1));
        assertThat(step.status()).isEqualTo(DisputeStatus.SENT);
        assertThat(step.at()).isEqualTo(corrected);
        assertThat(step.note()).isEqualTo("Gửi tin nhắn và 4 ảnh — 已发送");
        assertThat(step.evidenceIds()).containsExactly(file);
        assertThat(saved.status()).isEqualTo(DisputeStatus.SENT);
        assertThat(caseJson()).contains("Gửi tin nhắn và 4 ảnh — 已发送", "2026-11-26T10:10")
                .doesNotContain("Gửi qua chat 1688");
        consistent();
    }

    @Test
    void aFileTakenOffAStepStaysInTheOrderAndANewOneIsKeptInChatAndAgreements() throws Exception {
        long first = dispute.events().get(1).evidenceIds().get(0);

        Dispute saved = disputes().editStep(dispute.id(), 2, SENT, "Gửi lại ảnh", List.of(),
                List.of(EvidenceInput.of(workspace.photo("anh chup.png", 4))));

        List<Long> ids = saved.events().get(1).evidenceIds();
        assertThat(ids).singleElement().isNotEqualTo(first);
        List<Evidence> files = workspace.services().evidence().ofOrder(order.id());
        assertThat(files).extracting(Evidence::id).contains(first, ids.get(0));
        assertThat(files).filteredOn(e -> e.id() == ids.get(0)).singleElement()
                .satisfies(e -> assertThat(e.category()).isEqualTo(EvidenceCategory.AGREEMENT));
        consistent();
    }

    @Test
    void aTimeBeforeTheDisputeWasOpenedOrInTheFutureIsRefusedInWordsAndNothingChanges() throws Exception {
        String before = caseJson();

        assertThatThrownBy(() -> disputes().editStep(dispute.id(), 2, LocalDateTime.of(2026, 11, 25, 18, 0), null,
                null, List.of()))
                .satisfies(e -> assertThat(refusalOf(e)).isEqualTo(Refusal.STEP_BEFORE_OPENED))
                .hasMessage("This step is dated 2026-11-25 18:00, before the dispute was opened (2026-11-26)."
                        + " Check the date.");
        assertThatThrownBy(() -> disputes().editStep(dispute.id(), 2, LocalDateTime.of(2026, 11, 27, 9, 0), null,
                null, List.of()))
                .satisfies(e -> assertThat(refusalOf(e)).isEqualTo(Refusal.STEP_IN_FUTURE))
                .hasMessage("This step is dated 2026-11-27 09:00, after today (2026-11-26). Check the date.");
        assertThat(Words.in(app.dossier.domain.Language.VIETNAMESE).get(Refusal.STEP_IN_FUTURE.key(),
                "2026-11-27 09:00", "2026-11-26")).isEqualTo("Bước này ghi thời điểm 2026-11-27 09:00, sau hôm nay"
                        + " (2026-11-26). Hãy xem lại ngày giờ.");
        assertThatThrownBy(() -> disputes().advance(dispute.id(), DisputeStatus.FACTORY_REPLIED,
                LocalDateTime.of(2026, 11, 28, 9, 0), null, List.of()))
                .as("recording a step keeps the same rule")
                .satisfies(e -> assertThat(refusalOf(e)).isEqualTo(Refusal.STEP_IN_FUTURE));
        assertThatThrownBy(() -> disputes().editStep(dispute.id(), 3, SENT, null, null, List.of()))
                .satisfies(e -> assertThat(refusalOf(e)).isEqualTo(Refusal.STEP_NOT_FOUND));

        assertThat(caseJson()).isEqualTo(before);
        assertThat(disputes().byId(dispute.id())).isEqualTo(dispute);
        consistent();
    }

    @Test
    void removingTheLastStepTakesTheDisputeBackAndItsFileStaysWithTheOrder() throws Exception {
        long file = dispute.events().get(1).evidenceIds().get(0);

        Dispute saved = disputes().removeStep(dispute.id(), 2);

        assertThat(saved.status()).isEqualTo(DisputeStatus.DRAFT);
        Dispute read = disputes().byId(dispute.id());
        assertThat(read.status()).isEqualTo(DisputeStatus.DRAFT);
        assertThat(read.events()).extracting(DisputeEvent::status).containsExactly(DisputeStatus.DRAFT);
        assertThat(workspace.services().evidence().ofOrder(order.id())).extracting(Evidence::id).contains(file);
        assertThat(caseJson()).contains("\"status\": \"DRAFT\"").doesNotContain("Gửi qua chat 1688");
        assertThat(disputes().draft(dispute.id()).nextSteps()).contains(DisputeStatus.SENT);
        consistent();

        workspace.services().trash().remove(file);
        assertThat(workspace.services().evidence().ofOrder(order.id())).extracting(Evidence::id)
                .as("no longer a step's file, it may go to the trash").doesNotContain(file);
        consistent();
    }

    @Test
    void aClosedDisputeReopensWhenItsClosingStepIsRemoved() {
        Dispute closed = disputes().advance(dispute.id(), DisputeStatus.CLOSED, SENT.plusHours(2), "Xưởng không trả lời",
                List.of());
        assertThat(closed.open()).isFalse();

        Dispute saved = disputes().removeStep(dispute.id(), 3);

        assertThat(saved.status()).isEqualTo(DisputeStatus.SENT);
        assertThat(saved.open()).isTrue();
        consistent();
    }

    @Test
    void theOpeningAndAStepALaterOneFollowsFromAreNotRemoved() {
        disputes().advance(dispute.id(), DisputeStatus.FACTORY_REPLIED, SENT.plusHours(1), "Xưởng hỏi ảnh", List.of());

        assertThatThrownBy(() -> disputes().removeStep(dispute.id(), 1))
                .satisfies(e -> assertThat(refusalOf(e)).isEqualTo(Refusal.STEP_OPENING_NOT_REMOVABLE));
        assertThatThrownBy(() -> disputes().removeStep(dispute.id(), 2))
                .satisfies(e -> assertThat(refusalOf(e)).isEqualTo(Refusal.STEP_NEEDED_BY_NEXT))
                .hasMessage("Step 2 cannot be removed: step 3 follows from it. Remove or correct the later steps first.");
        assertThat(disputes().byId(dispute.id()).status()).isEqualTo(DisputeStatus.FACTORY_REPLIED);
        consistent();
    }

    @Test
    void aCorrectedStepIsUndoneWithTheFileItTookOffAndRedone() throws Exception {
        DisputeEvent before = dispute.events().get(1);
        disputes().editStep(dispute.id(), 2, SENT.minusMinutes(15), "Gửi lại — 已重新发送", List.of(), List.of());
        assertThat(disputes().byId(dispute.id()).events().get(1).evidenceIds()).isEmpty();

        UndoService undo = workspace.services().undo();
        assertThat(undo.undo().what()).isEqualTo(app.dossier.domain.Undoable.EDIT_STEP);
        assertThat(disputes().byId(dispute.id()).events().get(1)).isEqualTo(before);
        consistent();

        undo.redo();
        DisputeEvent again = disputes().byId(dispute.id()).events().get(1);
        assertThat(again.note()).isEqualTo("Gửi lại — 已重新发送");
        assertThat(again.evidenceIds()).isEmpty();
        consistent();
    }
}
