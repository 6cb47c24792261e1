package app.dossier.service;

import app.dossier.domain.Correction;
import app.dossier.domain.DossierException;
import app.dossier.domain.Undoable;
import app.dossier.domain.FieldProblem;
import app.dossier.domain.Refusal;
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
     * A draft's id is kept when no payment has it (a removed payment recorded again by Undo), else a new one given.
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
            if (toSave.id() != 0 && payments.byId(change.db(), toSave.id()).isPresent()) {
                toSave = toSave.withId(0);
            }
            change.step("database");
            Payment saved = payments.insert(change.db(), toSave);
            caseFiles.writeCase(change, order.id());
            change.undoneBy(Undoable.RECORD_PAYMENT, new Correction.RemovePayment(saved.orderId(), saved.id()));
            return saved;
        });
    }

    /**
     * Corrects a payment typed wrong, checked as {@link #record} checks it, in one change. Its proof is
     * {@code payment.proofEvidenceId()}: the one it had (kept), another file of the order's, or none
     * (unlinked; the file stays in the Payments folder as evidence). A new proof, when {@code newProof}
     * is given, is attached as {@link #record} attaches it and replaces that. The order cannot change.
     */
    public Payment update(Payment payment, EvidenceInput newProof) {
        Payment clean = cleaned(payment);
        return work.change("Could not correct the payment of " + clean.amount(), change -> {
            Payment stored = existing(change.db(), clean.orderId(), clean.id());
            Order order = records.order(change.db(), stored.orderId());
            Payment toSave = clean;
            if (newProof != null) {
                String caption = newProof.caption() != null ? newProof.caption()
                        : "Payment proof " + clean.paidOn() + " " + clean.amount();
                Attachments.Attached attached = attachments.attach(change, order, EvidenceCategory.PAYMENT,
                        new EvidenceInput(newProof.source(), caption, newProof.capturedAt()));
                toSave = clean.withProof(attached.evidence().id());
            } else if (clean.proofEvidenceId() != null && !clean.proofEvidenceId().equals(stored.proofEvidenceId())
                    && records.caseOf(change.db(), order.id()).evidence().stream()
                            .noneMatch(e -> e.id() == clean.proofEvidenceId())) {
                throw new DossierException(Refusal.FILE_NOT_IN_ORDER.with());
            }
            change.step("database");
            payments.update(change.db(), toSave);
            caseFiles.writeCase(change, order.id());
            change.undoneBy(Undoable.EDIT_PAYMENT, new Correction.PutPaymentBack(stored));
            return toSave;
        });
    }

    /** Corrects a payment and keeps, links or unlinks its proof as {@code payment.proofEvidenceId()} says. */
    public Payment update(Payment payment) {
        return update(payment, null);
    }

    /**
     * Removes a payment recorded by mistake. Its proof stays in the order's Payments folder and in its
     * list of files, as evidence; only the payment that pointed at it goes.
     */
    public void remove(long paymentId) {
        work.change("Could not remove the payment", change -> {
            Payment stored = payments.byId(change.db(), paymentId)
                    .orElseThrow(() -> new DossierException(Refusal.PAYMENT_ID_NOT_FOUND.with(paymentId)));
            change.step("database");
            payments.delete(change.db(), stored.id());
            caseFiles.writeCase(change, stored.orderId());
            change.undoneBy(Undoable.REMOVE_PAYMENT, new Correction.RecordPaymentAgain(stored));
            return null;
        });
    }

    /**
     * The order's payment with this id; refused when there is none or it belongs to another order, so
     * that a payment named by its number on the command line is the one meant.
     */
    public Payment ofOrder(long orderId, long paymentId) {
        return work.read(db -> existing(db, orderId, paymentId));
    }

    private Payment existing(app.dossier.store.Session db, long orderId, long paymentId) {
        Order order = records.order(db, orderId);
        Payment stored = payments.byId(db, paymentId)
                .orElseThrow(() -> new DossierException(Refusal.PAYMENT_ID_NOT_FOUND.with(paymentId)));
        if (stored.orderId() != orderId) {
            throw new DossierException(Refusal.PAYMENT_NOT_IN_ORDER.with(paymentId, order.label()));
        }
        return stored;
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
