package app.dossier.domain.guidance;

import app.dossier.domain.CaseFile;
import app.dossier.domain.ConvertedPayment;
import app.dossier.domain.Channel;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Order;
import app.dossier.domain.Payment;
import app.dossier.domain.PaymentCovers;
import app.dossier.domain.ReceivingRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The seed's common mistakes, as findings. Times use the settings (48 h, 14 days, 3 days by
 * default); "arrival" is the receiving record's arrival time, or without one the earliest file in
 * Receiving and QC. One line per rule:
 * <ul>
 * <li>SAMPLE_NOT_CONFIRMED (WARNING): a SAMPLE_PHOTO is saved and no SAMPLE_CONFIRMATION.</li>
 * <li>NOT_INSPECTED: arrival known and no sample check (no receiving record, or 0 units sampled); due
 * arrival + 48 h; URGENT once overdue, else WARNING.</li>
 * <li>INSPECTED_LATE (WARNING): units sampled and inspectedAt later than arrival + 48 h.</li>
 * <li>DELIVERY_OVERDUE (WARNING): the delivery deadline (end of that day) has passed, with no receiving
 * record and no file in Receiving and QC.</li>
 * <li>FACTORY_NOT_NOTIFIED: units short or defective above 0 and factoryNotifiedAt empty; due arrival +
 * 48 h; URGENT once overdue, else WARNING.</li>
 * <li>FACTORY_NOTIFIED_LATE (WARNING): units short or defective and factoryNotifiedAt later than
 * arrival + 48 h.</li>
 * <li>SAMPLE_CHECK_FAILED (WARNING): at least the AQL plan's major sample checked (lot = units received,
 * or expected when none) and defects at or above its reject number, all defects counted as major.</li>
 * <li>SAMPLE_CHECK_TOO_SMALL (ADVICE): 1 or more units checked but fewer than the plan's units to inspect.</li>
 * <li>DEPOSIT_NOT_ACKNOWLEDGED: a payment covering DEPOSIT with acknowledgedAt empty; URGENT when the order
 * is off-platform and the first with this factory (no other order of it has a receiving record), else
 * WARNING.</li>
 * <li>ORDER_NOT_CONFIRMED (WARNING): an off-platform order with no FACTORY_CONFIRMATION or CONTRACT in
 * Order and confirmation.</li>
 * <li>CHAT_EXPORT_DUE: the order is open and its newest file in Chat and agreements (capture time, else
 * time added) is older than the interval (14 days): ADVICE, due newest + interval; or it has none:
 * WARNING, no due time.</li>
 * <li>CONTRACT_ADVICE_OEM, CONTRACT_ADVICE_LARGE_ORDER (ADVICE): see {@link ContractAdvice}.</li>
 * <li>EXCHANGE_RATE_UNKNOWN (ADVICE): an open order not in đồng, paid in installments, with no rate of its currency on any
 * payment (see {@link app.dossier.domain.ConvertedPayment#orderRate}).</li>
 * </ul>
 */
public final class Warnings {
    private Warnings() {
    }

    /** Every finding over every order, most severe first, then by due time (none last). */
    public static List<Finding> all(List<CaseFile> cases, GuidanceSettings settings, EvidenceClassifier classifier,
            Clock clock) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<Finding> out = new ArrayList<>();
        for (CaseFile c : cases) {
            out.addAll(forOrder(c, cases, settings, classifier, now, clock.getZone()));
        }
        out.sort(ORDER);
        return out;
    }

    static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity).reversed()
            .thenComparing(Finding::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Finding::orderLabel, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Finding::kind);

    /** The findings of one order; {@code all} is every case file, to tell a first order with a factory. */
    public static List<Finding> forOrder(CaseFile c, List<CaseFile> all, GuidanceSettings settings,
            EvidenceClassifier classifier, LocalDateTime now, ZoneId zone) {
        Rules rules = new Rules(c, settings, now);
        List<Finding> out = new ArrayList<>();
        sampleNotConfirmed(rules, classifier).ifPresent(out::add);
        Optional<OrderFacts.Arrival> arrival = OrderFacts.arrival(c, zone);
        arrival.flatMap(a -> inspection(rules, a)).ifPresent(out::add);
        deliveryOverdue(rules, arrival.isPresent()).ifPresent(out::add);
        notification(rules).ifPresent(out::add);
        sampleCheck(rules).ifPresent(out::add);
        out.addAll(deposits(rules, all));
        orderNotConfirmed(rules, classifier).ifPresent(out::add);
        chatExport(rules, zone).ifPresent(out::add);
        out.addAll(contract(rules, classifier));
        return out;
    }

    /**
     * What makes a receiving record late if it is saved as it stands, said before saving so a late
     * arrival is never cleared in silence: the findings {@link #forOrder} gives that record once kept,
     * among INSPECTED_LATE, NOT_INSPECTED once overdue, FACTORY_NOTIFIED_LATE and FACTORY_NOT_NOTIFIED
     * once overdue. Empty while the record has no arrival time or is in time.
     */
    public static List<Finding> lateIfSaved(Order order, ReceivingRecord record, GuidanceSettings settings,
            LocalDateTime now) {
        if (record.arrivedAt() == null) {
            return List.of();
        }
        Rules rules = new Rules(CaseFile.of(null, order, List.of(), List.of(), record, List.of()), settings, now);
        List<Finding> out = new ArrayList<>();
        inspection(rules, new OrderFacts.Arrival(record.arrivedAt(), true)).ifPresent(out::add);
        notification(rules).ifPresent(out::add);
        out.removeIf(f -> f.due() != null && f.urgency() != Urgency.OVERDUE);
        return out;
    }

    static Optional<Finding> sampleNotConfirmed(Rules r, EvidenceClassifier classifier) {
        List<String> files = Completeness.unconfirmedSamples(r.c, classifier);
        if (files.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(r.finding(Finding.Kind.SAMPLE_NOT_CONFIRMED, Severity.WARNING, null,
                params("files", files, "count", (long) files.size())));
    }

    static Optional<Finding> inspection(Rules r, OrderFacts.Arrival arrival) {
        LocalDateTime limit = arrival.at().plus(r.settings.inspectLimit());
        long hours = r.settings.inspectLimit().toHours();
        if (!OrderFacts.inspected(r.c)) {
            boolean overdue = r.now.isAfter(limit);
            String from = arrival.fromRecord() ? "RECORD" : r.c.receiving() == null ? "PHOTO" : "PHOTO_RECORDED";
            return Optional.of(r.finding(Finding.Kind.NOT_INSPECTED, overdue ? Severity.URGENT : Severity.WARNING, limit,
                    params("arrivedAt", arrival.at(), "arrivalFrom", from, "due", limit, "limitHours", hours,
                            "minutesToDue", GuidanceWords.minutesTo(limit, r.now))));
        }
        LocalDateTime inspectedAt = r.c.receiving().inspectedAt();
        if (inspectedAt != null && inspectedAt.isAfter(limit)) {
            long after = Duration.between(arrival.at(), inspectedAt).toHours();
            return Optional.of(r.finding(Finding.Kind.INSPECTED_LATE, Severity.WARNING, null,
                    params("arrivedAt", arrival.at(), "inspectedAt", inspectedAt, "limit", limit,
                            "limitHours", hours, "hoursAfterArrival", after)));
        }
        return Optional.empty();
    }

    static Optional<Finding> deliveryOverdue(Rules r, boolean arrived) {
        var deadline = r.c.order().deliveryDeadline();
        if (arrived || r.c.receiving() != null || deadline == null) {
            return Optional.empty();
        }
        LocalDateTime due = OrderFacts.endOf(deadline);
        if (!r.now.isAfter(due)) {
            return Optional.empty();
        }
        long daysLate = Duration.between(due, r.now).toDays();
        return Optional.of(r.finding(Finding.Kind.DELIVERY_OVERDUE, Severity.WARNING, due,
                params("deadline", deadline, "daysLate", daysLate)));
    }

    static Optional<Finding> notification(Rules r) {
        ReceivingRecord rec = r.c.receiving();
        if (!OrderFacts.discrepancy(rec) || rec.arrivedAt() == null) {
            return Optional.empty();
        }
        LocalDateTime limit = rec.arrivedAt().plus(r.settings.notifyLimit());
        Map<String, Object> base = params("unitsShort", rec.unitsShort(), "defectiveUnits", rec.defectiveUnits(),
                "arrivedAt", rec.arrivedAt(), "limitHours", r.settings.notifyLimit().toHours());
        if (rec.factoryNotifiedAt() == null) {
            boolean overdue = r.now.isAfter(limit);
            base.put("due", limit);
            base.put("minutesToDue", GuidanceWords.minutesTo(limit, r.now));
            return Optional.of(r.finding(Finding.Kind.FACTORY_NOT_NOTIFIED, overdue ? Severity.URGENT : Severity.WARNING,
                    limit, base));
        }
        if (rec.factoryNotifiedAt().isAfter(limit)) {
            base.put("notifiedAt", rec.factoryNotifiedAt());
            base.put("limit", limit);
            return Optional.of(r.finding(Finding.Kind.FACTORY_NOTIFIED_LATE, Severity.WARNING, null, base));
        }
        return Optional.empty();
    }

    static Optional<Finding> sampleCheck(Rules r) {
        ReceivingRecord rec = r.c.receiving();
        if (rec == null || rec.unitsSampled() <= 0) {
            return Optional.empty();
        }
        long lot = rec.unitsReceived() > 0 ? rec.unitsReceived() : rec.unitsExpected();
        if (lot <= 0) {
            return Optional.empty();
        }
        SamplePlan plan = SamplePlan.forLot(lot, r.settings.majorAql(), r.settings.minorAql());
        if (rec.unitsSampled() >= plan.major().sampleSize() && rec.defectiveUnits() >= plan.major().reject()) {
            return Optional.of(r.finding(Finding.Kind.SAMPLE_CHECK_FAILED, Severity.WARNING, null,
                    params("lotSize", lot, "unitsSampled", rec.unitsSampled(), "defectiveUnits", rec.defectiveUnits(),
                            "aql", plan.major().aql().label(), "accept", (long) plan.major().accept(),
                            "reject", (long) plan.major().reject())));
        }
        if (rec.unitsSampled() < plan.unitsToInspect()) {
            return Optional.of(r.finding(Finding.Kind.SAMPLE_CHECK_TOO_SMALL, Severity.ADVICE, null,
                    params("lotSize", lot, "unitsSampled", rec.unitsSampled(), "planned", plan.unitsToInspect(),
                            "tenPercent", plan.tenPercent(), "fifteenPercent", plan.fifteenPercent())));
        }
        return Optional.empty();
    }

    static List<Finding> deposits(Rules r, List<CaseFile> all) {
        List<Finding> out = new ArrayList<>();
        Order o = r.c.order();
        boolean first = all.stream().noneMatch(other -> other.order().factoryId() == o.factoryId()
                && other.order().id() != o.id() && other.receiving() != null);
        for (Payment p : r.c.payments()) {
            if (p.covers() != PaymentCovers.DEPOSIT || p.acknowledgedAt() != null) {
                continue;
            }
            boolean urgent = first && o.channel() == Channel.OFF_PLATFORM;
            Map<String, Object> params = params("amount", p.amount(), "method", Objects.toString(p.method(), ""),
                    "firstOrder", first ? "YES" : "NO");
            if (p.paidOn() != null) {
                params.put("paidOn", p.paidOn());
            }
            out.add(r.finding(Finding.Kind.DEPOSIT_NOT_ACKNOWLEDGED, urgent ? Severity.URGENT : Severity.WARNING, null,
                    params));
        }
        return out;
    }

    static Optional<Finding> orderNotConfirmed(Rules r, EvidenceClassifier classifier) {
        if (r.c.order().channel() != Channel.OFF_PLATFORM) {
            return Optional.empty();
        }
        boolean confirmed = OrderFacts.inCategory(r.c, EvidenceCategory.CONFIRMATION).stream()
                .anyMatch(e -> classifier.is(e, EvidenceRole.FACTORY_CONFIRMATION)
                        || classifier.is(e, EvidenceRole.CONTRACT));
        if (confirmed) {
            return Optional.empty();
        }
        return Optional.of(r.finding(Finding.Kind.ORDER_NOT_CONFIRMED, Severity.WARNING, null,
                params("channel", r.c.order().channel().name())));
    }

    static Optional<Finding> chatExport(Rules r, ZoneId zone) {
        if (!OrderFacts.open(r.c)) {
            return Optional.empty();
        }
        Duration every = r.settings.chatExportEvery();
        String where = r.c.order().channel() == Channel.OFF_PLATFORM
                || (r.c.factory() != null && r.c.factory().wechatId() != null) ? "WECHAT_AND_1688" : "ONLY_1688";
        Optional<LocalDateTime> newest = OrderFacts.inCategory(r.c, EvidenceCategory.AGREEMENT).stream()
                .map(e -> OrderFacts.time(e, zone)).filter(Objects::nonNull).max(Comparator.naturalOrder());
        long days = every.toDays();
        if (newest.isEmpty()) {
            return Optional.of(r.finding(Finding.Kind.CHAT_EXPORT_DUE, Severity.WARNING, null,
                    params("interval", days, "chatApps", where)));
        }
        LocalDateTime due = newest.get().plus(every);
        if (r.now.isBefore(due)) {
            return Optional.empty();
        }
        long since = Duration.between(newest.get(), r.now).toDays();
        return Optional.of(r.finding(Finding.Kind.CHAT_EXPORT_DUE, Severity.ADVICE, due,
                params("newestChatAt", newest.get(), "daysSince", since, "interval", days, "chatApps", where)));
    }

    static List<Finding> contract(Rules r, EvidenceClassifier classifier) {
        List<Finding> out = new ArrayList<>();
        Optional<ContractAdvice> advice = ContractAdvice.forOrder(r.c, r.settings, classifier);
        if (advice.isPresent() && advice.get().oem()) {
            out.add(r.finding(Finding.Kind.CONTRACT_ADVICE_OEM, Severity.ADVICE, null,
                    params("product", Objects.toString(r.c.order().product(), ""))));
        }
        if (advice.isPresent() && advice.get().large()) {
            OrderValue v = advice.get().value();
            out.add(r.finding(Finding.Kind.CONTRACT_ADVICE_LARGE_ORDER, Severity.ADVICE, null,
                    params("valueVnd", v.totalVnd(), "threshold", r.settings.largeOrder(),
                            "payments", (long) r.c.payments().size())));
        }
        OrderValue value = advice.map(ContractAdvice::value).orElseGet(() -> OrderValue.of(r.c));
        if (value.latestRate() == null && ContractAdvice.installments(r.c) && OrderFacts.open(r.c)) {
            out.add(r.finding(Finding.Kind.EXCHANGE_RATE_UNKNOWN, Severity.ADVICE, null,
                    params("total", value.total(), "rate", ConvertedPayment.rateUnit(value.total().currency()),
                            "threshold", r.settings.largeOrder())));
        }
        return out;
    }

    static Map<String, Object> params(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], Objects.requireNonNull(keysAndValues[i + 1], (String) keysAndValues[i]));
        }
        return map;
    }

    /** One order under the rules: makes findings with their urgency. */
    static final class Rules {
        final CaseFile c;
        final GuidanceSettings settings;
        final LocalDateTime now;

        Rules(CaseFile c, GuidanceSettings settings, LocalDateTime now) {
            this.c = c;
            this.settings = settings;
            this.now = now;
        }

        Finding finding(Finding.Kind kind, Severity severity, LocalDateTime due, Map<String, Object> params) {
            Order o = c.order();
            Urgency urgency = due == null ? null : Urgency.of(due, now, settings.dueSoon());
            return new Finding(kind, severity, o.id(), o.factoryId(), o.label(), due, urgency, params);
        }
    }
}
