package app.dossier.domain.guidance;

import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One thing the importer should know about an order. {@code kind} is a stable key for
 * translations; {@code params} holds the values the message is made of, under stable names
 * (values are {@code String}, {@code Long}, {@code Money}, {@code LocalDate}, {@code LocalDateTime}
 * or lists of strings); {@code message} is the same in plain English. {@code due} and {@code urgency}
 * are null when there is no due time.
 */
public record Finding(
        Kind kind,
        Severity severity,
        long orderId,
        long factoryId,
        String orderLabel,
        LocalDateTime due,
        Urgency urgency,
        Map<String, Object> params,
        String message) {

    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        if ((due == null) != (urgency == null)) {
            throw new IllegalArgumentException("a due time and its urgency come together");
        }
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** The kinds of finding. Names are stable: translations and saved settings refer to them. */
    public enum Kind {
        /** A sample photo is saved but not the chat in which the factory confirmed it. params: files, count */
        SAMPLE_NOT_CONFIRMED,
        /**
         * The goods arrived and have not had a sample check; due 48 h after arrival. params: arrivedAt, arrivalFrom
         * (RECORD or PHOTO), due, limitHours (the inspect limit)
         */
        NOT_INSPECTED,
        /**
         * The sample check was done later than 48 h after arrival. params: arrivedAt, inspectedAt, limit,
         * hoursAfterArrival,
         * limitHours (the inspect limit)
         */
        INSPECTED_LATE,
        /** The delivery deadline passed and nothing is recorded as received. params: deadline, daysLate */
        DELIVERY_OVERDUE,
        /**
         * A shortage or defects were found and the factory was not told; due 48 h after arrival. params: unitsShort,
         * defectiveUnits, arrivedAt, due, limitHours (the notify limit)
         */
        FACTORY_NOT_NOTIFIED,
        /**
         * The factory was told about a shortage or defects later than 48 h after arrival. params: unitsShort,
         * defectiveUnits, arrivedAt, notifiedAt, limit, limitHours (the notify limit)
         */
        FACTORY_NOTIFIED_LATE,
        /**
         * The sample check found more defects than the AQL plan accepts. params: lotSize, unitsSampled, defectiveUnits,
         * aql, accept, reject
         */
        SAMPLE_CHECK_FAILED,
        /**
         * Fewer units were checked than the AQL plan asks for. params: lotSize, unitsSampled, planned, tenPercent,
         * fifteenPercent
         */
        SAMPLE_CHECK_TOO_SMALL,
        /**
         * A deposit was paid and the factory has not acknowledged it in writing. params: amount, paidOn, method,
         * firstOrder
         */
        DEPOSIT_NOT_ACKNOWLEDGED,
        /** An off-platform order has no written confirmation from the factory. params: channel */
        ORDER_NOT_CONFIRMED,
        /**
         * The chats of an open order have not been saved for a while (or never). params: newestChatAt (absent when
         * none), daysSince, interval,
         * chatsIn (WECHAT_OR_1688, or 1688 for an order on the platform with a factory without WeChat)
         */
        CHAT_EXPORT_DUE,
        /**
         * An OEM order without a written agreement on design, exclusivity, tooling and the first batch. params: product
         */
        CONTRACT_ADVICE_OEM,
        /** A large order paid in installments without a written agreement. params: valueVnd, threshold, payments */
        CONTRACT_ADVICE_LARGE_ORDER,
        /** No payment records the rate of the order's currency, so Dossier cannot tell whether the order is large. params: total, rate ("₫/¥") */
        EXCHANGE_RATE_UNKNOWN
    }
}
