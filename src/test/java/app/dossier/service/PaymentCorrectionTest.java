package app.dossier.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dossier.domain.DossierException;
import app.dossier.domain.Evidence;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Factory;
import app.dossier.domain.InvalidInputException;
import app.dossier.domain.Money;
import app.dossier.domain.Order;
import app.dossier.domain.Payment;
import app.dossier.domain.PaymentCovers;
import app.dossier.domain.Refusal;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A payment typed wrong is corrected or removed; its proof stays in the case file as evidence either way. */
class PaymentCorrectionTest {
    @TempDir
    Path temp;

    private Workspace workspace;
    private Order order;
    private Payment payment;

    @BeforeEach
    void paid() throws Exception {
        workspace = new Workspace(temp);
        Factory factory = workspace.factory("义乌市佳美日用品有限公司");
        order = workspace.order(factory, "2837461920384756123", LocalDate.of(2026, 9, 2), 200, "18.50");
        payment = workspace.services().payments().record(new Payment(0, order.id(), LocalDate.of(2026, 9, 2),
                Money.of("3700.00", Money.CNY), new BigDecimal("3650"), PaymentCovers.FULL, "Alipay", null, null, null,
                null), EvidenceInput.of(workspace.photo("alipay.png", 2)));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private PaymentService payments() {
        return workspace.services().payments();
    }

    private String caseJson() throws Exception {
        return Files.readString(workspace.root().resolve(order.folder()).resolve("case.json"));
    }

    private void consistent() {
        assertThat(workspace.services().verify().verify(ProgressListener.NONE).problems()).isEmpty();
    }

    private Payment amount(Payment p, String amount) {
        return new Payment(p.id(), p.orderId(), p.paidOn(), Money.of(amount, Money.CNY), p.rateToVnd(), p.covers(),
                p.method(), p.receivingAccount(), p.reference(), p.acknowledgedAt(), p.proofEvidenceId());
    }

    @Test
    void aCorrectedAmountIsKeptInTheRowAndInCaseJsonWithItsProof() throws Exception {
        Payment corrected = payments().update(amount(payment, "3600.00"));

        assertThat(payments().ofOrder(order.id())).singleElement().isEqualTo(corrected);
        assertThat(corrected.amount()).isEqualTo(Money.of("3600.00", Money.CNY));
        assertThat(corrected.proofEvidenceId()).isEqualTo(payment.proofEvidenceId());
        assertThat(caseJson()).contains("\"amount\": \"3600.00\"").doesNotContain("\"amount\": \"3700.00\"");
        consistent();
    }

    @Test
    void anUnlinkedProofStaysInThePaymentsFolder() throws Exception {
        Payment unlinked = payments().update(amount(payment, "3700.00").withProof(null));

        assertThat(unlinked.proofEvidenceId()).isNull();
        assertThat(payments().ofOrder(order.id())).singleElement()
                .satisfies(p -> assertThat(p.proofEvidenceId()).isNull());
        List<Evidence> files = workspace.services().evidence().ofOrder(order.id());
        assertThat(files).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo(payment.proofEvidenceId());
            assertThat(e.category()).isEqualTo(EvidenceCategory.PAYMENT);
            assertThat(workspace.root().resolve(order.folder()).resolve(e.file())).exists();
        });
        consistent();
    }

    @Test
    void aNewProofIsAttachedAndTheOldOneKeptAsEvidence() throws Exception {
        Payment replaced = payments().update(payment, EvidenceInput.of(workspace.photo("wechat.png", 5)));

        assertThat(replaced.proofEvidenceId()).isNotNull().isNotEqualTo(payment.proofEvidenceId());
        assertThat(workspace.services().evidence().ofOrder(order.id())).extracting(Evidence::id)
                .containsExactlyInAnyOrder(payment.proofEvidenceId(), replaced.proofEvidenceId());
        assertThat(payments().ofOrder(order.id())).singleElement().isEqualTo(replaced);
        consistent();
    }

    @Test
    void aRemovedPaymentLeavesItsProof() throws Exception {
        payments().remove(payment.id());

        assertThat(payments().ofOrder(order.id())).isEmpty();
        assertThat(caseJson()).doesNotContain("\"amount\": \"3700.00\"");
        assertThat(workspace.services().evidence().ofOrder(order.id())).extracting(Evidence::id)
                .containsExactly(payment.proofEvidenceId());
        consistent();
    }

    @Test
    void aCorrectionIsCheckedAsARecordingIs() {
        assertThatThrownBy(() -> payments().update(amount(payment, "0")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((DossierException) e).wording().orElseThrow().refusal())
                        .isEqualTo(Refusal.AMOUNT_NOT_POSITIVE));
        assertThat(payments().ofOrder(order.id())).singleElement().isEqualTo(payment);
        consistent();
    }

    @Test
    void aPaymentThatIsNotThereIsRefused() throws Exception {
        assertThatThrownBy(() -> payments().remove(payment.id() + 1))
                .isInstanceOf(DossierException.class).hasMessageContaining("There is no payment with id " + (payment.id() + 1));
        assertThatThrownBy(() -> payments().update(amount(payment, "3600.00").withId(payment.id() + 1)))
                .isInstanceOf(DossierException.class).hasMessageContaining("no payment with id");
        Order other = workspace.order(workspace.factory("广州市锦绣服装有限公司"), "2840019375561028394",
                LocalDate.of(2026, 10, 15), 500, "12.80");
        assertThatThrownBy(() -> payments().ofOrder(other.id(), payment.id()))
                .isInstanceOf(DossierException.class)
                .hasMessage("Order 2840019375561028394 has no payment with id " + payment.id() + ".");
        assertThatThrownBy(() -> payments().update(new Payment(payment.id(), other.id(), payment.paidOn(),
                payment.amount(), null, PaymentCovers.FULL, null, null, null, null, null)))
                .isInstanceOf(DossierException.class).hasMessageContaining("has no payment with id");
        assertThat(payments().ofOrder(order.id())).singleElement().isEqualTo(payment);
        consistent();
    }
}
