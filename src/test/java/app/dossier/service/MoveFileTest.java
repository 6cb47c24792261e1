package app.dossier.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dossier.domain.ChatParties;
import app.dossier.domain.DefectKind;
import app.dossier.domain.DefectRegion;
import app.dossier.domain.DossierException;
import app.dossier.domain.Evidence;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Factory;
import app.dossier.domain.Money;
import app.dossier.domain.Order;
import app.dossier.domain.PackagingCondition;
import app.dossier.domain.Payment;
import app.dossier.domain.PaymentCovers;
import app.dossier.domain.ReceivingDefect;
import app.dossier.domain.ReceivingRecord;
import app.dossier.domain.Refusal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file attached to the wrong category moves to the right one, keeping what points to it. */
class MoveFileTest {
    @TempDir
    Path temp;

    private Workspace workspace;
    private Order order;
    private Evidence photo;

    @BeforeEach
    void photo() throws Exception {
        workspace = new Workspace(temp);
        Factory factory = workspace.factory("义乌市佳美日用品有限公司");
        order = workspace.order(factory, "2837461920384756123", LocalDate.of(2026, 9, 2), 200, "18.50");
        Evidence added = services().evidence().attach(order.id(), EvidenceCategory.AGREEMENT,
                List.of(new EvidenceInput(workspace.photo("nứt cán.jpg", 3), "Cán nứt thùng 3",
                        LocalDateTime.of(2026, 10, 3, 9, 41))), ProgressListener.NONE).added().get(0);
        photo = services().evidence().markDefect(added.id(), new DefectRegion(0.412, 0.3, 0.25, 0.18));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Services services() {
        return workspace.services();
    }

    private Path inTree(Evidence e) {
        return workspace.root().resolve(order.folder()).resolve(e.file());
    }

    private String caseJson() throws Exception {
        return Files.readString(workspace.root().resolve(order.folder()).resolve("case.json"));
    }

    private void consistent() {
        assertThat(services().verify().verify(ProgressListener.NONE).problems()).isEmpty();
    }

    private void refused(long id, EvidenceCategory to, Refusal refusal) {
        assertThatThrownBy(() -> services().evidence().move(id, to))
                .isInstanceOfSatisfying(DossierException.class,
                        e -> assertThat(e.wording().orElseThrow().refusal()).isEqualTo(refusal));
    }

    @Test
    void theFileMovesToTheOtherCategoryWithItsMarkAndDefectLinks() throws Exception {
        services().receiving().save(new ReceivingRecord(0, order.id(), LocalDateTime.of(2026, 10, 3, 9, 40), 10, 9,
                200, 180, PackagingCondition.SOME_DAMAGE, null, 32, 3, "cracked handles", "Hùng", null, null)
                .withDefects(List.of(new ReceivingDefect(DefectKind.CRACKED, 3, List.of(photo.id())))), List.of());
        byte[] content = Files.readAllBytes(inTree(photo));

        Evidence moved = services().evidence().move(photo.id(), EvidenceCategory.RECEIVING);

        assertThat(moved.id()).isEqualTo(photo.id());
        assertThat(moved.category()).isEqualTo(EvidenceCategory.RECEIVING);
        assertThat(moved.file()).isEqualTo("Receiving and QC/nứt cán.jpg");
        assertThat(moved.defectRegion()).isEqualTo(photo.defectRegion());
        assertThat(moved.caption()).isEqualTo("Cán nứt thùng 3");
        assertThat(inTree(photo)).doesNotExist();
        assertThat(Files.readAllBytes(inTree(moved))).isEqualTo(content);
        assertThat(caseJson()).contains("Receiving and QC/nứt cán.jpg").doesNotContain("Chat and agreements/nứt cán");
        assertThat(services().orders().caseOf(order.id()).receiving().defects().get(0).evidenceIds())
                .containsExactly(photo.id());
        assertThat(services().search().search("nut can")).isNotEmpty();
        consistent();
    }

    @Test
    void aNameAlreadyTakenThereGetsAnotherAsAttachGives() throws Exception {
        Evidence same = services().evidence().attach(order.id(), EvidenceCategory.RECEIVING,
                List.of(EvidenceInput.of(workspace.photo("nứt cán.jpg", 4))), ProgressListener.NONE).added().get(0);
        assertThat(same.file()).isEqualTo("Receiving and QC/nứt cán.jpg");

        Evidence moved = services().evidence().move(photo.id(), EvidenceCategory.RECEIVING);

        assertThat(moved.file()).isEqualTo("Receiving and QC/nứt cán (2).jpg");
        assertThat(inTree(same)).exists();
        assertThat(inTree(moved)).exists();
        consistent();
    }

    @Test
    void aRebuildFromTheFoldersGivesTheSameCategory() throws Exception {
        Evidence moved = services().evidence().move(photo.id(), EvidenceCategory.CONFIRMATION);
        workspace.closeServices();
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(Path.of(workspace.location().databaseFile() + suffix));
        }
        RebuildReport report = workspace.composition().rebuild(workspace.location(), ProgressListener.NONE);
        workspace.restartAfterCrash();

        assertThat(report.problems()).isEmpty();
        assertThat(services().evidence().ofOrder(order.id())).singleElement().satisfies(e -> {
            assertThat(e.category()).isEqualTo(EvidenceCategory.CONFIRMATION);
            assertThat(e.file()).isEqualTo(moved.file());
            assertThat(e.defectRegion()).isEqualTo(photo.defectRegion());
        });
        consistent();
    }

    @Test
    void aPaymentsProofStaysInPaymentsAndAChatInChatAndAgreements() throws Exception {
        services().payments().record(new Payment(0, order.id(), LocalDate.of(2026, 9, 2),
                Money.of("3700.00", Money.CNY), null, PaymentCovers.FULL, "Alipay", null, null, null, null),
                EvidenceInput.of(workspace.photo("alipay.png", 8)));
        Evidence proof = services().evidence().ofOrder(order.id()).stream()
                .filter(e -> e.fileName().equals("alipay.png")).findFirst().orElseThrow();
        ChatImport chat = services().chats().importChat(order.id(),
                ChatServiceTest.chatFile(workspace, "memotrace-lisa.txt"), new ChatParties("Mai - Mai Home", null));
        String before = caseJson();

        refused(proof.id(), EvidenceCategory.RECEIVING, Refusal.MOVE_PAYMENT_PROOF);
        refused(chat.evidence().id(), EvidenceCategory.CONFIRMATION, Refusal.MOVE_CHAT);
        refused(photo.id(), EvidenceCategory.AGREEMENT, Refusal.MOVE_SAME_CATEGORY);

        assertThat(caseJson()).isEqualTo(before);
        assertThat(inTree(proof)).exists();
        consistent();
    }

    @Test
    void aFileNotOnDiskIsRefused() throws Exception {
        Files.delete(inTree(photo));

        refused(photo.id(), EvidenceCategory.RECEIVING, Refusal.FILE_NOT_ON_DISK);
        refused(9999, EvidenceCategory.RECEIVING, Refusal.FILE_NO_LONGER_IN_CASE);
        assertThat(services().evidence().ofOrder(order.id())).singleElement()
                .satisfies(e -> assertThat(e.category()).isEqualTo(EvidenceCategory.AGREEMENT));
    }
}
