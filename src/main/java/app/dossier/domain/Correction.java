package app.dossier.domain;

import java.util.List;

/**
 * What puts one change back as it was, kept as data (not code) so that the command line can undo what
 * the window did: each is carried out by the ordinary use case (one all-or-nothing change like any
 * other), which in turn notes what puts it back, so undoing a step gives the step that redoes it.
 */
public sealed interface Correction {

    /** A payment's fields (its proof link included) as they were before it was edited. */
    record PutPaymentBack(Payment payment) implements Correction {
    }

    /** A payment just recorded, taken away again (its proof stays among the order's files). */
    record RemovePayment(long orderId, long paymentId) implements Correction {
    }

    /** A removed payment recorded again, with its id when that is free. */
    record RecordPaymentAgain(Payment payment) implements Correction {
    }

    /** A file moved back to the category it was in. */
    record MoveFileBack(long evidenceId, EvidenceCategory category) implements Correction {
    }

    /** A file's caption as it was (null: none). */
    record PutCaptionBack(long evidenceId, String caption) implements Correction {
    }

    /** Files just attached or put back, moved to the trash again, in one change. */
    record TrashFiles(List<Long> evidenceIds) implements Correction {
        public TrashFiles {
            evidenceIds = List.copyOf(evidenceIds);
        }
    }

    /** Files moved to the trash, put back from it (by their trash ids), in one change. */
    record RestoreFiles(List<String> trashIds) implements Correction {
        public RestoreFiles {
            trashIds = List.copyOf(trashIds);
        }
    }

    /** An order's fields as they were (its folder follows them). */
    record PutOrderBack(Order order) implements Correction {
    }

    /** A factory's fields as they were (its folder follows them). */
    record PutFactoryBack(Factory factory) implements Correction {
    }

    /** The defects by kind of an order's receiving record as they were. */
    record NameDefectsAgain(long orderId, List<ReceivingDefect> defects) implements Correction {
        public NameDefectsAgain {
            defects = List.copyOf(defects);
        }
    }

    /** A dispute step's time, note and files as they were before it was corrected. */
    record PutStepBack(long disputeId, int number, java.time.LocalDateTime at, String note, List<Long> evidenceIds)
            implements Correction {
        public PutStepBack {
            evidenceIds = List.copyOf(evidenceIds);
        }
    }

    /** An order archived, brought back into the lists. */
    record UnarchiveOrder(long orderId) implements Correction {
    }

    /** An order unarchived, archived again. */
    record ArchiveOrderAgain(long orderId) implements Correction {
    }

    /** A factory archived, brought back into the list of factories. */
    record UnarchiveFactory(long factoryId) implements Correction {
    }

    /** A factory unarchived, archived again. */
    record ArchiveFactoryAgain(long factoryId) implements Correction {
    }
}
