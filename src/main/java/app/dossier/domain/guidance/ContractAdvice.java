package app.dossier.domain.guidance;

import app.dossier.domain.CaseFile;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Money;
import app.dossier.domain.OrderKind;
import app.dossier.domain.Payment;
import app.dossier.domain.PaymentCovers;
import java.util.Optional;

/**
 * The seed's two cases where a written agreement is worth the effort, and the terms to send.
 *
 * <p>Rules: advice is given when no CONTRACT is saved (in Chat and agreements or Order and
 * confirmation) and the order is OEM ({@link OrderKind#OEM}: molds, custom packaging, private label),
 * or large: worth at least the threshold (30.000.000 ₫) at the recorded rates (see
 * {@link OrderValue}) and paid in installments (two or more payments, or any payment covering a
 * DEPOSIT or BALANCE). When no rate is recorded the value in đồng is unknown: {@code rateKnown} is
 * false and the order is not called large.
 *
 * @param oem       the order is made to the buyer's design
 * @param large     the order is large and paid in installments
 * @param rateKnown an exchange rate (or đồng) was found, so {@code value.totalVnd()} is known
 * @param threshold from this value in đồng an order paid in installments is large
 * @param terms     the summary of terms to send to the factory for its 确认
 */
public record ContractAdvice(long orderId, String orderLabel, boolean oem, boolean large, boolean rateKnown,
        OrderValue value, Money threshold, FactoryMessage terms) {

    public static Optional<ContractAdvice> forOrder(CaseFile c, GuidanceSettings settings, EvidenceClassifier classifier) {
        if (hasContract(c, classifier)) {
            return Optional.empty();
        }
        OrderValue value = OrderValue.of(c);
        boolean oem = c.order().kind() == OrderKind.OEM;
        boolean large = isLarge(c, value, settings);
        if (!oem && !large) {
            return Optional.empty();
        }
        return Optional.of(new ContractAdvice(c.order().id(), c.order().label(), oem, large, value.totalVnd() != null,
                value, settings.largeOrder(), FactoryMessages.contractTerms(c, oem, large)));
    }

    /** Paid in installments: two or more payments, or a deposit or balance among them. */
    static boolean installments(CaseFile c) {
        return c.payments().size() >= 2 || c.payments().stream().map(Payment::covers)
                .anyMatch(k -> k == PaymentCovers.DEPOSIT || k == PaymentCovers.BALANCE);
    }

    static boolean isLarge(CaseFile c, OrderValue value, GuidanceSettings settings) {
        Money vnd = value.totalVnd();
        return vnd != null && installments(c) && vnd.amount().compareTo(settings.largeOrder().amount()) >= 0;
    }

    static boolean hasContract(CaseFile c, EvidenceClassifier classifier) {
        return c.evidence().stream()
                .filter(e -> e.category() == EvidenceCategory.AGREEMENT || e.category() == EvidenceCategory.CONFIRMATION)
                .anyMatch(e -> classifier.is(e, EvidenceRole.CONTRACT));
    }
}
