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

/** Remove… on a file tile: the file goes to the trash, the status line says how to put it back. */
class RemoveFileModelTest {
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
    void aRemovedFileLeavesTheTabAndTheStatusLineSaysHowToPutItBack() {
        Order order = show("2837461920384756123");
        EvidenceItem item = model.files(EvidenceCategory.RECEIVING).get(0);
        int before = model.files(EvidenceCategory.RECEIVING).size();

        model.removeFile(item);

        assertThat(model.files(EvidenceCategory.RECEIVING)).hasSize(before - 1)
                .noneMatch(i -> i.evidence().id() == item.evidence().id());
        assertThat(ui.workspace().services().trash().list()).hasSize(1);
        assertThat(ui.navigator().lastSaid()).isEqualTo("“" + item.evidence().fileName()
                + "” moved to the trash; to put it back: Tools › Trash…");
        assertThat(listChanges.get()).isPositive();
        assertThat(ui.workspace().services().verify().verify(ProgressListener.NONE).problems()).isEmpty();
        assertThat(ui.workspace().services().evidence().ofOrder(order.id()))
                .noneMatch(e -> e.id() == item.evidence().id());
    }

    @Test
    void aPaymentsProofIsRefusedInTheWindowsWords() {
        Order order = show("2837461920384756123");
        long proof = ui.workspace().services().payments().ofOrder(order.id()).stream()
                .map(Payment::proofEvidenceId).filter(Objects::nonNull).findFirst().orElseThrow();
        EvidenceItem item = model.files(EvidenceCategory.PAYMENT).stream()
                .filter(i -> i.evidence().id() == proof).findFirst().orElseThrow();

        model.removeFile(item);

        assertThat(ui.navigator().warned).last().asString().contains(item.evidence().fileName(), "proof of the payment");
        assertThat(model.files(EvidenceCategory.PAYMENT)).anyMatch(i -> i.evidence().id() == proof);
        assertThat(ui.workspace().services().trash().list()).isEmpty();
    }

    @Test
    void theWordsAreThereInVietnamese() {
        try (ModelContext vi = new ModelContext(temp.resolve("vi"), true, Locale.forLanguageTag("vi"))) {
            assertThat(vi.context().t("order.file.remove")).isEqualTo("Gỡ khỏi đơn…");
            assertThat(vi.context().t("order.file.removed", "a.jpg", "20261126-030000-1"))
                    .isEqualTo("Đã chuyển “a.jpg” vào thùng rác; để đặt lại: Công cụ › Thùng rác…");
            assertThat(vi.context().t("order.file.remove.confirm", "a.jpg")).contains("thùng rác");
        }
    }
}
