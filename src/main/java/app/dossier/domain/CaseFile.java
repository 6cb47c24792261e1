package app.dossier.domain;

import java.time.Instant;
import java.util.List;

/**
 * Everything recorded about one order, as written to its {@code case.json}: enough to rebuild
 * the database from the tree alone. The factory is repeated here so a case file stands on its own.
 * {@code conversations} are the chats kept as files in Chat and agreements, with their pinned
 * messages; a case.json written before there were any has none. {@code archivedAt}: when the order was
 * archived (kept, hidden from the lists), null while it is not.
 */
public record CaseFile(
        String format,
        Factory factory,
        Order order,
        List<Evidence> evidence,
        List<Payment> payments,
        ReceivingRecord receiving,
        List<Dispute> disputes,
        List<Conversation> conversations,
        Instant archivedAt) {
    public static final String FORMAT = "dossier-case/1";

    public CaseFile {
        evidence = List.copyOf(evidence);
        payments = List.copyOf(payments);
        disputes = List.copyOf(disputes);
        conversations = conversations == null ? List.of() : List.copyOf(conversations);
    }

    /** A case file without chats; {@link #withConversations} adds them. */
    public static CaseFile of(Factory factory, Order order, List<Evidence> evidence, List<Payment> payments,
            ReceivingRecord receiving, List<Dispute> disputes) {
        return new CaseFile(FORMAT, factory, order, evidence, payments, receiving, disputes, List.of(), null);
    }

    public CaseFile withConversations(List<Conversation> newConversations) {
        return new CaseFile(format, factory, order, evidence, payments, receiving, disputes, newConversations,
                archivedAt);
    }

    public CaseFile withArchivedAt(Instant at) {
        return new CaseFile(format, factory, order, evidence, payments, receiving, disputes, conversations, at);
    }
}
