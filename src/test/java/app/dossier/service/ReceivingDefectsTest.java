package app.dossier.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dossier.domain.DefectKind;
import app.dossier.domain.DossierException;
import app.dossier.domain.Evidence;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Factory;
import app.dossier.domain.Order;
import app.dossier.domain.PackagingCondition;
import app.dossier.domain.ReceivingDefect;
import app.dossier.domain.ReceivingRecord;
import app.dossier.domain.Refusal;
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

/** Defects by kind: kept with the record, linked to the photos that show them, corrected later on their own. */
class ReceivingDefectsTest {
    @TempDir
    Path temp;

    private Workspace workspace;
    private Order order;

    @BeforeEach
    void order() {
        workspace = new Workspace(temp);
        Factory factory = workspace.factory("义乌市佳美日用品有限公司");
        order = workspace.order(factory, "2837461920384756123", LocalDate.of(2026, 9, 2), 200, "18.50");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private ReceivingRecord draft(ReceivingDefect... defects) {
        return new ReceivingRecord(0, order.id(), LocalDateTime.of(2026, 10, 3, 9, 40), 10, 9, 200, 180,
                PackagingCondition.SOME_DAMAGE, null, 32, 3, null, "Trần Văn Hùng", null, null)
                .withDefects(List.of(defects));
    }

    private ReceivingService receiving() {
        return workspace.services().receiving();
    }

    private Map<Long, String> files() {
        Map<Long, String> byId = new java.util.HashMap<>();
        workspace.services().evidence().ofOrder(order.id()).forEach(e -> byId.put(e.id(), e.fileName()));
        return byId;
    }

    private List<String> shown(ReceivingRecord r, DefectKind kind) {
        Map<Long, String> files = files();
        return r.defect(kind).orElseThrow().evidenceIds().stream().map(files::get).toList();
    }

    private Path caseJson() {
        return workspace.root().resolve(order.folder()).resolve("case.json");
    }

    @Test
    void newPhotosAreLinkedToTheKindsTheyShowAfterTheFilesAlreadyKept() throws Exception {
        Evidence earlier = workspace.services().evidence().attach(order.id(), EvidenceCategory.RECEIVING,
                List.of(EvidenceInput.of(workspace.photo("closeup.jpg", 1))), ProgressListener.NONE).added().get(0);
        Path pallet = workspace.photo("pallet.jpg", 2);
        Path cracked = workspace.photo("IMG_0931.jpg", 3);
        Path carton = workspace.photo("carton.jpg", 4);

        ReceivingRecord saved = receiving().save(draft(new ReceivingDefect(DefectKind.SHORT, 20),
                        new ReceivingDefect(DefectKind.CRACKED, 3, List.of(earlier.id())),
                        new ReceivingDefect(DefectKind.DAMAGED_PACKAGING, 1)),
                List.of(EvidenceInput.of(pallet), EvidenceInput.of(cracked), EvidenceInput.of(carton)),
                Map.of(DefectKind.CRACKED, List.of(cracked), DefectKind.SHORT, List.of(pallet),
                        DefectKind.DAMAGED_PACKAGING, List.of(carton, pallet)));

        ReceivingRecord read = receiving().ofOrder(order.id()).orElseThrow();
        assertThat(read).isEqualTo(saved);
        assertThat(read.defects()).extracting(ReceivingDefect::kind).containsExactly(DefectKind.SHORT,
                DefectKind.CRACKED, DefectKind.DAMAGED_PACKAGING);
        assertThat(shown(read, DefectKind.SHORT)).containsExactly("pallet.jpg");
        assertThat(shown(read, DefectKind.CRACKED)).containsExactly("closeup.jpg", "IMG_0931.jpg");
        assertThat(shown(read, DefectKind.DAMAGED_PACKAGING)).containsExactly("carton.jpg", "pallet.jpg");
        assertThat(Files.readString(caseJson())).contains("\"kind\": \"CRACKED\"",
                "\"Receiving and QC/closeup.jpg\",\n          \"Receiving and QC/IMG_0931.jpg\"");
        assertThat(workspace.services().verify().verify(ProgressListener.NONE).consistent()).isTrue();
    }

    @Test
    void aFolderOfPhotosStandsForThePhotosInIt() throws Exception {
        Path first = workspace.photo("cracked/a.jpg", 5);
        workspace.photo("cracked/b.jpg", 6);
        ReceivingRecord saved = receiving().save(draft(new ReceivingDefect(DefectKind.CRACKED, 3)),
                List.of(EvidenceInput.of(first.getParent())), Map.of(DefectKind.CRACKED, List.of(first.getParent())));
        assertThat(shown(saved, DefectKind.CRACKED)).containsExactly("a.jpg", "b.jpg");
    }

    @Test
    void theOldSaveKeepsTheDraftsDefectsAndLinksNoNewPhoto() throws Exception {
        ReceivingRecord saved = receiving().save(draft(new ReceivingDefect(DefectKind.SHORT, 20),
                new ReceivingDefect(DefectKind.STAINED, 2)), List.of(EvidenceInput.of(workspace.photo("a.jpg", 7))));
        assertThat(receiving().ofOrder(order.id()).orElseThrow().defects()).isEqualTo(saved.defects())
                .containsExactly(new ReceivingDefect(DefectKind.SHORT, 20), new ReceivingDefect(DefectKind.STAINED, 2));
    }

    @Test
    void aPhotoSaidToShowADefectMustBeAmongThePhotosAndItsKindMustHaveACount() throws Exception {
        Path given = workspace.photo("a.jpg", 8);
        Path other = workspace.photo("other.jpg", 9);
        assertThatThrownBy(() -> receiving().save(draft(new ReceivingDefect(DefectKind.CRACKED, 3)),
                List.of(EvidenceInput.of(given)), Map.of(DefectKind.CRACKED, List.of(other))))
                .isInstanceOfSatisfying(DossierException.class, e -> assertThat(e.wording()).hasValueSatisfying(
                        w -> assertThat(w.refusal()).isEqualTo(Refusal.DEFECT_PHOTO_NOT_GIVEN)));
        assertThatThrownBy(() -> receiving().save(draft(), List.of(EvidenceInput.of(given)),
                Map.of(DefectKind.CRACKED, List.of(given))))
                .isInstanceOfSatisfying(DossierException.class, e -> assertThat(e.wording()).hasValueSatisfying(
                        w -> assertThat(w.refusal()).isEqualTo(Refusal.DEFECT_COUNT_ZERO)));
        assertThat(receiving().ofOrder(order.id())).isEmpty();
        assertThat(workspace.services().evidence().ofOrder(order.id())).as("nothing copied").isEmpty();
    }

    @Test
    void defectsAreCorrectedWithoutEnteringTheRestAgain() throws Exception {
        ReceivingRecord first = receiving().save(draft(new ReceivingDefect(DefectKind.SHORT, 20)),
                List.of(EvidenceInput.of(workspace.photo("a.jpg", 10))));
        long photo = workspace.services().evidence().ofOrder(order.id()).get(0).id();

        ReceivingRecord named = receiving().nameDefects(order.id(), List.of(new ReceivingDefect(DefectKind.SHORT, 20),
                new ReceivingDefect(DefectKind.WRONG_COLOUR, 2, List.of(photo))));

        assertThat(named).isEqualTo(first.withDefects(named.defects()));
        assertThat(receiving().ofOrder(order.id()).orElseThrow()).isEqualTo(named);
        assertThat(shown(named, DefectKind.WRONG_COLOUR)).containsExactly("a.jpg");
        assertThat(Files.readString(caseJson())).contains("\"kind\": \"WRONG_COLOUR\"");
        assertThat(workspace.services().verify().verify(ProgressListener.NONE).consistent()).isTrue();

        receiving().nameDefects(order.id(), List.of());
        assertThat(receiving().ofOrder(order.id()).orElseThrow().defects()).isEmpty();
        assertThat(Files.readString(caseJson())).doesNotContain("\"defects\"");
    }

    @Test
    void namingDefectsIsRefusedWithoutAReceivingRecordWithAFileOfAnotherOrderOrWithCountsThatDoNotAddUp()
            throws Exception {
        assertThatThrownBy(() -> receiving().nameDefects(order.id(), List.of(new ReceivingDefect(DefectKind.OTHER, 1))))
                .isInstanceOfSatisfying(DossierException.class, e -> assertThat(e.wording()).hasValueSatisfying(
                        w -> assertThat(w.refusal()).isEqualTo(Refusal.NOT_RECEIVED_YET)))
                .hasMessageContaining("2837461920384756123");

        receiving().save(draft(), List.of());
        Order other = workspace.order(workspace.factory("深圳市恒达包装制品有限公司"), "JX-1", LocalDate.of(2026, 9, 3),
                10, "1.00");
        long elsewhere = workspace.services().evidence().attach(other.id(), EvidenceCategory.RECEIVING,
                List.of(EvidenceInput.of(workspace.photo("x.jpg", 11))), ProgressListener.NONE).added().get(0).id();
        assertThatThrownBy(() -> receiving().nameDefects(order.id(),
                List.of(new ReceivingDefect(DefectKind.CRACKED, 1, List.of(elsewhere)))))
                .isInstanceOfSatisfying(DossierException.class, e -> assertThat(e.wording()).hasValueSatisfying(
                        w -> assertThat(w.refusal()).isEqualTo(Refusal.DEFECT_FILE_NOT_IN_ORDER)));
        assertThatThrownBy(() -> receiving().nameDefects(order.id(), List.of(new ReceivingDefect(DefectKind.SHORT, 5))))
                .isInstanceOf(DossierException.class).hasMessageContaining("20");
        assertThat(receiving().ofOrder(order.id()).orElseThrow().defects()).isEmpty();
    }

    @Test
    void theSampleNamesItsDefectsWithThePhotosThatShowThem() throws Exception {
        try (Workspace sample = Workspace.withSample(temp.resolve("sample"))) {
            Services services = sample.services();
            Order first = services.orders().find("2837461920384756123");
            Order second = services.orders().find("2840019375561028394");
            assertThat(described(services, first)).containsExactly(
                    "SHORT 20 [o1-pallet.jpg, o1-count-sheet.jpg]", "CRACKED 3 [o1-defect-closeup.jpg]",
                    "DAMAGED_PACKAGING 1 [o1-damaged-carton.jpg]");
            assertThat(described(services, second)).containsExactly("OTHER 1 [o2-received.jpg]");
            assertThat(Files.readString(sample.root().resolve(first.folder()).resolve("case.json")))
                    .contains("\"Receiving and QC/o1-defect-closeup.jpg\"");
        }
    }

    private static List<String> described(Services services, Order order) {
        Map<Long, String> files = new java.util.HashMap<>();
        services.evidence().ofOrder(order.id()).forEach(e -> files.put(e.id(), e.fileName()));
        return services.receiving().ofOrder(order.id()).orElseThrow().defects().stream()
                .map(d -> d.kind() + " " + d.count() + " " + d.evidenceIds().stream().map(files::get).toList())
                .toList();
    }
}
