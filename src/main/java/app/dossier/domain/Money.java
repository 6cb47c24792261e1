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

    /** Converts at a rate of VND per one unit of this currency, rounded half up to whole đồng. */
    public Money toVnd(BigDecimal vndPerUnit) {
        if (currency.equals(VND)) {
            return this;
        }
        return new Money(amount.multiply(vndPerUnit).setScale(0, RoundingMode.HALF_UP), VND);
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
