package app.dossier.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An order's payments in date order with the running total paid against the order total, what
 * is still owed, and VND equivalents at each payment's own rate. A payment in another currency than
 * the order's counts at the rates recorded ({@link ConvertedPayment}); one whose rate is missing is
 * listed but cannot count towards the total, and says which rate it needs.
 *
 * @param orderTotalVnd the order total at the latest rate of its currency recorded on its payments,
 *                      null when none is
 * @param orderRate     that rate (đồng per unit of the order's currency, 1 for đồng), or null
 */
public record PaymentLedger(Money orderTotal, List<Line> lines, Money paid, Money owed, Money orderTotalVnd,
        Money paidVnd, boolean everyRateKnown, BigDecimal orderRate) {

    /**
     * One payment with the totals after it. {@code vnd} is null when no rate is known;
     * {@code runningTotal} and {@code owedAfter} are null for a payment that cannot be converted to
     * the order's currency. {@code owedAfter} is negative when overpaid. {@code value} is the
     * payment in the order's currency, with the rates used or missing.
     */
    public record Line(Payment payment, Money runningTotal, Money owedAfter, Money vnd, boolean countsTowardsOrder,
            ConvertedPayment value) {
    }

    public static PaymentLedger of(CaseFile caseFile) {
        return of(caseFile.order(), caseFile.payments());
    }

    public static PaymentLedger of(Order order, List<Payment> payments) {
        Money total = order.total();
        Money running = Money.zero(total.currency());
        Money paidVnd = Money.zero(Money.VND);
        boolean everyRate = true;
        List<Line> lines = new ArrayList<>();
        List<Payment> sorted = new ArrayList<>(payments);
        sorted.sort(Comparator.comparing(Payment::paidOn, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparingLong(Payment::id));
        for (Payment p : sorted) {
            ConvertedPayment value = ConvertedPayment.of(p, total.currency(), payments);
            if (value.counts()) {
                running = running.plus(value.counted());
            }
            Money vnd = value.vnd();
            if (vnd == null) {
                everyRate = false;
            } else {
                paidVnd = paidVnd.plus(vnd);
            }
            lines.add(value.counts() ? new Line(p, running, total.minus(running), vnd, true, value)
                    : new Line(p, null, null, vnd, false, value));
        }
        Money owed = total.minus(running);
        if (owed.isNegative()) {
            owed = Money.zero(total.currency());
        }
        BigDecimal rate = ConvertedPayment.orderRate(total.currency(), payments).orElse(null);
        Money totalVnd = rate == null ? null : total.toVnd(rate);
        return new PaymentLedger(total, lines, running, owed, totalVnd, paidVnd, everyRate, rate);
    }

    /** The payments that cannot count towards the total because a rate is missing. */
    public List<ConvertedPayment> notCounted() {
        return lines.stream().filter(l -> !l.countsTowardsOrder()).map(Line::value).toList();
    }

    /** What is owed in đồng at {@link #orderRate()}; null when no rate is known. */
    public Money owedVnd() {
        return orderRate == null ? null : owed.toVnd(orderRate);
    }

    /** True when what was paid covers the order total. */
    public boolean paidInFull() {
        return owed.isZero();
    }
}
