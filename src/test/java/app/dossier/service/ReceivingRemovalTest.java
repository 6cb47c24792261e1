package app.dossier.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dossier.domain.DefectKind;
import app.dossier.domain.DisputeStatus;
import app.dossier.domain.DossierException;
import app.dossier.domain.Evidence;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Factory;
import app.dossier.domain.Order;
import app.dossier.domain.PackagingCondition;
import app.dossier.domain.ReceivingDefect;
import app.dossier.domain.ReceivingRecord;
import app.dossier.domain.Refusal;
import app.dossier.domain.guidance.CategoryStatus;
import app.dossier.domain.guidance.Gap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A receiving record entered by mistake is removed: its counts and defects go, its photos stay among the
 * order's Receiving and QC files, and the guidance asks for the record again. Not while a dispute is open.
 */
class ReceivingRemovalTest {
    @TempDir
    Path temp;

    private Workspace workspace;
    private Order order;
    private List<Evidence> photos;

    @BeforeEach
    void received() throws Exception {
        workspace = new Workspace(temp);
        Factory factory = workspace.factory("义乌市佳美日用品有限公司");
        order = workspace.order(factory, "2837461920384756123", LocalDate.of(2026, 9, 2), 200, "18.50");
        Path cracked = workspace.photo("IMG_0931.jpg", 3);
        receiving().save(new ReceivingRecord(0, order.id(), LocalDateTime.of(2026, 10, 3, 9, 40), 10, 9, 200, 180,
                        PackagingCondition.SOME_DAMAGE, "Thùng bị móp méo", 32, 3, null, "Trần Văn Hùng", null, null)
                        .withDefects(List.of(new ReceivingDefect(DefectKind.CRACKED, 3))),
                List.of(EvidenceInput.of(workspace.photo("pallet.jpg", 2)), EvidenceInput.of(cracked)),
                Map.of(DefectKind.CRACKED, List.of(cracked)));
        photos = workspace.services().evidence().ofOrder(order.id());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private ReceivingService receiving() {
        return workspace.services().receiving();
    }

    private String caseJson() throws Exception {
        return Files.readString(workspace.root().resolve(order.folder()).resolve("case.json"));
    }

    private void consistent() {
        assertThat(workspace.services().verify().verify(ProgressListener.NONE).problems()).isEmpty();
    }

    @Test
    void theRecordGoesItsPhotosStayAndTheGuidanceAsksForTheRecordAgain() throws Exception {
        assertThat(workspace.services().guidance().completeness(order.id()).check(EvidenceCategory.RECEIVING).gaps())
                .extracting(Gap::kind).doesNotContain(Gap.Kind.NO_RECEIVING_RECORD);

        ReceivingRecord removed = receiving().remove(order.id());

        assertThat(removed.unitsReceived()).isEqualTo(180);
        assertThat(receiving().ofOrder(order.id())).isEmpty();
        assertThat(workspace.services().evidence().ofOrder(order.id())).isEqualTo(photos).hasSize(2)
                .allSatisfy(e -> assertThat(e.category()).isEqualTo(EvidenceCategory.RECEIVING));
        for (Evidence photo : photos) {
            assertThat(workspace.root().resolve(order.folder()).resolve(photo.file())).exists();
        }
        assertThat(caseJson()).doesNotContain("Thùng bị móp méo").doesNotContain("CRACKED")
                .contains("IMG_0931.jpg", "pallet.jpg");
        var check = workspace.services().guidance().completeness(order.id()).check(EvidenceCategory.RECEIVING);
        assertThat(check.gaps()).extracting(Gap::kind).contains(Gap.Kind.NO_RECEIVING_RECORD);
        assertThat(check.status()).isNotEqualTo(CategoryStatus.COMPLETE);
        consistent();

        assertThatThrownBy(() -> receiving().remove(order.id()))
                .satisfies(e -> assertThat(((DossierException) e).wording().orElseThrow().refusal())
                        .isEqualTo(Refusal.NO_RECEIVING_RECORD));
    }

    @Test
    void whileADisputeIsOpenTheRecordStaysAndTheRefusalSaysWhatToDo() throws Exception {
        var dispute = workspace.services().disputes().open(order.id(), "Thiếu 20 bộ");
        String before = caseJson();

        assertThatThrownBy(() -> receiving().remove(order.id()))
                .satisfies(e -> assertThat(((DossierException) e).wording().orElseThrow().refusal())
                        .isEqualTo(Refusal.RECEIVING_IN_OPEN_DISPUTE))
                .hasMessageContaining("while its dispute is open").hasMessageContaining("Correct the record instead");
        assertThat(receiving().ofOrder(order.id())).isPresent();
        assertThat(caseJson()).isEqualTo(before);

        workspace.services().disputes().advance(dispute.id(), DisputeStatus.CLOSED,
                LocalDateTime.of(2026, 11, 26, 10, 30), "Xưởng đã gửi bù", List.of());
        receiving().remove(order.id());
        assertThat(receiving().ofOrder(order.id())).isEmpty();
        consistent();
    }
}
