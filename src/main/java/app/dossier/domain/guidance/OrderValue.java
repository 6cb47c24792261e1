package app.dossier.domain.guidance;

import app.dossier.domain.CaseFile;
import app.dossier.domain.ConvertedPayment;
import app.dossier.domain.Money;
import app.dossier.domain.Payment;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * What an order is worth in đồng and how much of it is paid, at the rates recorded on its payments.
 *
 * <p>Each payment counts in the order's currency as {@link ConvertedPayment} converts it (a payment
 * in đồng at its own rate, one in dollars on an order in yuan through đồng). In đồng, a payment counts
 * as itself, at its own rate, or (a payment in the order's currency without one) at the latest rate
 * of the order's currency recorded on its payments, which also prices the part of the total not yet
 * paid. When no rate is known, {@code totalVnd} and {@code latestRate} are null.
 *
 * @param total      the order's total in its own currency
 * @param totalVnd   the same in đồng, or null when no rate is known
 * @param latestRate đồng per unit of the order's currency (1 for orders in đồng), or null
 * @param paid       the payments in the order's currency, or null when a payment in another
 *                   currency cannot be converted
 * @param converted  whether {@code paid} needed a conversion (then it is approximate)
 * @param notCounted the payments that cannot be converted, with the rates they miss
 */
public record OrderValue(Money total, Money totalVnd, BigDecimal latestRate, Money paid, boolean converted,
        List<ConvertedPayment> notCounted) {

    public OrderValue {
        notCounted = List.copyOf(notCounted);
    }

    public static OrderValue of(CaseFile c) {
        Money total = c.order().total();
        Currency currency = total.currency();
        BigDecimal latest = ConvertedPayment.orderRate(currency, c.payments()).orElse(null);

        Money paid = Money.zero(currency);
        BigDecimal paidVnd = BigDecimal.ZERO;
        boolean vndKnown = latest != null;
        boolean anyOther = false;
        List<ConvertedPayment> notCounted = new ArrayList<>();
        for (Payment p : c.payments()) {
            ConvertedPayment value = ConvertedPayment.of(p, currency, c.payments());
            anyOther |= value.converted();
            if (value.counts()) {
                paid = paid.plus(value.counted());
            } else {
                notCounted.add(value);
            }
            Money vnd = value.vnd();
            if (vnd == null && latest != null && value.counts()) {
                vnd = value.counted().toVnd(latest);
            }
            if (vnd == null) {
                vndKnown = false;
            } else {
                paidVnd = paidVnd.add(vnd.amount());
            }
        }
        Money paidOrNull = notCounted.isEmpty() ? paid : null;
        Money totalVnd = null;
        if (currency.equals(Money.VND)) {
            totalVnd = total;
        } else if (vndKnown && paidOrNull != null) {
            Money remaining = total.minus(paid);
            BigDecimal rest = remaining.isNegative() ? BigDecimal.ZERO : remaining.toVnd(latest).amount();
            totalVnd = new Money(paidVnd.add(rest), Money.VND);
        }
        return new OrderValue(total, totalVnd, latest, paidOrNull, anyOther, notCounted);
    }

    /** The part of the total not yet paid (zero when paid in full or more); null when not comparable. */
    public Money unpaid() {
        if (paid == null) {
            return null;
        }
        Money rest = total.minus(paid);
        return rest.isNegative() ? Money.zero(total.currency()) : rest;
    }

    /**
     * Paid in full: exactly when no conversion was needed; within 1 % of the total when a payment in
     * another currency had to be converted, since rates on different days never match to the đồng.
     */
    public boolean paidInFull() {
        if (paid == null) {
            return false;
        }
        if (!converted) {
            return paid.amount().compareTo(total.amount()) >= 0;
        }
        return paid.amount().compareTo(total.amount().multiply(new BigDecimal("0.99"))) >= 0;
    }
}
