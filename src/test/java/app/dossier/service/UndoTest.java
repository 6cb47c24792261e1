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
import app.dossier.domain.Undoable;
import app.dossier.tree.UndoFile;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user's last changes are undone and redone, each as one change, from the steps kept in the data folder. */
class UndoTest {
    @TempDir
    Path temp;

    private Workspace workspace;
    private Factory factory;
    private Order order;
    private Payment payment;
    private Evidence photo;

    @BeforeEach
    void paid() throws Exception {
        workspace = new Workspace(temp);
        factory = workspace.factory("义乌市佳美日用品有限公司");
        order = workspace.order(factory, "2837461920384756123", LocalDate.of(2026, 9, 2), 200, "18.50");
        payment = services().payments().record(new Payment(0, order.id(), LocalDate.of(2026, 9, 2),
                Money.of("3700.00", Money.CNY), new BigDecimal("3650"), PaymentCovers.FULL, "Alipay", null, null, null,
                null), EvidenceInput.of(workspace.photo("alipay.png", 2)));
        photo = services().evidence().attach(order.id(), EvidenceCategory.AGREEMENT,
                List.of(new EvidenceInput(workspace.photo("nứt cán.jpg", 3), "Cán nứt thùng 3", null)),
                ProgressListener.NONE).added().get(0);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Services services() {
        return workspace.services();
    }

    private UndoService undo() {
        return services().undo();
    }

    private Money amountNow() {
        return services().payments().ofOrder(order.id(), payment.id()).amount();
    }

    private String caseJson() throws Exception {
        return Files.readString(workspace.root().resolve(services().orders().byId(order.id()).folder()).resolve("case.json"));
    }

    private void consistent() {
        assertThat(services().verify().verify(ProgressListener.NONE).problems()).isEmpty();
    }

    private Payment amount(Payment p, String amount) {
        return new Payment(p.id(), p.orderId(), p.paidOn(), Money.of(amount, Money.CNY), p.rateToVnd(), p.covers(),
                p.method(), p.receivingAccount(), p.reference(), p.acknowledgedAt(), p.proofEvidenceId());
    }

    private Evidence file(long id) {
        return services().evidence().find(id).orElseThrow();
    }

    @Test
    void anEditedPaymentIsUndoneAndRedone() throws Exception {
        services().payments().update(amount(payment, "3600.00"));
        assertThat(undo().nextUndo().orElseThrow().what()).isEqualTo(Undoable.EDIT_PAYMENT);

        assertThat(undo().undo().what()).isEqualTo(Undoable.EDIT_PAYMENT);
        assertThat(amountNow()).isEqualTo(Money.of("3700.00", Money.CNY));
        assertThat(caseJson()).contains("\"amount\": \"3700.00\"").doesNotContain("\"amount\": \"3600.00\"");
        assertThat(services().payments().ofOrder(order.id(), payment.id()).proofEvidenceId())
                .isEqualTo(payment.proofEvidenceId());
        assertThat(undo().nextRedo().orElseThrow().what()).isEqualTo(Undoable.EDIT_PAYMENT);
        consistent();

        assertThat(undo().redo().what()).isEqualTo(Undoable.EDIT_PAYMENT);
        assertThat(amountNow()).isEqualTo(Money.of("3600.00", Money.CNY));
        assertThat(undo().nextRedo()).isEmpty();
        consistent();
    }

    @Test
    void aRemovedPaymentComesBackWithItsIdAndProof() {
        services().payments().remove(payment.id());
        undo().undo();
        assertThat(services().payments().ofOrder(order.id())).containsExactly(payment);
        consistent();

        undo().redo();
        assertThat(services().payments().ofOrder(order.id())).isEmpty();
        consistent();
    }

    @Test
    void aRecordedPaymentIsTakenAwayAndItsProofStays() {
        assertThat(undo().undo().what()).isEqualTo(Undoable.ATTACH);
        assertThat(undo().undo().what()).isEqualTo(Undoable.RECORD_PAYMENT);
        assertThat(services().payments().ofOrder(order.id())).isEmpty();
        assertThat(services().evidence().find(payment.proofEvidenceId())).isPresent();
        consistent();

        undo().redo();
        assertThat(services().payments().ofOrder(order.id())).containsExactly(payment);
        consistent();
    }

    @Test
    void aMovedFileGoesBackToItsCategory() {
        services().evidence().move(photo.id(), EvidenceCategory.RECEIVING);
        undo().undo();
        assertThat(file(photo.id()).category()).isEqualTo(EvidenceCategory.AGREEMENT);
        assertThat(file(photo.id()).file()).isEqualTo("Chat and agreements/nứt cán.jpg");
        consistent();

        undo().redo();
        assertThat(file(photo.id()).category()).isEqualTo(EvidenceCategory.RECEIVING);
        consistent();
    }

    @Test
    void aCaptionIsPutBack() {
        services().evidence().setCaption(photo.id(), "Xưởng xác nhận mẫu 样品确认");
        assertThat(undo().undo().what()).isEqualTo(Undoable.CAPTION);
        assertThat(file(photo.id()).caption()).isEqualTo("Cán nứt thùng 3");
        undo().redo();
        assertThat(file(photo.id()).caption()).isEqualTo("Xưởng xác nhận mẫu 样品确认");
        consistent();
    }

    @Test
    void aFileRemovedToTheTrashIsPutBackAndRemovedAgain() {
        services().trash().remove(photo.id());
        assertThat(undo().undo().what()).isEqualTo(Undoable.REMOVE_FILE);
        assertThat(file(photo.id()).fileName()).isEqualTo("nứt cán.jpg");
        assertThat(services().trash().list()).isEmpty();
        consistent();

        undo().redo();
        assertThat(services().evidence().find(photo.id())).isEmpty();
        assertThat(services().trash().list()).singleElement()
                .satisfies(t -> assertThat(t.evidence().id()).isEqualTo(photo.id()));
        consistent();
    }

    @Test
    void anAttachIsUndoneToTheTrashAndRedoneFromIt() throws Exception {
        List<Evidence> added = services().evidence().attach(order.id(), EvidenceCategory.RECEIVING,
                List.of(EvidenceInput.of(workspace.photo("thùng 1.jpg", 5)), EvidenceInput.of(workspace.photo("thùng 2.jpg", 6))),
                ProgressListener.NONE).added();
        assertThat(undo().undo().what()).isEqualTo(Undoable.ATTACH);
        assertThat(services().trash().list()).hasSize(2);
        assertThat(services().evidence().ofOrder(order.id())).extracting(Evidence::id)
                .doesNotContainAnyElementsOf(added.stream().map(Evidence::id).toList());
        consistent();

        assertThat(undo().redo().what()).isEqualTo(Undoable.ATTACH);
        assertThat(services().evidence().ofOrder(order.id())).containsAll(added);
        assertThat(services().trash().list()).isEmpty();
        consistent();
    }

    @Test
    void anOrderAndAFactoryArePutBackWithTheirFolders() throws Exception {
        Path before = workspace.root().resolve(order.folder());
        services().factories().update(new Factory(factory.id(), "义乌市佳美日用品有限公司 Mai", "Jiamei", null, null, null,
                null, factory.folder()));
        services().orders().update(new Order(order.id(), order.factoryId(), "2837461920384756999", order.channel(),
                order.kind(), "Xẻng silicon 5 món", order.specs(), order.quantity(), order.unit(), order.unitPrice(),
                order.orderedOn(), order.deliveryDeadline(), order.agreedOn(), order.notes(), order.folder()));

        assertThat(undo().undo().what()).isEqualTo(Undoable.EDIT_ORDER);
        assertThat(undo().undo().what()).isEqualTo(Undoable.EDIT_FACTORY);
        assertThat(services().orders().byId(order.id())).isEqualTo(order);
        assertThat(services().factories().byId(factory.id())).isEqualTo(factory);
        assertThat(before.resolve("case.json")).exists();
        consistent();

        undo().redo();
        undo().redo();
        assertThat(services().orders().byId(order.id()).orderNumber()).isEqualTo("2837461920384756999");
        assertThat(services().factories().byId(factory.id()).name()).isEqualTo("义乌市佳美日用品有限公司 Mai");
        consistent();
    }

    @Test
    void aStepThatNoLongerFitsIsRefusedAndDroppedAndNothingChanges() throws Exception {
        services().evidence().setCaption(photo.id(), "ảnh mẫu");
        services().trash().remove(photo.id());
        services().trash().empty();

        assertThatThrownBy(() -> undo().undo()).isInstanceOfSatisfying(DossierException.class,
                e -> assertThat(e.wording().orElseThrow().refusal()).isEqualTo(Refusal.UNDO_TRASH_GONE));
        assertThat(undo().nextUndo().orElseThrow().what()).isEqualTo(Undoable.CAPTION);
        assertThatThrownBy(() -> undo().undo()).isInstanceOfSatisfying(DossierException.class,
                e -> assertThat(e.wording().orElseThrow().refusal()).isEqualTo(Refusal.UNDO_FILE_GONE));
        assertThat(undo().nextUndo().orElseThrow().what()).isEqualTo(Undoable.ATTACH);
        assertThat(services().evidence().ofOrder(order.id())).hasSize(1);
        consistent();
    }

    @Test
    void nothingToUndoOrRedoIsSaid() {
        assertThatThrownBy(() -> undo().redo()).isInstanceOfSatisfying(DossierException.class,
                e -> assertThat(e.wording().orElseThrow().refusal()).isEqualTo(Refusal.NOTHING_TO_REDO));
        undo().undo();
        undo().undo();
        assertThatThrownBy(() -> undo().undo()).isInstanceOfSatisfying(DossierException.class,
                e -> assertThat(e.wording().orElseThrow().refusal()).isEqualTo(Refusal.NOTHING_TO_UNDO));
    }

    @Test
    void theStepsSurviveReopeningTheDataFolder() {
        services().payments().update(amount(payment, "3600.00"));
        workspace.reopen();
        assertThat(undo().nextUndo().orElseThrow().what()).isEqualTo(Undoable.EDIT_PAYMENT);
        undo().undo();
        assertThat(amountNow()).isEqualTo(Money.of("3700.00", Money.CNY));

        workspace.reopen();
        assertThat(undo().nextRedo().orElseThrow().what()).isEqualTo(Undoable.EDIT_PAYMENT);
        undo().redo();
        assertThat(amountNow()).isEqualTo(Money.of("3600.00", Money.CNY));
        assertThat(workspace.location().dataFolder().resolve(UndoFile.FILE)).exists();
    }

    @Test
    void aNewChangeEmptiesRedoAndAtMostFiftyStepsAreKept() {
        for (int i = 1; i <= UndoSteps.MOST + 5; i++) {
            services().evidence().setCaption(photo.id(), "Chú thích " + i);
        }
        undo().undo();
        assertThat(undo().nextRedo()).isPresent();
        services().evidence().setCaption(photo.id(), "Chú thích mới");
        assertThat(undo().nextRedo()).isEmpty();

        int steps = 0;
        while (undo().nextUndo().isPresent()) {
            undo().undo();
            steps++;
        }
        assertThat(steps).isEqualTo(UndoSteps.MOST);
        assertThat(file(photo.id()).caption()).isEqualTo("Chú thích 5");
    }

    @Test
    void aRebuildForgetsTheSteps() {
        services().payments().update(amount(payment, "3600.00"));
        workspace.closeServices();
        workspace.composition().rebuild(workspace.location(), ProgressListener.NONE);
        workspace.reopenClosed();
        assertThat(undo().nextUndo()).isEmpty();
    }
}
