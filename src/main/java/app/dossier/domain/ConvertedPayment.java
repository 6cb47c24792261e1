package app.dossier.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A payment as it counts towards its order: its amount in the order's currency at the rates
 * recorded, or the rates that are missing. Every rate is đồng for one unit of a currency that is
 * not VND (3650 for ₫/¥, 25400 for ₫/$).
 *
 * <p>A payment records one rate ({@link Payment#rateToVnd()}): for a payment in yuan or dollars,
 * đồng for one unit of it; for a payment in đồng on an order in yuan or dollars, đồng for one unit
 * of the order's currency, the rate the bank or agent applied. A payment in dollars on an order in
 * yuan (or in yuan on an order in dollars) goes through đồng and needs both rates: its own, and the
 * order currency's. The order currency's rate is the payment's own when it records it, else the
 * latest recorded on the order's payments ({@link #orderRate}).
 *
 * @param counted       the payment in the order's currency; null when a rate is missing
 * @param paymentRate   đồng per unit of the payment's currency used, null when none was needed
 * @param orderRate     đồng per unit of the order's currency used, null when none was needed
 * @param missingRates  the currencies whose rate is needed and not recorded, the payment's first
 */
public record ConvertedPayment(Payment payment, Currency orderCurrency, Money counted, BigDecimal paymentRate,
        BigDecimal orderRate, List<Currency> missingRates) {

    public ConvertedPayment {
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(orderCurrency, "orderCurrency");
        missingRates = List.copyOf(missingRates);
    }

    /** {@code payment} converted to {@code orderCurrency}; {@code orderPayments} may lend the order's rate. */
    public static ConvertedPayment of(Payment payment, Currency orderCurrency, List<Payment> orderPayments) {
        Money amount = payment.amount();
        Currency from = amount.currency();
        if (from.equals(orderCurrency)) {
            return new ConvertedPayment(payment, orderCurrency, amount, null, null, List.of());
        }
        BigDecimal own = usable(payment.rateToVnd());
        BigDecimal paymentRate = from.equals(Money.VND) ? null : own;
        BigDecimal orderRate = null;
        if (!orderCurrency.equals(Money.VND)) {
            orderRate = from.equals(Money.VND) && own != null ? own : orderRate(orderCurrency, orderPayments).orElse(null);
        }
        List<Currency> missing = new ArrayList<>();
        if (!from.equals(Money.VND) && paymentRate == null) {
            missing.add(from);
        }
        if (!orderCurrency.equals(Money.VND) && orderRate == null) {
            missing.add(orderCurrency);
        }
        Money counted = missing.isEmpty() ? amount.convert(orderCurrency, paymentRate, orderRate) : null;
        return new ConvertedPayment(payment, orderCurrency, counted, paymentRate, orderRate, missing);
    }

    /**
     * The latest rate of {@code currency} (đồng per unit) recorded on these payments: on a payment in
     * that currency, or on a payment in đồng, whose rate is the order currency's (latest date, then
     * latest id). One for đồng; empty when none is recorded.
     */
    public static Optional<BigDecimal> orderRate(Currency currency, List<Payment> payments) {
        if (currency.equals(Money.VND)) {
            return Optional.of(BigDecimal.ONE);
        }
        return payments.stream()
                .filter(p -> usable(p.rateToVnd()) != null)
                .filter(p -> p.amount().currency().equals(currency) || p.amount().currency().equals(Money.VND))
                .max(Comparator.comparing(Payment::paidOn, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparingLong(Payment::id))
                .map(Payment::rateToVnd);
    }

    /** Whether the payment is in another currency than the order's. */
    public boolean converted() {
        return !payment.amount().currency().equals(orderCurrency);
    }

    /** Whether it can be added to the order's payments. */
    public boolean counts() {
        return counted != null;
    }

    /**
     * The payment in đồng: itself when paid in đồng, else at its own rate; null when it records
     * none.
     */
    public Money vnd() {
        Money amount = payment.amount();
        if (amount.currency().equals(Money.VND)) {
            return amount;
        }
        BigDecimal own = usable(payment.rateToVnd());
        return own == null ? null : amount.toVnd(own);
    }

    /**
     * The rates used, as a reader writes them with English grouping: "3,650 ₫/¥", or "25,400 ₫/$,
     * 3,650 ₫/¥" for dollars on an order in yuan; empty when none was needed or one is missing.
     */
    public String rates() {
        if (!converted() || !counts()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (paymentRate != null) {
            parts.add(rateText(paymentRate, payment.amount().currency()));
        }
        if (orderRate != null) {
            parts.add(rateText(orderRate, orderCurrency));
        }
        return String.join(", ", parts);
    }

    /** "3,650 ₫/¥": đồng for one unit of {@code currency}. */
    public static String rateText(BigDecimal vndPerUnit, Currency currency) {
        BigDecimal plain = vndPerUnit.stripTrailingZeros();
        String number = plain.scale() <= 0 ? String.format(java.util.Locale.ROOT, "%,d", plain.toBigInteger())
                : String.format(java.util.Locale.ROOT, "%,." + plain.scale() + "f", plain);
        return number + " ₫/" + symbol(currency);
    }

    /** "₫/¥": the unit of a rate of {@code currency}. */
    public static String rateUnit(Currency currency) {
        return "₫/" + symbol(currency);
    }

    private static String symbol(Currency currency) {
        return switch (currency.getCurrencyCode()) {
            case "CNY" -> "¥";
            case "USD" -> "$";
            case "VND" -> "₫";
            default -> currency.getCurrencyCode();
        };
    }

    private static BigDecimal usable(BigDecimal rate) {
        return rate != null && rate.signum() > 0 ? rate : null;
    }
}
