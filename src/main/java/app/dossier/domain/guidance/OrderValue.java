package app.dossier.domain.guidance;

import app.dossier.domain.CaseFile;
import app.dossier.domain.Money;
import app.dossier.domain.Payment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.Currency;

/**
 * What an order is worth in đồng and how much of it is paid, at the rates recorded on its payments.
 *
 * <p>The rate used for a payment is its own {@code rateToVnd}; for a payment without one, and for
 * the part of the total not yet paid, it is the most recent rate recorded on any payment of the
 * order in the order's currency (latest {@code paidOn}, then latest id). A payment made in đồng counts
 * as itself. When no rate is known, {@code totalVnd} and {@code latestRate} are null.
 *
 * @param total      the order's total in its own currency
 * @param totalVnd   the same in đồng, or null when no rate is known
 * @param latestRate đồng per unit of the order's currency (1 for orders in đồng), or null
 * @param paid       the payments in the order's currency, or null when a payment in another
 *                   currency cannot be converted
 * @param converted  whether {@code paid} needed a conversion (then it is approximate)
 */
public record OrderValue(Money total, Money totalVnd, BigDecimal latestRate, Money paid, boolean converted) {

    public static OrderValue of(CaseFile c) {
        Money total = c.order().total();
        Currency currency = total.currency();
        BigDecimal latest = currency.equals(Money.VND) ? BigDecimal.ONE : latestRate(c, currency);

        Money paidSame = Money.zero(currency);
        BigDecimal otherVnd = BigDecimal.ZERO;
        BigDecimal sameVnd = BigDecimal.ZERO;
        boolean otherCurrencyUnknown = false;
        boolean anyOther = false;
        for (Payment p : c.payments()) {
            if (p.amount().currency().equals(currency)) {
                paidSame = paidSame.plus(p.amount());
                BigDecimal rate = usable(p.rateToVnd()) ? p.rateToVnd() : latest;
                if (rate != null) {
                    sameVnd = sameVnd.add(p.amount().toVnd(rate).amount());
                }
            } else {
                anyOther = true;
                Money vnd = p.amount().currency().equals(Money.VND) ? p.amount()
                        : usable(p.rateToVnd()) ? p.amount().toVnd(p.rateToVnd()) : null;
                if (vnd == null) {
                    otherCurrencyUnknown = true;
                } else {
                    otherVnd = otherVnd.add(vnd.amount());
                }
            }
        }
        Money paid = paidSame;
        if (anyOther) {
            paid = otherCurrencyUnknown || latest == null ? null
                    : paidSame.plus(new Money(otherVnd.divide(latest, digits(currency), RoundingMode.HALF_UP), currency));
        }
        Money totalVnd = null;
        if (latest != null) {
            if (currency.equals(Money.VND)) {
                totalVnd = total;
            } else if (!otherCurrencyUnknown) {
                Money paidInOrder = paid == null ? paidSame : paid;
                Money remaining = total.minus(paidInOrder);
                BigDecimal rest = remaining.isNegative() ? BigDecimal.ZERO : remaining.toVnd(latest).amount();
                totalVnd = new Money(sameVnd.add(otherVnd).add(rest), Money.VND);
            }
        }
        return new OrderValue(total, totalVnd, latest, paid, anyOther);
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

    private static BigDecimal latestRate(CaseFile c, Currency currency) {
        return c.payments().stream()
                .filter(p -> p.amount().currency().equals(currency) && usable(p.rateToVnd()))
                .max(Comparator.comparing(Payment::paidOn, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparingLong(Payment::id))
                .map(Payment::rateToVnd)
                .orElse(null);
    }

    private static boolean usable(BigDecimal rate) {
        return rate != null && rate.signum() > 0;
    }

    private static int digits(Currency currency) {
        return Math.max(currency.getDefaultFractionDigits(), 0);
    }
}
