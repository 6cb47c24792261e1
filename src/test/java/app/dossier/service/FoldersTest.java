package app.dossier.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dossier.domain.DossierException;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Factory;
import app.dossier.domain.InvalidInputException;
import app.dossier.domain.Order;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Factory and order folders: named safely, never colliding, moved with their records. */
class FoldersTest {
    @TempDir
    Path temp;

    private Workspace workspace;

    @BeforeEach
    void open() {
        workspace = new Workspace(temp);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void anOrderFolderHasExactlyTheLayoutOfACaseFile() throws Exception {
        Factory factory = workspace.factory("义乌市佳美日用品有限公司");
        Order order = workspace.order(factory, "2837461920384756123", LocalDate.of(2026, 9, 2), 200, "18.50");

        assertThat(order.folder()).isEqualTo("义乌市佳美日用品有限公司/2026-09-02 2837461920384756123");
        Path folder = workspace.root().resolve(order.folder());
        try (var entries = Files.list(folder)) {
            assertThat(entries.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "Chat and agreements", "Order and confirmation", "Payments", "Receiving and QC", "case.json", "history.jsonl");
        }
        assertThat(workspace.root().resolve("义乌市佳美日用品有限公司/factory.json")).exists();
    }

    @Test
    void anOrderWithoutANumberIsNamedByItsProduct() {
        Factory factory = workspace.factory("深圳市恒达包装制品有限公司");
        Order order = workspace.order(factory, null, LocalDate.of(2026, 11, 18), 2000, "3.20");
        assertThat(order.folder()).isEqualTo("深圳市恒达包装制品有限公司/2026-11-18 硅胶铲5件套");
    }

    @Test
    void namesWithSlashesAndDotsStayInsideTheRoot() {
        Factory sneaky = workspace.factory("../../etc");
        Factory slashes = workspace.factory("Xưởng A/B: \"tốt\"");
        Factory device = workspace.factory("CON");
        for (Factory f : List.of(sneaky, slashes, device)) {
            Path folder = workspace.root().resolve(f.folder()).normalize();
            assertThat(folder.getParent()).isEqualTo(workspace.root());
            assertThat(folder).isDirectory();
        }
        assertThat(slashes.folder()).doesNotContain("/", ":", "\"");
        assertThat(device.folder()).isNotEqualToIgnoringCase("CON");
        assertThat(sneaky.name()).isEqualTo("../../etc");
    }

    @Test
    void twoFactoriesWithTheSameNameGetTheirOwnFolders() {
        Factory one = workspace.factory("佳美");
        Factory two = workspace.factory("佳美");
        assertThat(one.folder()).isEqualTo("佳美");
        assertThat(two.folder()).isEqualTo("佳美 (2)");
    }

    @Test
    void twoOrdersOnTheSameDayForTheSameProductGetTheirOwnFolders() {
        Factory factory = workspace.factory("佳美");
        Order one = workspace.order(factory, null, LocalDate.of(2026, 9, 2), 10, "1.00");
        Order two = workspace.order(factory, null, LocalDate.of(2026, 9, 2), 20, "1.00");
        assertThat(two.folder()).isEqualTo(one.folder() + " (2)");
    }

    @Test
    void renamingAFactoryMovesItsFolderAndEveryCaseFileFollows() throws Exception {
        Factory factory = workspace.factory("义乌市佳美日用品有限公司");
        Order order = workspace.order(factory, "2837461920384756123", LocalDate.of(2026, 9, 2), 200, "18.50");
        workspace.services().evidence().attach(order.id(), EvidenceCategory.AGREEMENT,
                List.of(EvidenceInput.of(workspace.photo("mẫu.jpg", 1))), ProgressListener.NONE);

        Factory renamed = workspace.services().factories().update(new Factory(factory.id(), "佳美日用品", "Jiamei",
                null, "jiamei_lisa", null, null, factory.folder()));

        assertThat(renamed.folder()).isEqualTo("佳美日用品");
        assertThat(workspace.root().resolve("义乌市佳美日用品有限公司")).doesNotExist();
        Order moved = workspace.services().orders().byId(order.id());
        assertThat(moved.folder()).isEqualTo("佳美日用品/2026-09-02 2837461920384756123");
        assertThat(workspace.root().resolve(moved.folder()).resolve("Chat and agreements/mẫu.jpg")).exists();
        assertThat(Files.readString(workspace.root().resolve(moved.folder()).resolve("case.json")))
                .contains("\"name\": \"佳美日用品\"", "jiamei_lisa");
        assertThat(workspace.services().verify().verify(ProgressListener.NONE).consistent()).isTrue();
    }

    @Test
    void changingAnOrdersDateOrNumberMovesItsFolder() {
        Factory factory = workspace.factory("佳美");
        Order order = workspace.order(factory, "2837461920384756123", LocalDate.of(2026, 9, 2), 200, "18.50");
        Order changed = workspace.services().orders().update(new Order(order.id(), order.factoryId(),
                "2837461920384756124", order.channel(), order.kind(), order.product(), order.specs(), order.quantity(),
                order.unit(), order.unitPrice(), LocalDate.of(2026, 9, 3), order.deliveryDeadline(), order.agreedOn(),
                order.notes(), order.folder()));
        assertThat(changed.folder()).isEqualTo("佳美/2026-09-03 2837461920384756124");
        assertThat(workspace.root().resolve(changed.folder())).isDirectory();
        assertThat(workspace.root().resolve(order.folder())).doesNotExist();
        assertThat(workspace.services().verify().verify(ProgressListener.NONE).consistent()).isTrue();
    }

    @Test
    void ordersAreFoundByTheirNumberAsTextOrByTheirId() {
        Factory factory = workspace.factory("佳美");
        Order order = workspace.order(factory, "2837461920384756123", LocalDate.of(2026, 9, 2), 200, "18.50");
        assertThat(workspace.services().orders().find("2837461920384756123").id()).isEqualTo(order.id());
        assertThat(workspace.services().orders().find(String.valueOf(order.id())).orderNumber())
                .isEqualTo("2837461920384756123");
        assertThatThrownBy(() -> workspace.services().orders().find("2837461920384756120"))
                .isInstanceOf(DossierException.class).hasMessageContaining("No order");
    }

    @Test
    void aSecondOrderWithTheSameNumberIsRefusedAndLeavesNoFolder() throws Exception {
        Factory factory = workspace.factory("佳美");
        workspace.order(factory, "2837461920384756123", LocalDate.of(2026, 9, 2), 200, "18.50");
        var before = Snapshot.tree(workspace.root());
        assertThatThrownBy(() -> workspace.order(factory, "2837461920384756123", LocalDate.of(2026, 9, 5), 10, "1.00"))
                .isInstanceOf(DossierException.class)
                .hasMessageContaining("another order already has this order number");
        assertThat(Snapshot.tree(workspace.root())).isEqualTo(before);
    }

    @Test
    void impossibleOrdersAreRefusedWithTheReason() {
        Factory factory = workspace.factory("佳美");
        assertThatThrownBy(() -> workspace.order(factory, "1", LocalDate.of(2026, 9, 2), 0, "18.50"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("quantity must be more than 0");
        assertThatThrownBy(() -> workspace.factory("   "))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("name is required");
    }
}
