package app.dossier.domain.guidance;

import app.dossier.domain.InvalidInputException;
import app.dossier.domain.Money;
import java.time.Duration;
import java.util.Objects;

/**
 * The numbers behind the guidance, so a user (or a test) can change them.
 *
 * @param dueSoon               how far ahead "due soon" looks (default 3 days)
 * @param chatExportEvery       remind to export the chats of an open order when its newest
 *                              agreement record is older than this (default 14 days)
 * @param inspectTarget         aim to inspect within this of arrival (24 h)
 * @param inspectLimit          inspect within this of arrival at the latest (48 h)
 * @param notifyTarget          aim to tell the factory of a discrepancy within this of arrival (24 h)
 * @param notifyLimit           tell the factory within this of arrival at the latest (48 h)
 * @param platformDisputeWindow how long after receipt a platform dispute can be opened (30 days,
 *                              Trade Assurance)
 * @param largeOrder            from this value in đồng an order paid in installments is "large" (30.000.000 ₫)
 * @param majorAql              AQL for major defects (2.5)
 * @param minorAql              AQL for minor defects (4.0)
 */
public record GuidanceSettings(
        Duration dueSoon,
        Duration chatExportEvery,
        Duration inspectTarget,
        Duration inspectLimit,
        Duration notifyTarget,
        Duration notifyLimit,
        Duration platformDisputeWindow,
        Money largeOrder,
        Aql majorAql,
        Aql minorAql) {

    public GuidanceSettings {
        positive(dueSoon, "The “due soon” horizon");
        positive(chatExportEvery, "The chat export interval");
        positive(inspectTarget, "The time to inspect");
        positive(inspectLimit, "The time limit to inspect");
        positive(notifyTarget, "The time to notify the factory");
        positive(notifyLimit, "The time limit to notify the factory");
        positive(platformDisputeWindow, "The platform dispute window");
        if (inspectTarget.compareTo(inspectLimit) > 0 || notifyTarget.compareTo(notifyLimit) > 0) {
            throw new InvalidInputException("The target time cannot be later than the time limit.");
        }
        Objects.requireNonNull(largeOrder, "largeOrder");
        if (!largeOrder.currency().equals(Money.VND) || largeOrder.isNegative()) {
            throw new InvalidInputException("The large-order threshold is an amount in đồng, such as 30.000.000 ₫.");
        }
        Objects.requireNonNull(majorAql, "majorAql");
        Objects.requireNonNull(minorAql, "minorAql");
    }

    public static GuidanceSettings defaults() {
        return new GuidanceSettings(Duration.ofDays(3), Duration.ofDays(14), Duration.ofHours(24),
                Duration.ofHours(48), Duration.ofHours(24), Duration.ofHours(48), Duration.ofDays(30),
                Money.of("30000000", Money.VND), Aql.AQL_2_5, Aql.AQL_4_0);
    }

    public GuidanceSettings withDueSoon(Duration horizon) {
        return new GuidanceSettings(horizon, chatExportEvery, inspectTarget, inspectLimit, notifyTarget,
                notifyLimit, platformDisputeWindow, largeOrder, majorAql, minorAql);
    }

    public GuidanceSettings withChatExportEvery(Duration interval) {
        return new GuidanceSettings(dueSoon, interval, inspectTarget, inspectLimit, notifyTarget, notifyLimit,
                platformDisputeWindow, largeOrder, majorAql, minorAql);
    }

    public GuidanceSettings withPlatformDisputeWindow(Duration window) {
        return new GuidanceSettings(dueSoon, chatExportEvery, inspectTarget, inspectLimit, notifyTarget,
                notifyLimit, window, largeOrder, majorAql, minorAql);
    }

    public GuidanceSettings withLargeOrder(Money threshold) {
        return new GuidanceSettings(dueSoon, chatExportEvery, inspectTarget, inspectLimit, notifyTarget,
                notifyLimit, platformDisputeWindow, threshold, majorAql, minorAql);
    }

    public GuidanceSettings withAql(Aql major, Aql minor) {
        return new GuidanceSettings(dueSoon, chatExportEvery, inspectTarget, inspectLimit, notifyTarget,
                notifyLimit, platformDisputeWindow, largeOrder, major, minor);
    }

    private static void positive(Duration d, String what) {
        Objects.requireNonNull(d, what);
        if (d.isNegative() || d.isZero()) {
            throw new InvalidInputException(what + " must be longer than zero.");
        }
    }
}
