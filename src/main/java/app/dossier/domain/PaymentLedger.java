package app.dossier.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The running list of an order's payments, oldest first: after each one, how much has been paid and
 * how much is still owed against the order total. Payments in another currency than the order's
 * are listed but not added up (their rows have no running total).
 */
public record PaymentLedger(List<Row> rows, Money orderTotal, Money paid, Money owed) {

    /**
     * @param vndEquivalent the payment in đồng at its own recorded rate; null without a rate
     * @param paidSoFar     the total paid up to and including this payment; null when this payment
     *                      is in another currency than the order
     * @param owedAfter     what is still owed after it (negative when overpaid); null as above
     */
    public record Row(Payment payment, Money vndEquivalent, Money paidSoFar, Money owedAfter) {
    }

    public PaymentLedger {
        rows = List.copyOf(rows);
    }

    public static PaymentLedger of(Order order, List<Payment> payments) {
        Money total = order.total();
        Money paid = Money.zero(total.currency());
        List<Row> rows = new ArrayList<>();
        List<Payment> sorted = payments.stream()
                .sorted(Comparator.comparing(Payment::paidOn, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparingLong(Payment::id))
                .toList();
        for (Payment p : sorted) {
            Money vnd = p.amount().currency().equals(Money.VND) ? p.amount()
                    : p.rateToVnd() == null ? null : p.amount().toVnd(p.rateToVnd());
            if (p.amount().currency().equals(total.currency())) {
                paid = paid.plus(p.amount());
                rows.add(new Row(p, vnd, paid, total.minus(paid)));
            } else {
                rows.add(new Row(p, vnd, null, null));
            }
        }
        return new PaymentLedger(rows, total, paid, total.minus(paid));
    }

    public static PaymentLedger of(CaseFile caseFile) {
        return of(caseFile.order(), caseFile.payments());
    }
}
