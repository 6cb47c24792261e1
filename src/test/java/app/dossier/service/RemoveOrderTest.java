package app.dossier.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An order or a factory made by mistake is deleted, its folder kept in the trash; one that holds
 * evidence is archived: hidden from the lists, kept, verified, brought back by unarchive and by a rebuild.
 */
class RemoveOrderTest {
    @TempDir
    Path temp;

    private Workspace workspace;
    private Factory factory;
    private Order order;
    private Evidence photo;

    @BeforeEach
    void orders() throws Exception {
        workspace = new Workspace(temp);
        factory = workspace.factory("义乌市佳美日用品有限公司");
        order = workspace.order(factory, "2837461920384756123", LocalDate.of(2026, 9, 2), 200, "18.50");
        photo = services().evidence().attach(order.id(), EvidenceCategory.RECEIVING,
                List.of(new EvidenceInput(workspace.photo("nứt cán.jpg", 3), "Cán nứt thùng 3", null)),
                ProgressListener.NONE).added().get(0);
        services().evidence().attach(order.id(), EvidenceCategory.AGREEMENT,
                List.of(EvidenceInput.of(workspace.photo("mẫu đã duyệt.jpg", 4))), ProgressListener.NONE);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Services services() {
        return workspace.services();
    }

    private void consistent() {
        assertThat(services().verify().verify(ProgressListener.NONE).problems()).isEmpty();
    }

    private static Refusal refusalOf(Throwable e) {
        return ((DossierException) e).wording().orElseThrow().refusal();
    }

    private Path trash() {
        return workspace.location().trashFolder();
    }

    @Test
    void aDraftOrderIsDeletedAndItsFolderKeptInTheTrash() throws Exception {
        Order draft = workspace.order(factory, "2840019375561028394", LocalDate.of(2026, 10, 15), 500, "12.80");
        Path folder = workspace.root().resolve(draft.folder());

        Removal removal = services().orders().remove(draft.id());

        assertThat(removal.archived()).isFalse();
        assertThat(removal.name()).isEqualTo("2840019375561028394");
        assertThat(services().orders().list(null, true)).extracting(s -> s.order().id()).containsExactly(order.id());
        assertThat(folder).doesNotExist();
        try (Stream<Path> kept = Files.walk(trash())) {
            assertThat(kept.map(p -> trash().relativize(p).toString().replace('\\', '/')))
                    .anyMatch(p -> p.matches("\\d{8}-\\d{6}-order-" + draft.id() + "/2026-10-15 2840019375561028394/case.json"));
        }
        assertThatThrownBy(() -> services().orders().find("2840019375561028394"))
                .satisfies(e -> assertThat(refusalOf(e)).isEqualTo(Refusal.ORDER_NOT_FOUND));
        consistent();

        assertThat(services().trash().empty().deleted()).isEqualTo(1);
        assertThat(trash().resolve(folder.getFileName())).doesNotExist();
        consistent();
    }

    @Test
    void anOrderWithEvidenceIsArchivedHiddenAndStillVerifiedThenUnarchived() throws Exception {
        services().payments().record(new Payment(0, order.id(), LocalDate.of(2026, 9, 3),
                Money.of("3700.00", Money.CNY), null, PaymentCovers.DEPOSIT, "Alipay", null, null, null, null), null);

        Removal removal = services().orders().remove(order.id());

        assertThat(removal.archived()).isTrue();
        assertThat(removal.files()).isEqualTo(2);
        assertThat(removal.payments()).isEqualTo(1);
        assertThat(services().orders().list(null)).isEmpty();
        assertThat(services().orders().list(factory.id())).isEmpty();
        assertThat(services().orders().list(null, true)).singleElement().satisfies(s -> assertThat(s.archived()).isTrue());
        assertThat(services().search().search("nut can")).isEmpty();
        assertThat(services().guidance().ordersWithGaps()).isEmpty();
        assertThat(Files.readString(workspace.root().resolve(order.folder()).resolve("case.json")))
                .contains("\"archivedAt\"");
        assertThat(workspace.root().resolve(order.folder()).resolve(photo.file())).isRegularFile();
        consistent();
        assertThatThrownBy(() -> services().orders().remove(order.id()))
                .satisfies(e -> assertThat(refusalOf(e)).isEqualTo(Refusal.ORDER_ARCHIVED_ALREADY));

        services().orders().unarchive(order.id());

        assertThat(services().orders().list(null)).extracting(s -> s.order().id()).containsExactly(order.id());
        assertThat(services().search().search("nut can")).isNotEmpty();
        assertThat(Files.readString(workspace.root().resolve(order.folder()).resolve("case.json")))
                .doesNotContain("archivedAt");
        consistent();
    }

    @Test
    void aRebuildKeepsTheOrderAndTheFactoryArchived() throws Exception {
        Factory second = workspace.factory("广州市锦绣服装有限公司");
        Order kept = workspace.order(second, "2851234098765432101", LocalDate.of(2026, 11, 3), 300, "45.00");
        services().orders().remove(order.id());
        services().factories().remove(second.id());

        workspace.closeServices();
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(Path.of(workspace.location().databaseFile() + suffix));
        }
        assertThat(workspace.composition().rebuild(workspace.location(), ProgressListener.NONE).problems()).isEmpty();
        workspace.reopenAfterRebuild();

        // Archiving a factory hides the factory only: its orders stay as they were.
        assertThat(services().orders().list(null)).extracting(s -> s.order().id()).containsExactly(kept.id());
        assertThat(services().orders().list(null, true)).hasSize(2);
        assertThat(services().factories().list()).extracting(Factory::id).containsExactly(factory.id());
        assertThat(services().factories().list(true)).hasSize(2);
        consistent();
    }

    @Test
    void anOrderWithAnOpenDisputeIsNotArchived() {
        services().disputes().open(order.id(), "Thiếu 20 bộ, 3 bộ nứt cán");

        assertThatThrownBy(() -> services().orders().remove(order.id()))
                .satisfies(e -> assertThat(refusalOf(e)).isEqualTo(Refusal.ORDER_ARCHIVE_DISPUTE_OPEN))
                .hasMessageContaining("2837461920384756123");
        assertThatThrownBy(() -> services().factories().remove(factory.id()))
                .satisfies(e -> assertThat(refusalOf(e)).isEqualTo(Refusal.FACTORY_ARCHIVE_DISPUTE_OPEN));
        assertThat(services().orders().list(null)).hasSize(1);
        consistent();
    }

    @Test
    void aFactoryWithoutOrdersIsDeletedAndOneWithOrdersArchived() throws Exception {
        Factory mistake = workspace.factory("温州市恒达鞋业有限公司");
        Path mistakeFolder = workspace.root().resolve(mistake.folder());

        assertThat(services().factories().remove(mistake.id()).archived()).isFalse();
        assertThat(mistakeFolder).doesNotExist();
        assertThat(services().factories().list(true)).extracting(Factory::id).containsExactly(factory.id());
        consistent();

        Removal archived = services().factories().remove(factory.id());

        assertThat(archived.archived()).isTrue();
        assertThat(archived.orders()).isEqualTo(1);
        assertThat(services().factories().list()).isEmpty();
        assertThat(services().orders().list(null)).hasSize(1);
        assertThat(services().search().search("Jiamei")).noneMatch(h -> h.kind() == SearchHit.Kind.FACTORY);
        consistent();

        services().factories().unarchive(factory.id());
        assertThat(services().factories().list()).extracting(Factory::id).containsExactly(factory.id());
        consistent();
    }

    @Test
    void aPhotoMovesToAnotherOrderWithBothCaseFilesRight() throws Exception {
        Order other = workspace.order(factory, "2840019375561028394", LocalDate.of(2026, 10, 15), 500, "12.80");
        Evidence clash = services().evidence().attach(other.id(), EvidenceCategory.RECEIVING,
                List.of(EvidenceInput.of(workspace.photo("other/nứt cán.jpg", 9))), ProgressListener.NONE)
                .added().get(0);

        Evidence moved = services().evidence().moveToOrder(photo.id(), other.id(), null);

        assertThat(moved.id()).isEqualTo(photo.id());
        assertThat(moved.orderId()).isEqualTo(other.id());
        assertThat(moved.file()).isEqualTo("Receiving and QC/nứt cán (2).jpg");
        assertThat(moved.caption()).isEqualTo("Cán nứt thùng 3");
        assertThat(workspace.root().resolve(order.folder()).resolve(photo.file())).doesNotExist();
        assertThat(workspace.root().resolve(other.folder()).resolve(moved.file())).isRegularFile();
        assertThat(Files.readString(workspace.root().resolve(order.folder()).resolve("case.json")))
                .doesNotContain("nứt cán");
        assertThat(Files.readString(workspace.root().resolve(other.folder()).resolve("case.json")))
                .contains("nứt cán (2).jpg").contains(clash.file());
        consistent();

        Evidence toAgreement = services().evidence().moveToOrder(moved.id(), order.id(), EvidenceCategory.AGREEMENT);
        assertThat(toAgreement.file()).isEqualTo("Chat and agreements/nứt cán (2).jpg");
        consistent();
    }

    @Test
    void aPaymentsProofDoesNotMoveToAnotherOrder() throws Exception {
        Order other = workspace.order(factory, "2840019375561028394", LocalDate.of(2026, 10, 15), 500, "12.80");
        Payment paid = services().payments().record(new Payment(0, order.id(), LocalDate.of(2026, 9, 3),
                Money.of("3700.00", Money.CNY), null, PaymentCovers.DEPOSIT, "Alipay", null, null, null, null),
                EvidenceInput.of(workspace.photo("alipay.png", 8)));

        assertThatThrownBy(() -> services().evidence().moveToOrder(paid.proofEvidenceId(), other.id(), null))
                .satisfies(e -> assertThat(refusalOf(e)).isEqualTo(Refusal.MOVE_TO_ORDER_PAYMENT_PROOF))
                .hasMessageContaining("alipay.png").hasMessageContaining("3700.00 CNY");
        assertThatThrownBy(() -> services().evidence().moveToOrder(photo.id(), order.id(), null))
                .satisfies(e -> assertThat(refusalOf(e)).isEqualTo(Refusal.MOVE_SAME_ORDER));
        consistent();
    }

    @Test
    void anArchivedOrderAndFactoryAreUnarchivedByUndoAndArchivedAgainByRedo() {
        UndoService undo = services().undo();
        services().orders().remove(order.id());
        assertThat(undo.undo().what()).isEqualTo(app.dossier.domain.Undoable.ARCHIVE_ORDER);
        assertThat(services().orders().list(null)).extracting(s -> s.order().id()).containsExactly(order.id());
        consistent();
        undo.redo();
        assertThat(services().orders().list(null)).isEmpty();
        consistent();

        services().factories().remove(factory.id());
        assertThat(undo.undo().what()).isEqualTo(app.dossier.domain.Undoable.ARCHIVE_FACTORY);
        assertThat(services().factories().list()).extracting(Factory::id).containsExactly(factory.id());
        undo.redo();
        assertThat(services().factories().list()).isEmpty();
        consistent();
    }
}
