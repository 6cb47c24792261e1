package app.dossier.service;

import app.dossier.domain.FieldProblem;
import app.dossier.domain.Order;
import app.dossier.domain.Payment;
import app.dossier.domain.PaymentRules;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Text;
import app.dossier.domain.TextLimit;
import app.dossier.store.Payments;
import java.math.BigDecimal;
import java.util.List;

/** Recording payments to factories, each with its proof. */
public final class PaymentService {
    private final UnitOfWork work;
    private final Payments payments;
    private final CaseRecords records;
    private final CaseFiles caseFiles;
    private final Attachments attachments;

    public PaymentService(UnitOfWork work, Payments payments, CaseRecords records, CaseFiles caseFiles,
            Attachments attachments) {
        this.work = work;
        this.payments = payments;
        this.records = records;
        this.caseFiles = caseFiles;
        this.attachments = attachments;
    }

    /**
     * Records a payment and, when {@code proof} is given, copies the proof into the Payments
     * folder and links it, in one change. A proof already in the case file is linked, not copied again.
     */
    public Payment record(Payment draft, EvidenceInput proof) {
        Payment clean = cleaned(draft);
        return work.change("Could not record the payment of " + clean.amount(), change -> {
            Order order = records.order(change.db(), clean.orderId());
            Payment toSave = clean;
            if (proof != null) {
                String caption = proof.caption() != null ? proof.caption()
                        : "Payment proof " + clean.paidOn() + " " + clean.amount();
                Attachments.Attached attached = attachments.attach(change, order, EvidenceCategory.PAYMENT,
                        new EvidenceInput(proof.source(), caption, proof.capturedAt()));
                toSave = clean.withProof(attached.evidence().id());
            }
            change.step("database");
            Payment saved = payments.insert(change.db(), toSave);
            caseFiles.writeCase(change, order.id());
            return saved;
        });
    }

    /** The order's payments with running totals, what is owed, and VND equivalents. */
    public app.dossier.domain.PaymentLedger ledger(long orderId) {
        return work.read(db -> app.dossier.domain.PaymentLedger.of(records.order(db, orderId),
                payments.ofOrder(db, orderId)));
    }

    public List<Payment> ofOrder(long orderId) {
        return work.read(db -> payments.ofOrder(db, orderId));
    }

    private static Payment cleaned(Payment p) {
        FieldProblem.refuse(PaymentRules.problems(p));
        return new Payment(p.id(), p.orderId(), p.paidOn(), p.amount(), p.rateToVnd(),
                p.covers() == null ? app.dossier.domain.PaymentCovers.OTHER : p.covers(),
                TextLimit.PAYMENT_METHOD.checked(p.method()), TextLimit.PAYMENT_ACCOUNT.checked(p.receivingAccount()),
                TextLimit.PAYMENT_REFERENCE.checked(p.reference()),
                p.acknowledgedAt(), p.proofEvidenceId());
    }
}
