package app.dossier.ui.order;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.domain.Evidence;
import app.dossier.domain.Money;
import app.dossier.domain.Order;
import app.dossier.domain.Payment;
import app.dossier.domain.PaymentCovers;
import app.dossier.service.ProgressListener;
import app.dossier.service.Workspace;
import app.dossier.ui.ModelContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Correcting and removing a payment from the ledger: the form filled with it, the same rule, the proof kept as evidence. */
class PaymentEditModelTest {
    private static final String SPATULAS = "2837461920384756123";

    @TempDir
    Path temp;

    private ModelContext ui;
    private OrderViewModel model;
    private Order order;

    private void open(Locale language) {
        ui = new ModelContext(temp, true, language);
        model = new OrderViewModel(ui.context(), Workspace.CLOCK, () -> { });
        order = ui.workspace().services().orders().find(SPATULAS);
        model.load(order.id());
    }

    @AfterEach
    void close() {
        ui.close();
    }

    private Payment recorded() {
        return ui.workspace().services().payments().ofOrder(order.id()).get(0);
    }

    private List<Evidence> files() {
        return ui.workspace().services().evidence().ofOrder(order.id());
    }

    private void consistent() {
        assertThat(ui.workspace().services().verify().verify(ProgressListener.NONE).problems()).isEmpty();
    }

    private PaymentFormModel editFirst() {
        LedgerModel ledger = model.ledger();
        Payment p = ledger.payment(ledger.rows().get(0)).orElseThrow();
        PaymentFormModel form = model.payment();
        form.edit(p, ledger.proof(p).orElse(null));
        return form;
    }

    @Test
    void theFormOpensFilledWithThePaymentAndSavesTheCorrection() {
        open(Locale.ENGLISH);
        Payment before = recorded();
        PaymentFormModel form = editFirst();

        assertThat(form.openProperty().get()).isTrue();
        assertThat(form.editingProperty().get()).isEqualTo(before);
        assertThat(form.amount().textProperty().get()).isEqualTo("¥3,700.00");
        assertThat(form.paidOn().textProperty().get()).isEqualTo("2026-09-02");
        assertThat(form.rate().textProperty().get()).isEqualTo("3.650");
        assertThat(form.acknowledgedAt().textProperty().get()).isEqualTo("2026-09-02 10:40");
        assertThat(form.coversProperty().get()).isEqualTo(PaymentCovers.FULL);
        assertThat(form.methodProperty().get()).isEqualTo("Alipay (1688 checkout)");
        assertThat(form.accountProperty().get()).isEqualTo("义乌市佳美日用品有限公司");
        assertThat(form.referenceProperty().get()).isEqualTo(SPATULAS);
        assertThat(form.keptProofProperty().get()).isNotEmpty();

        form.amount().textProperty().set("¥3,600.00");
        form.save();

        Payment after = recorded();
        assertThat(after).isEqualTo(new Payment(before.id(), before.orderId(), before.paidOn(),
                Money.of("3600.00", Money.CNY), before.rateToVnd(), before.covers(), before.method(),
                before.receivingAccount(), before.reference(), before.acknowledgedAt(), before.proofEvidenceId()));
        assertThat(form.openProperty().get()).isFalse();
        assertThat(form.editingProperty().get()).isNull();
        assertThat(model.ledger().rows()).singleElement().satisfies(r -> assertThat(r.amount()).isEqualTo("¥3,600.00"));
        assertThat(ui.navigator().lastSaid()).isEqualTo("Corrected the payment: ¥3,600.00 on 2026-09-02.");
        consistent();

        form.start();
        assertThat(form.editingProperty().get()).as("Record a payment is new again").isNull();
        assertThat(form.keptProofProperty().get()).isEmpty();
    }

    @Test
    void inVietnameseARuleBrokenIsSaidUnderTheFieldAndNothingIsLost() {
        open(Locale.forLanguageTag("vi"));
        Payment before = recorded();
        PaymentFormModel form = editFirst();
        form.amount().textProperty().set("¥0");

        form.save();

        assertThat(form.amount().errorProperty().get()).isEqualTo("Số tiền đã trả phải lớn hơn 0 (đang ghi ¥0.00).");
        assertThat(form.openProperty().get()).isTrue();
        assertThat(form.methodProperty().get()).isEqualTo("Alipay (1688 checkout)");
        assertThat(recorded()).isEqualTo(before);
        form.amount().textProperty().set("¥3,600.00");
        assertThat(form.amount().errorProperty().get()).isEmpty();
        form.save();
        assertThat(recorded().amount()).isEqualTo(Money.of("3600.00", Money.CNY));
        assertThat(ui.navigator().lastSaid()).isEqualTo("Đã sửa khoản thanh toán: ¥3.600,00 ngày 02/09/2026.");
    }

    @Test
    void anUnlinkedProofStaysAmongTheOrdersFiles() {
        open(Locale.ENGLISH);
        Payment before = recorded();
        int filesBefore = files().size();
        PaymentFormModel form = editFirst();

        form.clearProof();
        assertThat(form.keptProofProperty().get()).isEmpty();
        form.save();

        assertThat(recorded().proofEvidenceId()).isNull();
        assertThat(files()).hasSize(filesBefore).extracting(Evidence::id).contains(before.proofEvidenceId());
        assertThat(model.ledger().rows().get(0).noProof()).isTrue();
        consistent();
    }

    @Test
    void aRemovedPaymentLeavesTheLedgerAndItsProofStays() {
        open(Locale.ENGLISH);
        Payment before = recorded();
        int filesBefore = files().size();
        PaymentFormModel form = editFirst();

        form.remove(before);

        assertThat(ui.workspace().services().payments().ofOrder(order.id())).isEmpty();
        assertThat(files()).hasSize(filesBefore).extracting(Evidence::id).contains(before.proofEvidenceId());
        assertThat(model.ledger().rows()).isEmpty();
        assertThat(model.ledger().statusProperty().get()).isEqualTo("Nothing paid yet.");
        assertThat(form.openProperty().get()).as("the form on the removed payment closes").isFalse();
        assertThat(ui.navigator().lastSaid())
                .isEqualTo("Removed the payment of ¥3,700.00 on 2026-09-02; its proof stays in the case file.");
        consistent();
    }
}
