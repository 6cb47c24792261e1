package app.dossier.domain.guidance;

import app.dossier.domain.CaseFile;
import app.dossier.domain.Channel;
import app.dossier.domain.ConvertedPayment;
import app.dossier.domain.Evidence;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Money;
import app.dossier.domain.Order;
import app.dossier.domain.Payment;
import app.dossier.domain.ReceivingRecord;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether each of an order's four records is COMPLETE, PARTIAL or MISSING, and why.
 *
 * <p>Rules (roles come from the {@link EvidenceClassifier}):
 * <ul>
 * <li>AGREEMENT: MISSING when nothing is saved in Chat and agreements. COMPLETE when there is a chat
 * (role CHAT or SAMPLE_CONFIRMATION) and, if any SAMPLE_PHOTO is saved, at least one
 * SAMPLE_CONFIRMATION. Otherwise PARTIAL: NO_CHAT and/or SAMPLE_NOT_CONFIRMED.</li>
 * <li>CONFIRMATION: MISSING when nothing is saved. Platform order: COMPLETE with an ORDER_PAGE or a
 * CONTRACT, else PARTIAL (NO_ORDER_PAGE). Off-platform order: COMPLETE with a FACTORY_CONFIRMATION or
 * a CONTRACT, else PARTIAL (NO_WRITTEN_CONFIRMATION).</li>
 * <li>PAYMENT: MISSING when no payment is recorded and no file saved; PARTIAL with files but no
 * payment recorded. With payments: every payment needs a proof that is in the case file
 * (PAYMENT_WITHOUT_PROOF), and the payments must cover the total (NOT_FULLY_PAID, see
 * {@link OrderValue#paidInFull()}; PAYMENTS_NOT_COMPARABLE for each payment whose rate
 * is missing, see {@link app.dossier.domain.ConvertedPayment}).
 * COMPLETE when none of these apply, else PARTIAL.</li>
 * <li>RECEIVING: no receiving record and no file: MISSING; it is only "waiting" (NOT_ARRIVED_YET) while
 * the delivery deadline has not passed (or there is none). Files but no record: PARTIAL
 * (NO_RECEIVING_RECORD). With a record it needs an arrival time, units expected above zero, both
 * parcel counts, units sampled above zero and a photo in Receiving and QC; COMPLETE when it has all,
 * else PARTIAL listing what is missing.</li>
 * </ul>
 * An order is ready for a dispute when all four are COMPLETE.
 */
public final class Completeness {
    private Completeness() {
    }

    public static OrderCompleteness of(CaseFile c, EvidenceClassifier classifier, Clock clock) {
        return of(c, classifier, LocalDateTime.now(clock), clock.getZone());
    }

    public static OrderCompleteness of(CaseFile c, EvidenceClassifier classifier, LocalDateTime now, ZoneId zone) {
        List<CategoryCheck> checks = List.of(agreement(c, classifier), confirmation(c, classifier), payment(c),
                receiving(c, classifier, now));
        Order o = c.order();
        return new OrderCompleteness(o.id(), o.factoryId(), o.label(), checks, DisputeReadiness.of(checks));
    }

    /** Every order with something to fix now, in the order given. */
    public static List<OrderCompleteness> withGaps(List<CaseFile> cases, EvidenceClassifier classifier, Clock clock) {
        return cases.stream().map(c -> of(c, classifier, clock)).filter(OrderCompleteness::hasGaps).toList();
    }

    static CategoryCheck agreement(CaseFile c, EvidenceClassifier classifier) {
        List<Evidence> files = OrderFacts.inCategory(c, EvidenceCategory.AGREEMENT);
        if (files.isEmpty()) {
            return missing(EvidenceCategory.AGREEMENT, Gap.of(Gap.Kind.NO_AGREEMENT_RECORDS));
        }
        List<Gap> gaps = new ArrayList<>();
        boolean chat = files.stream().anyMatch(e -> classifier.is(e, EvidenceRole.CHAT)
                || classifier.is(e, EvidenceRole.SAMPLE_CONFIRMATION));
        if (!chat) {
            gaps.add(Gap.of(Gap.Kind.NO_CHAT));
        }
        List<String> unconfirmed = unconfirmedSamples(c, classifier);
        if (!unconfirmed.isEmpty()) {
            gaps.add(new Gap(Gap.Kind.SAMPLE_NOT_CONFIRMED, Map.of("files", unconfirmed,
                    "count", (long) unconfirmed.size())));
        }
        return check(EvidenceCategory.AGREEMENT, gaps);
    }

    /** Names of sample photos, sorted, when no sample confirmation is saved; empty otherwise. */
    static List<String> unconfirmedSamples(CaseFile c, EvidenceClassifier classifier) {
        List<Evidence> files = OrderFacts.inCategory(c, EvidenceCategory.AGREEMENT);
        if (files.stream().anyMatch(e -> classifier.is(e, EvidenceRole.SAMPLE_CONFIRMATION))) {
            return List.of();
        }
        return files.stream().filter(e -> classifier.is(e, EvidenceRole.SAMPLE_PHOTO)).map(Evidence::fileName)
                .sorted().toList();
    }

    static CategoryCheck confirmation(CaseFile c, EvidenceClassifier classifier) {
        List<Evidence> files = OrderFacts.inCategory(c, EvidenceCategory.CONFIRMATION);
        boolean platform = c.order().channel() == Channel.PLATFORM;
        if (files.isEmpty()) {
            return missing(EvidenceCategory.CONFIRMATION, new Gap(Gap.Kind.NO_CONFIRMATION_RECORDS,
                    Map.of("channel", c.order().channel().name())));
        }
        if (has(files, classifier, EvidenceRole.CONTRACT)) {
            return check(EvidenceCategory.CONFIRMATION, List.of());
        }
        if (platform) {
            return check(EvidenceCategory.CONFIRMATION, has(files, classifier, EvidenceRole.ORDER_PAGE) ? List.of()
                    : List.of(Gap.of(Gap.Kind.NO_ORDER_PAGE)));
        }
        if (has(files, classifier, EvidenceRole.FACTORY_CONFIRMATION)) {
            return check(EvidenceCategory.CONFIRMATION, List.of());
        }
        boolean summary = has(files, classifier, EvidenceRole.ORDER_SUMMARY);
        return check(EvidenceCategory.CONFIRMATION, List.of(new Gap(Gap.Kind.NO_WRITTEN_CONFIRMATION,
                Map.of("summarySaved", summary))));
    }

    static CategoryCheck payment(CaseFile c) {
        if (c.payments().isEmpty()) {
            List<String> files = OrderFacts.inCategory(c, EvidenceCategory.PAYMENT).stream()
                    .map(Evidence::fileName).toList();
            if (files.isEmpty()) {
                return missing(EvidenceCategory.PAYMENT, Gap.of(Gap.Kind.NO_PAYMENTS));
            }
            return check(EvidenceCategory.PAYMENT, List.of(new Gap(Gap.Kind.PAYMENTS_NOT_RECORDED,
                    Map.of("files", files))));
        }
        Set<Long> ids = c.evidence().stream().map(Evidence::id).collect(Collectors.toSet());
        List<Gap> gaps = new ArrayList<>();
        for (Payment p : c.payments()) {
            if (p.proofEvidenceId() == null || !ids.contains(p.proofEvidenceId())) {
                Map<String, Object> params = new LinkedHashMap<>();
                if (p.paidOn() != null) {
                    params.put("paidOn", p.paidOn());
                }
                params.put("amount", p.amount());
                params.put("covers", p.covers() == null ? "OTHER" : p.covers().name());
                gaps.add(new Gap(Gap.Kind.PAYMENT_WITHOUT_PROOF, params));
            }
        }
        OrderValue value = OrderValue.of(c);
        for (ConvertedPayment p : value.notCounted()) {
            gaps.add(notComparable(p));
        }
        if (value.paid() != null && !value.paidInFull()) {
            gaps.add(new Gap(Gap.Kind.NOT_FULLY_PAID, Map.of("paid", value.paid(), "total", value.total(),
                    "unpaid", value.unpaid())));
        }
        return check(EvidenceCategory.PAYMENT, gaps);
    }

    /*
     * Names the payment and the rate it lacks, and where that rate is to be written: a payment's own
     * rate on the payment; the order currency's, for a payment in a third currency, on any payment
     * of the order in that currency or in đồng.
     */
    private static Gap notComparable(ConvertedPayment value) {
        Payment p = value.payment();
        Map<String, Object> params = new LinkedHashMap<>();
        if (p.paidOn() != null) {
            params.put("paidOn", p.paidOn());
        }
        params.put("amount", p.amount());
        params.put("missing", value.missingRates().stream().map(ConvertedPayment::rateUnit)
                .collect(Collectors.joining(", ")));
        params.put("orderCurrency", value.orderCurrency().getCurrencyCode());
        boolean paidInVnd = p.amount().currency().equals(Money.VND);
        List<Gap.RateNeeded> needs = new ArrayList<>();
        for (var currency : value.missingRates()) {
            needs.add(new Gap.RateNeeded(paidInVnd || currency.equals(p.amount().currency())
                    ? Gap.RateNeeded.Where.OWN_RATE : Gap.RateNeeded.Where.ORDER_RATE,
                    ConvertedPayment.rateUnit(currency), currency.getCurrencyCode()));
        }
        params.put("needs", List.copyOf(needs));
        return new Gap(Gap.Kind.PAYMENTS_NOT_COMPARABLE, params);
    }

    static CategoryCheck receiving(CaseFile c, EvidenceClassifier classifier, LocalDateTime now) {
        ReceivingRecord r = c.receiving();
        List<Evidence> files = OrderFacts.inCategory(c, EvidenceCategory.RECEIVING);
        if (r == null) {
            if (!files.isEmpty()) {
                return check(EvidenceCategory.RECEIVING, List.of(new Gap(Gap.Kind.NO_RECEIVING_RECORD,
                        Map.of("photos", (long) files.size()))));
            }
            var deadline = c.order().deliveryDeadline();
            boolean due = deadline != null && now.isAfter(OrderFacts.endOf(deadline));
            if (due) {
                return missing(EvidenceCategory.RECEIVING, new Gap(Gap.Kind.NO_RECEIVING_RECORD,
                        Map.of("photos", 0L, "deadline", deadline)));
            }
            Map<String, Object> params = deadline == null ? Map.of() : Map.of("deadline", deadline);
            Gap gap = new Gap(Gap.Kind.NOT_ARRIVED_YET, params);
            return new CategoryCheck(EvidenceCategory.RECEIVING, CategoryStatus.MISSING, true, List.of(gap));
        }
        List<Gap> gaps = new ArrayList<>();
        if (r.arrivedAt() == null) {
            gaps.add(Gap.of(Gap.Kind.NO_ARRIVAL_TIME));
        }
        if (r.unitsExpected() <= 0) {
            gaps.add(Gap.of(Gap.Kind.NO_UNIT_COUNT));
        }
        if (r.parcelsExpected() == null || r.parcelsReceived() == null) {
            gaps.add(Gap.of(Gap.Kind.NO_PARCEL_COUNT));
        }
        if (r.unitsSampled() <= 0) {
            gaps.add(Gap.of(Gap.Kind.NO_SAMPLE_CHECK));
        }
        if (files.stream().noneMatch(e -> classifier.is(e, EvidenceRole.RECEIVING_PHOTO))) {
            gaps.add(Gap.of(Gap.Kind.NO_RECEIVING_PHOTOS));
        }
        return check(EvidenceCategory.RECEIVING, gaps);
    }

    private static boolean has(List<Evidence> files, EvidenceClassifier classifier, EvidenceRole role) {
        return files.stream().anyMatch(e -> classifier.is(e, role));
    }

    private static CategoryCheck missing(EvidenceCategory category, Gap gap) {
        return new CategoryCheck(category, CategoryStatus.MISSING, false, List.of(gap));
    }

    private static CategoryCheck check(EvidenceCategory category, List<Gap> gaps) {
        return new CategoryCheck(category, gaps.isEmpty() ? CategoryStatus.COMPLETE : CategoryStatus.PARTIAL, false,
                gaps);
    }
}
