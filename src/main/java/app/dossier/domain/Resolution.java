package app.dossier.domain;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What the buyer asks the factory to do: refund part of the price, ship replacements, or discount the next order. */
public sealed interface Resolution {

    /**
     * Money back. {@code vndEquivalent} is the amount in đồng at the rate recorded on the order's
     * payments, for the buyer to read; null when no rate is recorded or the amount is already in đồng.
     */
    record PartialRefund(Money amount, Money vndEquivalent) implements Resolution {
        public PartialRefund {
            Objects.requireNonNull(amount, "amount");
            if (amount.isNegative() || amount.isZero()) {
                throw new InvalidInputException("A refund must be more than zero.");
            }
            if (vndEquivalent != null && !vndEquivalent.currency().equals(Money.VND)) {
                throw new IllegalArgumentException("vndEquivalent must be in VND");
            }
        }
    }

    /** The missing or defective units shipped again, at the factory's cost. */
    record Replacement(long units) implements Resolution {
        public Replacement {
            if (units <= 0) {
                throw new InvalidInputException("Ask for at least one replacement unit.");
            }
        }
    }

    /** A discount on the next order: an amount, or a percentage of that order (exactly one of the two). */
    record NextOrderDiscount(Money amount, BigDecimal percent) implements Resolution {
        public NextOrderDiscount {
            if ((amount == null) == (percent == null)) {
                throw new IllegalArgumentException("give either an amount or a percent");
            }
            if (amount != null && (amount.isNegative() || amount.isZero())) {
                throw new InvalidInputException("A discount must be more than zero.");
            }
            if (percent != null && (percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0)) {
                throw new InvalidInputException("A discount in percent is more than 0 and at most 100, not "
                        + percent.stripTrailingZeros().toPlainString() + ".");
            }
        }

        public static NextOrderDiscount ofAmount(Money amount) {
            return new NextOrderDiscount(Objects.requireNonNull(amount, "amount"), null);
        }

        public static NextOrderDiscount ofPercent(BigDecimal percent) {
            return new NextOrderDiscount(null, Objects.requireNonNull(percent, "percent"));
        }
    }

    /**
     * The refund the facts support: units short plus units found defective, times the unit price, in
     * the order's currency, and never more than was paid (the 1688 platform refunds at most what was
     * paid): the payments that count towards the order, those in another currency converted at their
     * recorded rates ({@link ConvertedPayment}). Empty when nothing was received yet, nothing is short
     * or defective, or nothing has been paid.
     */
    static Optional<PartialRefund> proposedRefund(CaseFile caseFile) {
        DisputeFacts facts = DisputeFacts.of(caseFile);
        if (!facts.hasClaim()) {
            return Optional.empty();
        }
        Money unitPrice = caseFile.order().unitPrice();
        Money claim = unitPrice.times(facts.affectedUnits());
        PaymentLedger ledger = PaymentLedger.of(caseFile.order(), caseFile.payments());
        if (ledger.lines().stream().noneMatch(PaymentLedger.Line::countsTowardsOrder)) {
            return Optional.empty(); // nothing paid: there is nothing to refund, only goods still owed
        }
        if (ledger.paid().amount().compareTo(claim.amount()) < 0) {
            claim = ledger.paid();
        }
        if (claim.isZero()) {
            return Optional.empty();
        }
        return Optional.of(new PartialRefund(claim,
                vndEquivalent(claim, unitPrice.currency(), caseFile.payments()).orElse(null)));
    }

    /**
     * The amount in đồng at the latest rate of its currency recorded on the order's payments: for an
     * amount in the order's currency, a rate recorded on a payment in đồng counts too (it is đồng per
     * unit of the order's currency). Empty when the amount is in đồng or no rate is recorded.
     */
    static Optional<Money> vndEquivalent(Money amount, Currency orderCurrency, List<Payment> payments) {
        if (amount.currency().equals(Money.VND)) {
            return Optional.empty();
        }
        List<Payment> lending = amount.currency().equals(orderCurrency) ? payments
                : payments.stream().filter(p -> p.amount().currency().equals(amount.currency())).toList();
        return ConvertedPayment.orderRate(amount.currency(), lending).map(amount::toVnd);
    }
}
