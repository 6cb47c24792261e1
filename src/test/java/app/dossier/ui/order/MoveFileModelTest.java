package app.dossier.ui.order;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Order;
import app.dossier.domain.Payment;
import app.dossier.service.ProgressListener;
import app.dossier.service.Workspace;
import app.dossier.ui.ModelContext;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Move to… on a file tile: the file goes to the category chosen, the status line says where. */
class MoveFileModelTest {
    @TempDir
    Path temp;

    private ModelContext ui;
    private OrderViewModel model;
    private final AtomicInteger listChanges = new AtomicInteger();

    @BeforeEach
    void open() {
        ui = new ModelContext(temp, true);
        model = new OrderViewModel(ui.context(), Workspace.CLOCK, listChanges::incrementAndGet);
    }

    @AfterEach
    void close() {
        ui.close();
    }

    private Order show(String number) {
        Order order = ui.workspace().services().orders().find(number);
        model.load(order.id());
        return order;
    }

    @Test
    void aMovedFileLeavesItsTabForTheOtherAndTheStatusLineSaysWhere() {
        show("2837461920384756123");
        EvidenceItem item = model.files(EvidenceCategory.RECEIVING).get(0);
        int before = model.files(EvidenceCategory.CONFIRMATION).size();
        assertThat(model.moveTargets(item)).containsExactly(EvidenceCategory.AGREEMENT,
                EvidenceCategory.CONFIRMATION, EvidenceCategory.PAYMENT);

        model.moveFile(item, EvidenceCategory.CONFIRMATION);

        assertThat(model.files(EvidenceCategory.RECEIVING)).noneMatch(i -> i.evidence().id() == item.evidence().id());
        assertThat(model.files(EvidenceCategory.CONFIRMATION)).hasSize(before + 1)
                .anyMatch(i -> i.evidence().id() == item.evidence().id());
        assertThat(ui.navigator().lastSaid()).isEqualTo("“" + item.evidence().fileName()
                + "” moved to " + ui.context().t("category.CONFIRMATION"));
        assertThat(listChanges.get()).isPositive();
        assertThat(ui.workspace().services().verify().verify(ProgressListener.NONE).problems()).isEmpty();
    }

    @Test
    void aPaymentsProofIsRefusedInTheWindowsWords() {
        Order order = show("2837461920384756123");
        long proof = ui.workspace().services().payments().ofOrder(order.id()).stream()
                .map(Payment::proofEvidenceId).filter(Objects::nonNull).findFirst().orElseThrow();
        EvidenceItem item = model.files(EvidenceCategory.PAYMENT).stream()
                .filter(i -> i.evidence().id() == proof).findFirst().orElseThrow();

        model.moveFile(item, EvidenceCategory.RECEIVING);

        assertThat(ui.navigator().warned).last().asString().contains(item.evidence().fileName(), "proof of the payment");
        assertThat(model.files(EvidenceCategory.PAYMENT)).anyMatch(i -> i.evidence().id() == proof);
    }

    @Test
    void theWordsAreThereInVietnamese() {
        try (ModelContext vi = new ModelContext(temp.resolve("vi"), true, Locale.forLanguageTag("vi"))) {
            assertThat(vi.context().t("order.file.moveTo")).isEqualTo("Chuyển sang…");
            assertThat(vi.context().t("order.file.moved", "a.jpg", vi.context().t("category.RECEIVING")))
                    .startsWith("Đã chuyển “a.jpg” sang ").doesNotContain("Receiving");
        }
    }
}
