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

    static Optional<Finding> sampleNotConfirmed(Rules r, EvidenceClassifier classifier) {
        List<String> files = Completeness.unconfirmedSamples(r.c, classifier);
        if (files.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(r.finding(Finding.Kind.SAMPLE_NOT_CONFIRMED, Severity.WARNING, null,
                params("files", files, "count", (long) files.size()),
                "Only the sample " + (files.size() == 1 ? "photo is" : "photos are") + " saved ("
                        + String.join(", ", files) + "), not the chat in which the factory confirmed the bulk goods"
                        + " will match " + (files.size() == 1 ? "it" : "them") + ". Ask the factory to confirm in the chat, and save"
                        + " that message in Chat and agreements."));
    }

    static Optional<Finding> inspection(Rules r, OrderFacts.Arrival arrival) {
        LocalDateTime limit = arrival.at().plus(r.settings.inspectLimit());
        String hours = hours(r.settings.inspectLimit());
        if (!OrderFacts.inspected(r.c)) {
            boolean overdue = r.now.isAfter(limit);
            String from = arrival.fromRecord() ? "The goods arrived on " + Words.time(arrival.at())
                    : "A photo in Receiving and QC shows the goods arrived on " + Words.time(arrival.at())
                            + (r.c.receiving() == null ? ", but there is no receiving record yet" : "");
            return Optional.of(r.finding(Finding.Kind.NOT_INSPECTED, overdue ? Severity.URGENT : Severity.WARNING, limit,
                    params("arrivedAt", arrival.at(), "arrivalFrom", arrival.fromRecord() ? "RECORD" : "PHOTO",
                            "due", limit, "limitHours", r.settings.inspectLimit().toHours()),
                    from + ". Count them and check a sample " + (overdue ? "now: the " + limitName(r.settings.inspectLimit()) + " limit passed on "
                            + Words.time(limit) : "before " + Words.time(limit) + " (" + hours + " after arrival; "
                            + Words.fromNow(limit, r.now) + ")") + ", or it becomes hard to prove defects came from the"
                            + " factory and not from your warehouse."));
        }
        LocalDateTime inspectedAt = r.c.receiving().inspectedAt();
        if (inspectedAt != null && inspectedAt.isAfter(limit)) {
            long after = Duration.between(arrival.at(), inspectedAt).toHours();
            return Optional.of(r.finding(Finding.Kind.INSPECTED_LATE, Severity.WARNING, null,
                    params("arrivedAt", arrival.at(), "inspectedAt", inspectedAt, "limit", limit,
                            "hoursAfterArrival", after, "limitHours", r.settings.inspectLimit().toHours()),
                    "The goods were checked " + after + " hours after they arrived, later than " + hours
                            + ". If you claim defects, expect the factory to ask whether they happened in your"
                            + " warehouse: keep the photos of the sealed cartons and of each defect."));
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
                params("deadline", deadline, "daysLate", daysLate),
                "The goods were due by " + Words.date(deadline) + " and nothing is recorded as received. If they came,"
                        + " record the receiving now; if not, ask the factory in writing for the shipping date and the"
                        + " tracking number."));
    }

    static Optional<Finding> notification(Rules r) {
        ReceivingRecord rec = r.c.receiving();
        if (!OrderFacts.discrepancy(rec) || rec.arrivedAt() == null) {
            return Optional.empty();
        }
        LocalDateTime limit = rec.arrivedAt().plus(r.settings.notifyLimit());
        String what = discrepancy(rec);
        String hours = hours(r.settings.notifyLimit());
        Map<String, Object> base = params("unitsShort", rec.unitsShort(), "defectiveUnits", rec.defectiveUnits(),
                "arrivedAt", rec.arrivedAt(), "limitHours", r.settings.notifyLimit().toHours());
        if (rec.factoryNotifiedAt() == null) {
            boolean overdue = r.now.isAfter(limit);
            base.put("due", limit);
            return Optional.of(r.finding(Finding.Kind.FACTORY_NOT_NOTIFIED, overdue ? Severity.URGENT : Severity.WARNING,
                    limit, base, "The receiving record shows " + what + ", and the factory has not been told. Send them"
                            + " one written message with the order number, the counts and the photos "
                            + (overdue ? "now: the " + limitName(r.settings.notifyLimit()) + " limit passed on " + Words.time(limit) + "."
                                    : "before " + Words.time(limit) + " (" + Words.fromNow(limit, r.now) + ").")));
        }
        if (rec.factoryNotifiedAt().isAfter(limit)) {
            base.put("notifiedAt", rec.factoryNotifiedAt());
            base.put("limit", limit);
            return Optional.of(r.finding(Finding.Kind.FACTORY_NOTIFIED_LATE, Severity.WARNING, null, base,
                    "The factory was told about " + what + " on " + Words.time(rec.factoryNotifiedAt()) + ", more than "
                            + hours + " after the goods arrived. Keep the arrival photos ready: the factory may say"
                            + " the problem arose after delivery."));
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
                            "reject", (long) plan.major().reject()),
                    "The sample check failed: " + Words.plural(rec.defectiveUnits(), "defective unit", "defective units")
                            + " in " + Words.number(rec.unitsSampled()) + " checked, where a lot of " + Words.number(lot)
                            + " at AQL " + plan.major().aql().label() + " accepts up to " + plan.major().accept()
                            + ". Ask the factory for a remedy: replacement, partial refund, or a discount."));
        }
        if (rec.unitsSampled() < plan.unitsToInspect()) {
            return Optional.of(r.finding(Finding.Kind.SAMPLE_CHECK_TOO_SMALL, Severity.ADVICE, null,
                    params("lotSize", lot, "unitsSampled", rec.unitsSampled(), "planned", plan.unitsToInspect(),
                            "tenPercent", plan.tenPercent(), "fifteenPercent", plan.fifteenPercent()),
                    Words.plural(rec.unitsSampled(), "unit was", "units were") + " checked; for a lot of "
                            + Words.number(lot) + " the AQL plan checks " + Words.number(plan.unitsToInspect())
                            + " (10–15 % would be " + Words.number(plan.tenPercent()) + "–"
                            + Words.number(plan.fifteenPercent()) + "). A larger check makes a claim stronger."));
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
                    params, "The deposit of " + Words.money(p.amount()) + (p.paidOn() == null ? "" : " paid on "
                            + Words.date(p.paidOn())) + " has no written acknowledgement from the factory"
                            + (first ? ", and this is your first order with them" : "") + ". Ask them to confirm"
                            + " in the chat that they received it, save that message, and record when they did."));
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
                params("channel", r.c.order().channel().name()),
                "This order was placed outside 1688 and the factory has not confirmed it in writing. Send them the"
                        + " order summary (product, quantity, unit price, total, deadline), ask them to reply 确认"
                        + " (confirm), and save their reply in Order and confirmation."));
    }

    static Optional<Finding> chatExport(Rules r, ZoneId zone) {
        if (!OrderFacts.open(r.c)) {
            return Optional.empty();
        }
        Duration every = r.settings.chatExportEvery();
        boolean weChat = r.c.order().channel() == Channel.OFF_PLATFORM
                || (r.c.factory() != null && r.c.factory().wechatId() != null);
        String where = weChat ? "WeChat or 1688 chat" : "1688 chat";
        String chatsIn = weChat ? "WECHAT_OR_1688" : "1688";
        Optional<LocalDateTime> newest = OrderFacts.inCategory(r.c, EvidenceCategory.AGREEMENT).stream()
                .map(e -> OrderFacts.time(e, zone)).filter(Objects::nonNull).max(Comparator.naturalOrder());
        long days = every.toDays();
        if (newest.isEmpty()) {
            return Optional.of(r.finding(Finding.Kind.CHAT_EXPORT_DUE, Severity.WARNING, null,
                    params("interval", days, "chatsIn", chatsIn),
                    "No chat with the factory is saved for this open order: it lives only on a phone. Export the "
                            + where + ", or screenshot the agreement, and save it in Chat and agreements."));
        }
        LocalDateTime due = newest.get().plus(every);
        if (r.now.isBefore(due)) {
            return Optional.empty();
        }
        long since = Duration.between(newest.get(), r.now).toDays();
        return Optional.of(r.finding(Finding.Kind.CHAT_EXPORT_DUE, Severity.ADVICE, due,
                params("newestChatAt", newest.get(), "daysSince", since, "interval", days, "chatsIn", chatsIn),
                "The newest chat saved for this open order is from " + Words.date(newest.get().toLocalDate()) + " ("
                        + since + " days ago). Export the " + where + " again: a phone change without a backup"
                        + " wipes the history."));
    }

    static List<Finding> contract(Rules r, EvidenceClassifier classifier) {
        List<Finding> out = new ArrayList<>();
        Optional<ContractAdvice> advice = ContractAdvice.forOrder(r.c, r.settings, classifier);
        if (advice.isPresent() && advice.get().oem()) {
            out.add(r.finding(Finding.Kind.CONTRACT_ADVICE_OEM, Severity.ADVICE, null,
                    params("product", Objects.toString(r.c.order().product(), "")),
                    "This order is made to your design (OEM). A short written agreement is worth it: who owns the"
                            + " design, whether the factory may sell it to others, what happens if molds or plates are"
                            + " faulty or the first batch is bad. Dossier has a summary of terms in Chinese and English"
                            + " to send for the factory's 确认."));
        }
        if (advice.isPresent() && advice.get().large()) {
            OrderValue v = advice.get().value();
            out.add(r.finding(Finding.Kind.CONTRACT_ADVICE_LARGE_ORDER, Severity.ADVICE, null,
                    params("valueVnd", v.totalVnd(), "threshold", r.settings.largeOrder(),
                            "payments", (long) r.c.payments().size()),
                    "This order is worth about " + Words.money(v.totalVnd()) + " and is paid in installments. Above "
                            + Words.money(r.settings.largeOrder()) + ", a summary of the agreed terms that the factory"
                            + " confirms in writing is worth the effort. Dossier has one ready in Chinese and English."));
        }
        OrderValue value = advice.map(ContractAdvice::value).orElseGet(() -> OrderValue.of(r.c));
        if (value.latestRate() == null && ContractAdvice.installments(r.c) && OrderFacts.open(r.c)) {
            out.add(r.finding(Finding.Kind.EXCHANGE_RATE_UNKNOWN, Severity.ADVICE, null,
                    params("total", value.total(), "rate", ConvertedPayment.rateUnit(value.total().currency())),
                    "No payment of this order records the rate of its currency ("
                            + ConvertedPayment.rateUnit(value.total().currency()) + "), so Dossier cannot tell whether"
                            + " it is above " + Words.money(r.settings.largeOrder()) + ". Add the rate to a payment."));
        }
        return out;
    }

    private static String discrepancy(ReceivingRecord rec) {
        List<String> parts = new ArrayList<>();
        if (rec.unitsShort() > 0) {
            parts.add(Words.number(rec.unitsShort()) + " units short");
        }
        if (rec.defectiveUnits() > 0) {
            parts.add(Words.plural(rec.defectiveUnits(), "defective unit", "defective units"));
        }
        return String.join(" and ", parts);
    }

    private static String hours(Duration d) {
        return d.toHours() + " hours";
    }

    /** "48-hour", as in "the 48-hour limit". */
    private static String limitName(Duration d) {
        return d.toHours() + "-hour";
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

        Finding finding(Finding.Kind kind, Severity severity, LocalDateTime due, Map<String, Object> params,
                String message) {
            Order o = c.order();
            Urgency urgency = due == null ? null : Urgency.of(due, now, settings.dueSoon());
            return new Finding(kind, severity, o.id(), o.factoryId(), o.label(), due, urgency, params, message);
        }
    }
}
