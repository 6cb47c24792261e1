package app.dossier.domain;

import java.util.Optional;

/**
 * What removing an order or a factory does: one that holds nothing yet (a draft, a factory made by
 * mistake) is deleted; one that holds records is archived, kept whole and hidden from the lists, since
 * a dispute may still need what it holds. Neither while a dispute about it is open.
 */
public final class Archiving {
    private Archiving() {
    }

    /** Whether the order holds anything: a file, a payment, a receiving record, a dispute or a chat. */
    public static boolean holdsRecords(CaseFile caseFile) {
        return !caseFile.evidence().isEmpty() || !caseFile.payments().isEmpty() || caseFile.receiving() != null
                || !caseFile.disputes().isEmpty() || !caseFile.conversations().isEmpty();
    }

    /** A dispute about the order that is not closed, which keeps it from being archived. */
    public static Optional<Dispute> openDispute(CaseFile caseFile) {
        return caseFile.disputes().stream().filter(d -> d.status() != DisputeStatus.CLOSED).findFirst();
    }
}
