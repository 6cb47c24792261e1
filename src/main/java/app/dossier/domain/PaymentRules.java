package app.dossier.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** What a payment needs before it is recorded: the one check "record a payment", the service and pay share. */
public final class PaymentRules {
    private PaymentRules() {
    }

    /** Everything wrong with {@code p} as typed, field by field; empty when it can be recorded. */
    public static List<FieldProblem> problems(Payment p) {
        List<FieldProblem> out = new ArrayList<>();
        if (p.amount() == null) {
            out.add(FieldProblem.of(Field.AMOUNT, Refusal.AMOUNT_REQUIRED));
        } else if (p.amount().isNegative() || p.amount().isZero()) {
            out.add(FieldProblem.of(Field.AMOUNT, Refusal.AMOUNT_NOT_POSITIVE, p.amount()));
        }
        if (p.paidOn() == null) {
            out.add(FieldProblem.of(Field.PAID_ON, Refusal.PAYMENT_DATE_REQUIRED));
        }
        if (p.rateToVnd() != null && p.rateToVnd().compareTo(BigDecimal.ZERO) <= 0) {
            out.add(FieldProblem.of(Field.RATE, Refusal.RATE_NOT_POSITIVE, p.rateToVnd().toPlainString(),
                    p.amount() == null ? "" : p.amount().currencyCode()));
        }
        FieldProblem.texts(out, Field.PAYMENT_METHOD, p.method(), Field.PAYMENT_ACCOUNT, p.receivingAccount(),
                Field.PAYMENT_REFERENCE, p.reference());
        return out;
    }
}
