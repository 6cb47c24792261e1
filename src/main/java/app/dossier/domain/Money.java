package app.dossier.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount in one currency, never a double. The scale is the currency's own:
 * CNY and USD keep two decimals, VND none.
 */
public record Money(BigDecimal amount, Currency currency) {
    public static final Currency CNY = Currency.getInstance("CNY");
    public static final Currency VND = Currency.getInstance("VND");
    public static final Currency USD = Currency.getInstance("USD");

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int digits = digits(currency);
        if (amount.stripTrailingZeros().scale() > digits) {
            throw new InvalidInputException(currency.getCurrencyCode() + " amounts have "
                    + (digits == 0 ? "no decimals" : "at most " + digits + " decimals") + ": "
                    + amount.toPlainString());
        }
        amount = amount.setScale(digits, RoundingMode.UNNECESSARY);
    }

    public static Money of(String amount, Currency currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    public static Money of(String amount, String currencyCode) {
        return of(amount, Currency.getInstance(currencyCode));
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** From a whole number of the currency's smallest unit (fen, cents, đồng). */
    public static Money ofMinor(long minor, Currency currency) {
        return new Money(BigDecimal.valueOf(minor, digits(currency)), currency);
    }

    /** In the currency's smallest unit; refused with a message when it is beyond what can be kept. */
    public long toMinor() {
        try {
            return amount.movePointRight(digits(currency)).longValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidInputException(amount.toPlainString() + " " + currency.getCurrencyCode()
                    + " is larger than any amount Dossier can keep.");
        }
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public Money times(long quantity) {
        return new Money(amount.multiply(BigDecimal.valueOf(quantity)), currency);
    }

    /** Converts at a rate of VND per one unit of this currency (see {@link #convert}). */
    public Money toVnd(BigDecimal vndPerUnit) {
        return convert(VND, vndPerUnit, null);
    }

    /**
     * This amount in {@code target}, through đồng: {@code vndPerThis} is đồng for one unit of this
     * currency and {@code vndPerTarget} đồng for one unit of the target; a rate is only read for a
     * currency that is not VND, so 3.650.000 ₫ to CNY needs only {@code vndPerTarget} (3650 gives
     * ¥1,000.00) and $1,000 to CNY needs both (25400 and 3650 give ¥6,958.90). Rounded once, half
     * even, to the target's smallest unit, so no rounding of a step in between shifts the result.
     * Every rate Dossier keeps is đồng per unit because that is how Vietnamese banks quote it.
     */
    public Money convert(Currency target, BigDecimal vndPerThis, BigDecimal vndPerTarget) {
        if (currency.equals(target)) {
            return this;
        }
        BigDecimal vnd = currency.equals(VND) ? amount : amount.multiply(positive(vndPerThis, currency));
        BigDecimal result = target.equals(VND) ? vnd.setScale(0, RoundingMode.HALF_EVEN)
                : vnd.divide(positive(vndPerTarget, target), digits(target), RoundingMode.HALF_EVEN);
        return new Money(result, target);
    }

    private static BigDecimal positive(BigDecimal vndPerUnit, Currency of) {
        if (vndPerUnit == null || vndPerUnit.signum() <= 0) {
            throw new IllegalArgumentException("a rate of VND per " + of + " above zero is needed, not " + vndPerUnit);
        }
        return vndPerUnit;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public String currencyCode() {
        return currency.getCurrencyCode();
    }

    /** Plain form for storage and case.json: "3700.00 CNY". */
    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot add " + other.currency + " to " + currency);
        }
    }

    static int digits(Currency currency) {
        int d = currency.getDefaultFractionDigits();
        return Math.max(d, 0);
    }
}
