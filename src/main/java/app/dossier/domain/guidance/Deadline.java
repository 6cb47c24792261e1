package app.dossier.domain.guidance;

import java.time.LocalDateTime;
import java.util.Map;

/**
 * A time by which something should be done for an order, still open.
 *
 * @param kind    what is due
 * @param due     when
 * @param urgency where it stands against now
 * @param params  the values its words name: hours (the aim or limit), days (the dispute window)
 */
public record Deadline(long orderId, long factoryId, String orderLabel, Kind kind, LocalDateTime due, Urgency urgency,
        Map<String, Object> params) {

    public Deadline {
        params = Map.copyOf(params);
    }

    /** Names are stable. */
    public enum Kind {
        /** Aim to inspect within 24 h of arrival. */
        INSPECT_TARGET(true),
        /** Inspect within 48 h of arrival at the latest. */
        INSPECT_LIMIT(false),
        /** Aim to tell the factory of a discrepancy within 24 h of arrival. */
        NOTIFY_TARGET(true),
        /** Tell the factory within 48 h of arrival at the latest. */
        NOTIFY_LIMIT(false),
        /** The order's delivery deadline (end of that day). */
        DELIVERY(false),
        /** The last day to open a platform dispute (30 days after receipt by default). */
        DISPUTE_WINDOW(false);

        private final boolean target;

        Kind(boolean target) {
            this.target = target;
        }

        /** A target rather than a limit: once passed, the matching limit speaks for it. */
        public boolean target() {
            return target;
        }
    }
}
