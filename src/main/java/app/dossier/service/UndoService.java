package app.dossier.service;

import app.dossier.domain.Correction;
import app.dossier.domain.DossierException;
import app.dossier.domain.Payment;
import app.dossier.domain.Refusal;
import app.dossier.domain.UndoStep;
import java.util.Optional;
import java.util.Set;

/**
 * Undo and redo of the user's last changes, in the window (Ctrl+Z, Ctrl+Shift+Z) and on the command line
 * ({@code dossier undo}, {@code dossier redo}), whichever made the change: the steps are kept in the data
 * folder ({@link UndoSteps}).
 *
 * <p>A step is carried out by the ordinary use case, so it is one all-or-nothing change like any other,
 * and that change notes what puts it back, which goes on the other list. A step that no longer fits the
 * records (the payment was removed since, the file is gone, another file took its name) is refused in
 * the user's words and dropped, and nothing changes; one that fails for the disk or the database stays,
 * to be tried again.
 *
 * <p>How a change joins (deleting an order, moving a file to another order, a dispute step…):
 * <ol>
 * <li>a {@link Correction} record in {@code domain} saying what puts it back, data only (ids and
 * records, never a closure) so that it can be kept in {@code undo.json}: add it to {@code UndoFile}'s
 * list of types;</li>
 * <li>a constant in {@link app.dossier.domain.Undoable} naming what the user did, with its words under
 * {@code undo.<NAME>} in the three {@code words_*} files;</li>
 * <li>one line inside the change, once it has done its work: {@code change.undoneBy(Undoable.EDIT_PAYMENT,
 * new Correction.PutPaymentBack(stored))} (recorded only if the change commits);</li>
 * <li>a case in {@code apply} below that checks that what the correction names is still there (else
 * one of the {@code UNDO_*_GONE} refusals) and calls the public use case that puts it back; that use
 * case notes its own correction, which becomes the step that redoes it.</li>
 * </ol>
 * A change that notes nothing cannot be undone, and like every change empties the redo list.
 */
public final class UndoService {
    /** Refusals that say the change could not be made now, not that the step no longer fits. */
    private static final Set<Refusal> FOR_NOW = Set.of(Refusal.DISK_FULL, Refusal.CASE_FILES_GONE,
            Refusal.DATA_FOLDER_READ_ONLY);

    private final UndoSteps steps;
    private final PaymentService payments;
    private final EvidenceService evidence;
    private final TrashService trash;
    private final OrderService orders;
    private final FactoryService factories;
    private final ReceivingService receiving;
    private final DisputeService disputes;

    public UndoService(UndoSteps steps, PaymentService payments, EvidenceService evidence, TrashService trash,
            OrderService orders, FactoryService factories, ReceivingService receiving, DisputeService disputes) {
        this.disputes = disputes;
        this.steps = steps;
        this.payments = payments;
        this.evidence = evidence;
        this.trash = trash;
        this.orders = orders;
        this.factories = factories;
        this.receiving = receiving;
    }

    /** The step Undo would undo. */
    public Optional<UndoStep> nextUndo() {
        return steps.lastUndo();
    }

    /** The step Redo would redo. */
    public Optional<UndoStep> nextRedo() {
        return steps.lastRedo();
    }

    /** Undoes the last change; returns it. Refused when there is none, or it no longer fits the records. */
    public UndoStep undo() {
        UndoStep step = steps.lastUndo().orElseThrow(() -> new DossierException(Refusal.NOTHING_TO_UNDO.with()));
        steps.undone(step, carryOut(step));
        return step;
    }

    /** Redoes the last change undone; returns it. */
    public UndoStep redo() {
        UndoStep step = steps.lastRedo().orElseThrow(() -> new DossierException(Refusal.NOTHING_TO_REDO.with()));
        steps.redone(step, carryOut(step));
        return step;
    }

    private Optional<Correction> carryOut(UndoStep step) {
        try {
            return steps.carryOut(() -> apply(step.correction()));
        } catch (DossierException e) {
            if (e.wording().isPresent() && !FOR_NOW.contains(e.wording().get().refusal())) {
                steps.drop(step);
            }
            throw e;
        }
    }

    private Object apply(Correction correction) {
        if (correction instanceof Correction.PutPaymentBack c) {
            paymentThere(c.payment().orderId(), c.payment().id());
            return payments.update(c.payment());
        } else if (correction instanceof Correction.RemovePayment c) {
            paymentThere(c.orderId(), c.paymentId());
            payments.remove(c.paymentId());
            return null;
        } else if (correction instanceof Correction.RecordPaymentAgain c) {
            Payment payment = c.payment();
            orderThere(payment.orderId());
            if (payment.proofEvidenceId() != null && evidence.find(payment.proofEvidenceId()).isEmpty()) {
                payment = payment.withProof(null); // its proof went to the trash since: the payment comes back without it
            }
            return payments.record(payment, null);
        } else if (correction instanceof Correction.MoveFileBack c) {
            fileThere(c.evidenceId());
            return evidence.move(c.evidenceId(), c.category());
        } else if (correction instanceof Correction.PutCaptionBack c) {
            fileThere(c.evidenceId());
            return evidence.setCaption(c.evidenceId(), c.caption());
        } else if (correction instanceof Correction.TrashFiles c) {
            c.evidenceIds().forEach(this::fileThere);
            return trash.remove(c.evidenceIds());
        } else if (correction instanceof Correction.RestoreFiles c) {
            for (String id : c.trashIds()) {
                if (trash.list().stream().noneMatch(t -> t.id().equals(id))) {
                    throw new DossierException(Refusal.UNDO_TRASH_GONE.with());
                }
            }
            return trash.restore(c.trashIds());
        } else if (correction instanceof Correction.PutOrderBack c) {
            orderThere(c.order().id());
            return orders.update(c.order());
        } else if (correction instanceof Correction.PutFactoryBack c) {
            factoryThere(c.factory().id());
            return factories.update(c.factory());
        } else if (correction instanceof Correction.NameDefectsAgain c) {
            orderThere(c.orderId());
            return receiving.nameDefects(c.orderId(), c.defects());
        } else if (correction instanceof Correction.PutStepBack c) {
            if (disputes.all().stream().noneMatch(d -> d.id() == c.disputeId() && d.events().size() >= c.number())) {
                throw new DossierException(Refusal.UNDO_RECORD_GONE.with());
            }
            return disputes.editStep(c.disputeId(), c.number(), c.at(), c.note(), c.evidenceIds(), java.util.List.of());
        } else if (correction instanceof Correction.UnarchiveOrder c) {
            orderThere(c.orderId());
            return orders.unarchive(c.orderId());
        } else if (correction instanceof Correction.ArchiveOrderAgain c) {
            orderThere(c.orderId());
            return orders.remove(c.orderId());
        } else if (correction instanceof Correction.UnarchiveFactory c) {
            factoryThere(c.factoryId());
            return factories.unarchive(c.factoryId());
        } else if (correction instanceof Correction.ArchiveFactoryAgain c) {
            factoryThere(c.factoryId());
            return factories.remove(c.factoryId());
        }
        throw new IllegalStateException("no way to carry out " + correction);
    }

    private void factoryThere(long factoryId) {
        if (factories.list(true).stream().noneMatch(f -> f.id() == factoryId)) {
            throw new DossierException(Refusal.UNDO_RECORD_GONE.with());
        }
    }

    private void paymentThere(long orderId, long paymentId) {
        if (payments.ofOrder(orderId).stream().noneMatch(p -> p.id() == paymentId)) {
            throw new DossierException(Refusal.UNDO_PAYMENT_GONE.with(paymentId));
        }
    }

    private void fileThere(long evidenceId) {
        if (evidence.find(evidenceId).isEmpty()) {
            throw new DossierException(Refusal.UNDO_FILE_GONE.with());
        }
    }

    private void orderThere(long orderId) {
        try {
            orders.byId(orderId);
        } catch (DossierException e) {
            if (e.wording().map(w -> w.refusal() == Refusal.ORDER_ID_NOT_FOUND).orElse(false)) {
                throw new DossierException(Refusal.UNDO_RECORD_GONE.with(), e);
            }
            throw e;
        }
    }
}
