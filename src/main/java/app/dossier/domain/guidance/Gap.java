package app.dossier.domain.guidance;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One reason a record is not complete: a stable {@code kind} for translations and the values it
 * speaks of under stable names, worded in each language by {@link GuidanceWords}.
 */
public record Gap(Kind kind, Map<String, Object> params) {

    public Gap {
        Objects.requireNonNull(kind, "kind");
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    static Gap of(Kind kind) {
        return new Gap(kind, Map.of());
    }

    /** A rate a payment needs to be counted: its own ({@code OWN_RATE}), or the order currency's. */
    public record RateNeeded(Where where, String unit, String currency) {
        public enum Where {
            OWN_RATE,
            ORDER_RATE
        }
    }

    /** Names are stable. */
    public enum Kind {
        /** Nothing saved in Chat and agreements. */
        NO_AGREEMENT_RECORDS,
        /** Files saved, but no chat screenshot or export among them. */
        NO_CHAT,
        /** Sample photos without the chat that confirmed them. params: files, count */
        SAMPLE_NOT_CONFIRMED,
        /** Nothing saved in Order and confirmation. params: channel */
        NO_CONFIRMATION_RECORDS,
        /** A platform order without its order page. */
        NO_ORDER_PAGE,
        /** An off-platform order without the factory's written confirmation. params: summarySaved */
        NO_WRITTEN_CONFIRMATION,
        /** No payment recorded. */
        NO_PAYMENTS,
        /** Payment files saved, but no payment recorded. params: files */
        PAYMENTS_NOT_RECORDED,
        /** A payment has no proof attached. params: paidOn, amount, covers */
        PAYMENT_WITHOUT_PROOF,
        /** The payments do not cover the order's total. params: paid, total, unpaid */
        NOT_FULLY_PAID,
        /** A payment in another currency lacks a rate it needs to count towards the total. params: paidOn, amount, missing (such as "₫/¥"), orderCurrency, needs (the {@link RateNeeded}s) */
        PAYMENTS_NOT_COMPARABLE,
        /** The goods have not arrived and are not due yet. params: deadline (absent when none) */
        NOT_ARRIVED_YET,
        /** No receiving record. params: photos, deadline (when no photo: the delivery deadline passed) */
        NO_RECEIVING_RECORD,
        /** The receiving record has no arrival time. */
        NO_ARRIVAL_TIME,
        /** The receiving record has no unit count against the order. */
        NO_UNIT_COUNT,
        /** The receiving record has no parcel count against the order. */
        NO_PARCEL_COUNT,
        /** No units were checked. */
        NO_SAMPLE_CHECK,
        /** No photo in Receiving and QC. */
        NO_RECEIVING_PHOTOS
    }
}
