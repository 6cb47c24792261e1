package app.dossier.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An order's payments in date order with the running total paid against the order total, what
 * is still owed, and VND equivalents at each payment's own rate. Payments in another currency than
 * the order's are listed but cannot count towards it; they are flagged.
 */
public record PaymentLedger(Money orderTotal, List<Line> lines, Money paid, Money owed, Money orderTotalVnd,
        Money paidVnd, boolean everyRateKnown) {

    /**
     * One payment with the totals after it. {@code vnd} is null when no rate is known;
     * {@code runningTotal} and {@code owedAfter} are null for a payment in another currency than the
     * order's, which cannot be added to it. {@code owedAfter} is negative when overpaid.
     */
    public record Line(Payment payment, Money runningTotal, Money owedAfter, Money vnd, boolean countsTowardsOrder) {
    }

    public static PaymentLedger of(CaseFile caseFile) {
        return of(caseFile.order(), caseFile.payments());
    }

    public static PaymentLedger of(Order order, List<Payment> payments) {
        Money total = order.total();
        Money running = Money.zero(total.currency());
        Money paidVnd = Money.zero(Money.VND);
        boolean everyRate = true;
        BigDecimal lastRate = null;
        List<Line> lines = new ArrayList<>();
        List<Payment> sorted = new ArrayList<>(payments);
        sorted.sort(Comparator.comparing(Payment::paidOn).thenComparingLong(Payment::id));
        for (Payment p : sorted) {
            boolean counts = p.amount().currency().equals(total.currency());
            if (counts) {
                running = running.plus(p.amount());
            }
            Money vnd = vndOf(p.amount(), p.rateToVnd());
            if (vnd == null) {
                everyRate = false;
            } else {
                paidVnd = paidVnd.plus(vnd);
                if (p.rateToVnd() != null) {
                    lastRate = p.rateToVnd();
                }
            }
            lines.add(counts ? new Line(p, running, total.minus(running), vnd, true) : new Line(p, null, null, vnd, false));
        }
        Money owed = total.minus(running);
        if (owed.isNegative()) {
            owed = Money.zero(total.currency());
        }
        Money totalVnd = vndOf(total, lastRate);
        return new PaymentLedger(total, lines, running, owed, totalVnd, paidVnd, everyRate);
    }

    private static Money vndOf(Money amount, BigDecimal rate) {
        if (amount.currency().equals(Money.VND)) {
            return amount;
        }
        return rate == null ? null : amount.toVnd(rate);
    }

    /** True when what was paid covers the order total. */
    public boolean paidInFull() {
        return owed.isZero();
    }
}
