package app.dossier.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dossier.domain.ChatParties;
import app.dossier.domain.DefectRegion;
import app.dossier.domain.DisputeStatus;
import app.dossier.domain.DossierException;
import app.dossier.domain.Evidence;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Factory;
import app.dossier.domain.Money;
import app.dossier.domain.Order;
import app.dossier.domain.Payment;
import app.dossier.domain.PaymentCovers;
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

/** Removing a file to the trash, putting it back exactly, and emptying the trash, never during an open dispute. */
class TrashTest {
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
        Evidence added = services().evidence().attach(order.id(), EvidenceCategory.RECEIVING,
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

    @Test
    void aRemovedFileMovesToTheTrashWithTheRecordOfWhatItWas() throws Exception {
        byte[] content = Files.readAllBytes(inTree(photo));

        TrashedFile trashed = services().trash().remove(photo.id());

        assertThat(inTree(photo)).doesNotExist();
        assertThat(trashed.location()).startsWith(workspace.location().trashFolder());
        assertThat(Files.readAllBytes(trashed.location())).isEqualTo(content);
        String record = Files.readString(trashed.location().resolveSibling("trashed.json"));
        assertThat(record).contains("\"format\": \"dossier-trash/1\"", "\"orderLabel\": \"2837461920384756123\"",
                "\"sha256\": \"" + photo.sha256() + "\"", "Receiving and QC/nứt cán.jpg", "Cán nứt thùng 3",
                "\"left\": 0.4120", "\"removedAt\"");
        assertThat(services().evidence().ofOrder(order.id())).isEmpty();
        assertThat(caseJson()).doesNotContain("nứt cán");
        assertThat(services().search().search("nut can")).isEmpty();
        assertThat(services().trash().list()).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo(trashed.id());
            assertThat(t.evidence()).isEqualTo(photo);
            assertThat(t.fileThere()).isTrue();
        });
        consistent();
    }

    @Test
    void aFileIsPutBackExactlyWhereItWas() throws Exception {
        TrashedFile trashed = services().trash().remove(photo.id());
        String before = caseJson();

        Evidence restored = services().trash().restore(trashed.id());

        assertThat(restored).isEqualTo(photo);
        assertThat(services().evidence().ofOrder(order.id())).containsExactly(photo);
        assertThat(inTree(photo)).exists();
        assertThat(caseJson()).isNotEqualTo(before).contains("nứt cán.jpg", "Cán nứt thùng 3", "\"left\": 0.4120");
        assertThat(services().search().search("nut can")).isNotEmpty();
        assertThat(services().trash().list()).isEmpty();
        assertThat(trashed.location().getParent()).doesNotExist();
        consistent();
    }

    @Test
    void aFileChangedInTheTrashIsNotPutBack() throws Exception {
        TrashedFile trashed = services().trash().remove(photo.id());
        Files.write(trashed.location(), new byte[] {1, 2, 3});

        assertThatThrownBy(() -> services().trash().restore(trashed.id()))
                .isInstanceOfSatisfying(DossierException.class,
                        e -> assertThat(e.wording().orElseThrow().refusal()).isEqualTo(Refusal.TRASH_FILE_CHANGED));
        assertThat(services().evidence().ofOrder(order.id())).isEmpty();
        assertThat(services().verify().verify(ProgressListener.NONE).problems())
                .anySatisfy(p -> assertThat(p.toString()).contains("nứt cán.jpg"));
    }

    @Test
    void aNameTakenMeanwhileIsRefused() throws Exception {
        TrashedFile trashed = services().trash().remove(photo.id());
        services().evidence().attach(order.id(), EvidenceCategory.RECEIVING,
                List.of(EvidenceInput.of(workspace.photo("nứt cán.jpg", 4))), ProgressListener.NONE);

        assertThatThrownBy(() -> services().trash().restore(trashed.id()))
                .isInstanceOfSatisfying(DossierException.class,
                        e -> assertThat(e.wording().orElseThrow().refusal()).isEqualTo(Refusal.TRASH_NAME_TAKEN));
        assertThat(services().trash().list()).hasSize(1);
        consistent();
    }

    @Test
    void anUnknownIdIsRefused() {
        assertThatThrownBy(() -> services().trash().restore("../Case files"))
                .isInstanceOfSatisfying(DossierException.class,
                        e -> assertThat(e.wording().orElseThrow().refusal()).isEqualTo(Refusal.TRASH_ENTRY_NOT_FOUND));
        assertThatThrownBy(() -> services().trash().restore("20261126-030000-99"))
                .isInstanceOfSatisfying(DossierException.class,
                        e -> assertThat(e.wording().orElseThrow().refusal()).isEqualTo(Refusal.TRASH_ENTRY_NOT_FOUND));
    }

    @Test
    void aPaymentsProofIsRefusedNamingThePayment() throws Exception {
        services().payments().record(new Payment(0, order.id(), LocalDate.of(2026, 9, 2),
                Money.of("3700.00", Money.CNY), null, PaymentCovers.FULL, "Alipay", null, null, null, null),
                EvidenceInput.of(workspace.photo("alipay.png", 8)));
        Evidence proof = services().evidence().ofOrder(order.id()).stream()
                .filter(e -> e.fileName().equals("alipay.png")).findFirst().orElseThrow();
        String before = caseJson();

        assertThatThrownBy(() -> services().trash().remove(proof.id()))
                .isInstanceOfSatisfying(DossierException.class, e -> {
                    assertThat(e.wording().orElseThrow().refusal()).isEqualTo(Refusal.FILE_IS_PAYMENT_PROOF);
                    assertThat(e.getMessage()).contains("alipay.png", "3700.00");
                });
        assertThat(caseJson()).isEqualTo(before);
        assertThat(services().trash().list()).isEmpty();
    }

    @Test
    void aChatAndADisputeStepsFileAreRefused() throws Exception {
        ChatImport chat = services().chats().importChat(order.id(),
                ChatServiceTest.chatFile(workspace, "memotrace-lisa.txt"), new ChatParties("Mai - Mai Home", null));
        assertThatThrownBy(() -> services().trash().remove(chat.evidence().id()))
                .isInstanceOfSatisfying(DossierException.class,
                        e -> assertThat(e.wording().orElseThrow().refusal()).isEqualTo(Refusal.FILE_IS_CHAT));

        var dispute = services().disputes().open(order.id(), "20 sets short");
        var advanced = services().disputes().advance(dispute.id(), DisputeStatus.SENT,
                LocalDateTime.of(2026, 11, 26, 11, 0), "Gửi xưởng",
                List.of(EvidenceInput.of(workspace.photo("reply.png", 11))));
        long stepFile = advanced.events().get(advanced.events().size() - 1).evidenceIds().get(0);
        assertThatThrownBy(() -> services().trash().remove(stepFile))
                .isInstanceOfSatisfying(DossierException.class,
                        e -> assertThat(e.wording().orElseThrow().refusal()).isEqualTo(Refusal.FILE_IN_DISPUTE_STEP));
        consistent();
    }

    @Test
    void emptyingKeepsTheFilesOfAnOrderWithAnOpenDispute() throws Exception {
        Order other = workspace.order(workspace.factory("广州市锦绣服装有限公司"), "2840019375561028394",
                LocalDate.of(2026, 10, 15), 500, "12.80");
        Evidence otherPhoto = services().evidence().attach(other.id(), EvidenceCategory.RECEIVING,
                List.of(EvidenceInput.of(workspace.photo("pallet.jpg", 5))), ProgressListener.NONE).added().get(0);
        TrashedFile disputed = services().trash().remove(photo.id());
        TrashedFile plain = services().trash().remove(otherPhoto.id());
        var dispute = services().disputes().open(order.id(), "20 sets short");

        TrashEmptied emptied = services().trash().empty();

        assertThat(emptied.deleted()).isEqualTo(1);
        assertThat(emptied.keptForDispute()).extracting(TrashedFile::id).containsExactly(disputed.id());
        assertThat(plain.location().getParent()).doesNotExist();
        assertThat(services().trash().list()).extracting(TrashedFile::id).containsExactly(disputed.id());

        services().disputes().advance(dispute.id(), DisputeStatus.CLOSED, LocalDateTime.of(2026, 11, 26, 11, 0), null,
                List.of());
        assertThat(services().trash().empty().deleted()).isEqualTo(1);
        assertThat(services().trash().list()).isEmpty();
        consistent();
    }

    @Test
    void aDefectLinkIsUnlinkedAndNamedInTheRecord() throws Exception {
        services().receiving().save(new app.dossier.domain.ReceivingRecord(0, order.id(),
                LocalDateTime.of(2026, 10, 3, 9, 40), 10, 9, 200, 180, app.dossier.domain.PackagingCondition.SOME_DAMAGE,
                null, 32, 3, "cracked handles", "Hùng", null, null).withDefects(List.of(
                        new app.dossier.domain.ReceivingDefect(app.dossier.domain.DefectKind.CRACKED, 3,
                                List.of(photo.id())))), List.of());

        TrashedFile trashed = services().trash().remove(photo.id());

        assertThat(trashed.defectKinds()).containsExactly(app.dossier.domain.DefectKind.CRACKED.name());
        assertThat(services().orders().caseOf(order.id()).receiving().defects().get(0).evidenceIds()).isEmpty();
        consistent();
    }

    @Test
    void aRebuildDoesNotBringATrashedFileBack() throws Exception {
        TrashedFile trashed = services().trash().remove(photo.id());
        workspace.closeServices();
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(Path.of(workspace.location().databaseFile() + suffix));
        }
        RebuildReport report = workspace.composition().rebuild(workspace.location(), ProgressListener.NONE);
        workspace.restartAfterCrash();

        assertThat(report.problems()).isEmpty();
        assertThat(report.evidence()).isZero();
        assertThat(services().evidence().ofOrder(order.id())).isEmpty();
        assertThat(services().trash().list()).extracting(TrashedFile::id).containsExactly(trashed.id());
        consistent();
        assertThat(services().trash().restore(trashed.id())).isEqualTo(photo);
        consistent();
    }

    @Test
    void aBackupCarriesTheTrashAndARestoreBringsItBack() throws Exception {
        TrashedFile trashed = services().trash().remove(photo.id());
        Path backup = services().backups().backup(temp.resolve("out/backup.zip"), ProgressListener.NONE).file();
        Path data = temp.resolve("restored");
        DataLocation target = new DataLocation(data, data.resolve(DataLocation.DEFAULT_CASE_FILES));

        RestoreReport report = workspace.composition().restore(backup, target, false, ProgressListener.NONE);

        assertThat(report.verify().consistent()).as(report.verify().problems().toString()).isTrue();
        Path kept = data.resolve("Trash").resolve(trashed.id()).resolve("nứt cán.jpg");
        assertThat(Files.readAllBytes(kept)).isEqualTo(Files.readAllBytes(trashed.location()));
        assertThat(data.resolve("Trash").resolve(trashed.id()).resolve("trashed.json")).exists();
        try (Services restored = workspace.composition().open(target)) {
            assertThat(restored.trash().list()).extracting(TrashedFile::id).containsExactly(trashed.id());
            assertThat(restored.trash().restore(trashed.id())).isEqualTo(photo);
            assertThat(restored.verify().verify(ProgressListener.NONE).problems()).isEmpty();
        }
    }

    @Test
    void aRestoreOntoAServerPutsTheTrashBesideTheSharedCaseFilesForEveryPc() throws Exception {
        TestDatabases.assumePostgres("a restore onto a server needs one: -Ddossier.test.database=…");
        TrashedFile trashed = services().trash().remove(photo.id());
        Path backup = services().backups().backup(temp.resolve("out/backup.zip"), ProgressListener.NONE).file();
        Path data = temp.resolve("restored on the server");
        DataLocation target = new DataLocation(data, temp.resolve("NAS/Case files"), TestDatabases.newEmpty());

        RestoreReport report = workspace.composition().restore(backup, target, false, ProgressListener.NONE);

        assertThat(report.verify().consistent()).as(report.verify().problems().toString()).isTrue();
        assertThat(target.trashFolder()).as("beside the case files every PC reaches")
                .isEqualTo(temp.resolve("NAS/Case files/.dossier/Trash"));
        Path kept = target.trashFolder().resolve(trashed.id()).resolve("nứt cán.jpg");
        assertThat(Files.readAllBytes(kept)).isEqualTo(Files.readAllBytes(trashed.location()));
        assertThat(data.resolve("Trash")).doesNotExist();
        try (Services restored = workspace.composition().open(target)) {
            assertThat(restored.trash().list()).extracting(TrashedFile::id).containsExactly(trashed.id());
            assertThat(restored.trash().restore(trashed.id())).isEqualTo(photo);
            assertThat(restored.verify().verify(ProgressListener.NONE).problems()).isEmpty();
        }
    }

    @Test
    void verifyDoesNotTakeTheTrashForStrayFilesAndReportsAMissingOne() throws Exception {
        TrashedFile trashed = services().trash().remove(photo.id());
        consistent();
        Files.delete(trashed.location());
        assertThat(services().verify().verify(ProgressListener.NONE).problems()).singleElement()
                .satisfies(p -> {
                    assertThat(p.kind()).isEqualTo(Problem.Kind.MISSING);
                    assertThat(p.path()).isEqualTo("Trash/" + trashed.id() + "/nứt cán.jpg");
                });
    }
}
