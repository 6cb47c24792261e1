package app.dossier.ui.order;

import app.dossier.domain.ConvertedPayment;
import app.dossier.domain.Evidence;
import app.dossier.domain.Money;
import app.dossier.domain.Payment;
import app.dossier.domain.PaymentLedger;
import app.dossier.ui.common.Texts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * An order's payments in words: one row per payment with the total paid so far, then the order
 * total, what was paid and what is still owed, each in the order's currency and in VND.
 */
public final class LedgerModel {
    private final Texts texts;
    private final ObservableList<LedgerRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper orderTotal = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper paid = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper owed = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper orderTotalVnd = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper paidVnd = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper owedVnd = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper settled = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<String> notes = FXCollections.observableArrayList();

    private final Map<Long, Payment> payments = new java.util.HashMap<>();
    private final Map<Long, Evidence> proofs = new java.util.HashMap<>();

    public LedgerModel(Texts texts) {
        this.texts = texts;
    }

    /** Shows a ledger; {@code proofs} are the order's files by id, to name each payment's proof. */
    public void show(PaymentLedger ledger, Map<Long, Evidence> proofs) {
        this.payments.clear();
        this.proofs.clear();
        this.proofs.putAll(proofs);
        ledger.lines().forEach(line -> this.payments.put(line.payment().id(), line.payment()));
        List<LedgerRow> lines = new ArrayList<>();
        List<String> newNotes = new ArrayList<>();
        for (PaymentLedger.Line line : ledger.lines()) {
            Payment p = line.payment();
            ConvertedPayment value = line.value();
            Evidence proof = p.proofEvidenceId() == null ? null : proofs.get(p.proofEvidenceId());
            String amount = value.converted() && value.counts()
                    ? texts.get("order.ledger.converted", texts.formats().money(p.amount()), texts.formats().money(value.counted()))
                    : texts.formats().money(p.amount());
            lines.add(new LedgerRow(p.id(), texts.formats().date(p.paidOn()), amount,
                    texts.get("covers." + p.covers().name()), orDash(p.method()), orDash(p.receivingAccount()),
                    orDash(p.reference()), rate(value),
                    line.vnd() == null ? texts.get("order.ledger.noRate") : texts.formats().money(line.vnd()),
                    p.acknowledgedAt() == null ? texts.get("order.ledger.notAcknowledged")
                            : texts.formats().date(p.acknowledgedAt()),
                    p.acknowledgedAt() == null,
                    p.proofEvidenceId() == null ? texts.get("order.ledger.noProof")
                            : proof == null ? "✓" : "✓ " + proof.fileName(),
                    p.proofEvidenceId() == null,
                    line.countsTowardsOrder() ? texts.formats().money(line.runningTotal())
                            : texts.get("order.ledger.notCounted", units(value.missingRates())),
                    !line.countsTowardsOrder()));
            if (!line.countsTowardsOrder()) {
                newNotes.add(texts.get("order.ledger.note.needsRate", texts.formats().money(p.amount()),
                        texts.formats().date(p.paidOn()), units(value.missingRates())));
            }
        }
        rows.setAll(lines);
        orderTotal.set(texts.formats().money(ledger.orderTotal()));
        paid.set(texts.formats().money(ledger.paid()));
        owed.set(texts.formats().money(ledger.owed()));
        orderTotalVnd.set(ledger.orderTotalVnd() == null ? "" : texts.formats().money(ledger.orderTotalVnd()));
        paidVnd.set(texts.formats().money(ledger.paidVnd()));
        Money owedInVnd = ledger.owedVnd();
        owedVnd.set(owedInVnd == null ? "" : texts.formats().money(owedInVnd));
        settled.set(ledger.paidInFull());
        Money over = ledger.paid().minus(ledger.orderTotal());
        if (ledger.lines().isEmpty()) {
            status.set(texts.get("order.ledger.status.nothing"));
        } else if (over.amount().signum() > 0) {
            status.set(texts.get("order.ledger.status.over", texts.formats().money(over)));
        } else if (ledger.paidInFull()) {
            status.set(texts.get("order.ledger.status.full"));
        } else {
            status.set(texts.get("order.ledger.status.owed", owed.get()));
        }
        if (!ledger.everyRateKnown()) {
            newNotes.add(texts.get("order.ledger.note.missingRate"));
        }
        if (ledger.orderRate() != null && !ledger.orderTotal().currency().equals(Money.VND)) {
            newNotes.add(texts.get("order.ledger.note.rate", texts.formats().rate(ledger.orderRate())));
        }
        notes.setAll(newNotes);
    }

    /*
     * The rates a payment was counted at, each with its unit ("3.650 ₫/¥"); its own rate when it
     * records one and needs none; a dash without any.
     */
    private String rate(ConvertedPayment value) {
        List<String> parts = new ArrayList<>();
        Currency paidIn = value.payment().amount().currency();
        if (value.paymentRate() != null) {
            parts.add(texts.formats().rate(value.paymentRate()) + " " + ConvertedPayment.rateUnit(paidIn));
        }
        if (value.orderRate() != null) {
            parts.add(texts.formats().rate(value.orderRate()) + " " + ConvertedPayment.rateUnit(value.orderCurrency()));
        }
        BigDecimal own = value.payment().rateToVnd();
        if (parts.isEmpty() && own != null && !paidIn.equals(Money.VND)) {
            parts.add(texts.formats().rate(own) + " " + ConvertedPayment.rateUnit(paidIn));
        }
        return parts.isEmpty() ? dash() : String.join(", ", parts);
    }

    private static String units(List<Currency> currencies) {
        return currencies.stream().map(ConvertedPayment::rateUnit).collect(Collectors.joining(", "));
    }

    /** The payment a row shows, as recorded, to correct or remove it. */
    public java.util.Optional<Payment> payment(LedgerRow row) {
        return java.util.Optional.ofNullable(row == null ? null : payments.get(row.paymentId()));
    }

    /** The file a payment's proof points at, when it is one of the order's files. */
    public java.util.Optional<Evidence> proof(Payment payment) {
        return java.util.Optional.ofNullable(payment.proofEvidenceId() == null ? null
                : proofs.get(payment.proofEvidenceId()));
    }

    public void clear() {
        payments.clear();
        proofs.clear();
        rows.clear();
        notes.clear();
        for (ReadOnlyStringWrapper text : List.of(orderTotal, paid, owed, orderTotalVnd, paidVnd, owedVnd, status)) {
            text.set("");
        }
        settled.set(false);
    }

    private String orDash(String text) {
        return text == null || text.isBlank() ? dash() : text;
    }

    private String dash() {
        return texts.get("common.none");
    }

    public ObservableList<LedgerRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty orderTotalProperty() {
        return orderTotal.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty paidProperty() {
        return paid.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty owedProperty() {
        return owed.getReadOnlyProperty();
    }

    /** The order total at the latest rate paid; empty when no rate is known. */
    public ReadOnlyStringProperty orderTotalVndProperty() {
        return orderTotalVnd.getReadOnlyProperty();
    }

    /** What was paid, each payment at its own rate. */
    public ReadOnlyStringProperty paidVndProperty() {
        return paidVnd.getReadOnlyProperty();
    }

    /** What is owed at the latest rate paid; empty when no rate is known. */
    public ReadOnlyStringProperty owedVndProperty() {
        return owedVnd.getReadOnlyProperty();
    }

    /** "Paid in full", "Still owed: ¥3,200.00", "Paid ¥500.00 more than the order total". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty settledProperty() {
        return settled.getReadOnlyProperty();
    }

    /** What the numbers leave out: payments missing the rate they need to count, payments without a rate. */
    public ObservableList<String> notes() {
        return notes;
    }
}
