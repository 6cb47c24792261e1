package app.dossier.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An order's whole history from its records, oldest first: agreed, ordered, each payment and its
 * acknowledgement, due, arrived, counted and checked, factory told, and each step of the dispute.
 * Only what was recorded is listed: no record, no event.
 *
 * <p>Order: by date; on one day, an event known by its date only comes before the timed ones (the
 * order was placed "on 2 September", so before the payment acknowledged at 10:40 that day), then by
 * time; events at the same moment follow {@link HistoryKind}'s order, and events of one kind keep the
 * order of their records (two payments on one day as the ledger lists them, dispute steps as taken).
 * Events with no date at all come last.
 *
 * <p>Where each comes from, and the files that show it:
 * <ul>
 * <li>agreed: each pinned chat message (its time and sender; the chat's file), and the order's
 *     agreed-on date unless a pinned message was sent that day (the agreement files saved before the
 *     goods arrived, {@link DisputeFacts#agreementEvidence()});</li>
 * <li>ordered: the order's date (the files of Order and confirmation);</li>
 * <li>paid: each payment with a date or not (its proof); acknowledged: when the factory confirmed it;</li>
 * <li>due: the delivery deadline;</li>
 * <li>arrived (note: the packaging notes) and counted and checked, at the inspection's time or else
 *     the arrival's (note: the defect notes): the receiving files;</li>
 * <li>factory told: the agreement files saved from arrival on, on the day the factory was told (the
 *     screenshot of the notice);</li>
 * <li>each dispute step: its time, status, note and files.</li>
 * </ul>
 * Files not in the case file are left out.
 */
public record OrderHistory(List<HistoryEvent> events) {

    /** Oldest first; see the class comment. {@link List#sort} is stable, so records keep their order on ties. */
    public static final Comparator<HistoryEvent> OLDEST_FIRST = Comparator
            .comparing(HistoryEvent::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(HistoryEvent::time, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(HistoryEvent::kind);

    public OrderHistory {
        events = List.copyOf(events);
    }

    /** The history of {@code caseFile}'s order, with {@code disputeSteps} (oldest first) as its last chapter. */
    public static OrderHistory of(CaseFile caseFile, List<DisputeEvent> disputeSteps) {
        Set<Long> files = caseFile.evidence().stream().map(Evidence::id).collect(Collectors.toSet());
        Order order = caseFile.order();
        ReceivingRecord receiving = caseFile.receiving();
        List<HistoryEvent> events = new ArrayList<>();

        List<LocalDate> pinnedDays = new ArrayList<>();
        for (Conversation chat : caseFile.conversations()) {
            for (PinnedMessage pinned : chat.pinned()) {
                LocalDateTime sent = pinned.sentAt();
                events.add(event(HistoryKind.AGREED, sent == null ? order.agreedOn() : null, sent,
                        known(files, List.of(chat.evidenceId())), null, Text.clean(pinned.sender()), null, null, null));
                if (sent != null) {
                    pinnedDays.add(sent.toLocalDate());
                }
            }
        }
        if (order.agreedOn() != null && !pinnedDays.contains(order.agreedOn())) {
            events.add(event(HistoryKind.AGREED, order.agreedOn(), null,
                    ids(DisputeFacts.of(caseFile).agreementEvidence()), null, null, null, null, null));
        }
        if (order.orderedOn() != null) {
            events.add(event(HistoryKind.ORDERED, order.orderedOn(), null,
                    ids(inCategory(caseFile, EvidenceCategory.CONFIRMATION)), null, null, null, null, null));
        }
        for (PaymentLedger.Line line : PaymentLedger.of(caseFile).lines()) {
            Payment p = line.payment();
            Long proof = p.proofEvidenceId();
            events.add(event(HistoryKind.PAID, p.paidOn(), null, proof == null ? List.of() : known(files, List.of(proof)),
                    null, null, line.value(), null, null));
            if (p.acknowledgedAt() != null) {
                events.add(event(HistoryKind.ACKNOWLEDGED, null, p.acknowledgedAt(), List.of(), null, null,
                        line.value(), null, null));
            }
        }
        if (order.deliveryDeadline() != null) {
            events.add(event(HistoryKind.DUE, order.deliveryDeadline(), null, List.of(), null, null, null, null, null));
        }
        if (receiving != null) {
            List<Long> received = ids(inCategory(caseFile, EvidenceCategory.RECEIVING));
            events.add(event(HistoryKind.ARRIVED, null, receiving.arrivedAt(), received, receiving.packagingNotes(),
                    null, null, receiving, null));
            LocalDateTime counted = receiving.inspectedAt() != null ? receiving.inspectedAt() : receiving.arrivedAt();
            events.add(event(HistoryKind.COUNTED, null, counted, received, receiving.defectNotes(), null, null,
                    receiving, null));
            if (receiving.factoryNotifiedAt() != null) {
                events.add(event(HistoryKind.FACTORY_TOLD, null, receiving.factoryNotifiedAt(),
                        ids(notices(caseFile, receiving)), null, null, null, receiving, null));
            }
        }
        for (DisputeEvent step : disputeSteps) {
            events.add(event(HistoryKind.DISPUTE_STEP, null, step.at(), known(files, step.evidenceIds()), step.note(),
                    null, null, null, step.status()));
        }
        events.sort(OLDEST_FIRST);
        return new OrderHistory(events);
    }

    /** The events of one kind, oldest first. */
    public List<HistoryEvent> of(HistoryKind kind) {
        return events.stream().filter(e -> e.kind() == kind).toList();
    }

    private static HistoryEvent event(HistoryKind kind, LocalDate date, LocalDateTime at, List<Long> evidence,
            String note, String speaker, ConvertedPayment payment, ReceivingRecord receiving, DisputeStatus step) {
        LocalDate day = at != null ? at.toLocalDate() : date;
        return new HistoryEvent(kind, day, at == null ? null : at.toLocalTime().withSecond(0).withNano(0), evidence,
                note, speaker, payment, receiving, step);
    }

    private static List<Evidence> inCategory(CaseFile caseFile, EvidenceCategory category) {
        return caseFile.evidence().stream()
                .filter(e -> e.category() == category)
                .sorted(Comparator.comparing(Evidence::capturedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparingLong(Evidence::id))
                .toList();
    }

    /* The agreement files saved from arrival on, the day the factory was told: the notice sent to it. */
    private static List<Evidence> notices(CaseFile caseFile, ReceivingRecord receiving) {
        LocalDate told = receiving.factoryNotifiedAt().toLocalDate();
        return inCategory(caseFile, EvidenceCategory.AGREEMENT).stream()
                .filter(e -> e.capturedAt() != null && e.capturedAt().toLocalDate().equals(told))
                .filter(e -> receiving.arrivedAt() == null || !e.capturedAt().isBefore(receiving.arrivedAt()))
                .toList();
    }

    private static List<Long> ids(List<Evidence> evidence) {
        return evidence.stream().map(Evidence::id).toList();
    }

    private static List<Long> known(Set<Long> files, List<Long> ids) {
        return ids.stream().filter(files::contains).distinct().toList();
    }
}
