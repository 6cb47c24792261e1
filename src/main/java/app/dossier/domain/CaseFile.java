package app.dossier.domain;

import java.util.List;

/**
 * Everything recorded about one order, as written to its {@code case.json}: enough to rebuild
 * the database from the tree alone. The factory is repeated here so a case file stands on its own.
 */
public record CaseFile(
        String format,
        Factory factory,
        Order order,
        List<Evidence> evidence,
        List<Payment> payments,
        ReceivingRecord receiving,
        List<Dispute> disputes) {
    public static final String FORMAT = "dossier-case/1";

    public CaseFile {
        evidence = List.copyOf(evidence);
        payments = List.copyOf(payments);
        disputes = List.copyOf(disputes);
    }

    public static CaseFile of(Factory factory, Order order, List<Evidence> evidence, List<Payment> payments,
            ReceivingRecord receiving, List<Dispute> disputes) {
        return new CaseFile(FORMAT, factory, order, evidence, payments, receiving, disputes);
    }
}
