package app.dossier.service;

import app.dossier.domain.DossierException;
import app.dossier.domain.Refusal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The zone the times of the user's chats are written in: the exporters write the exporting
 * computer's clock without its zone. Asked once, when the first chat is imported, and remembered in
 * the settings ({@link #SETTING}); the zones offered are the computer's, then China's and Vietnam's.
 */
public final class ChatZones {
    /** The settings' key of the zone remembered. */
    public static final String SETTING = "chat.zone";
    /** Where the factories' and the buyers' chats are exported, after the computer's own zone. */
    private static final List<ZoneId> LIKELY = List.of(ZoneId.of("Asia/Shanghai"), ZoneId.of("Asia/Ho_Chi_Minh"));

    private ChatZones() {
    }

    /** The zones to offer: the computer's first, then Asia/Shanghai and Asia/Ho_Chi_Minh, each once. */
    public static List<ZoneId> offered(ZoneId computer) {
        List<ZoneId> zones = new ArrayList<>();
        zones.add(computer.normalized());
        for (ZoneId zone : LIKELY) {
            if (!zones.contains(zone)) {
                zones.add(zone);
            }
        }
        return List.copyOf(zones);
    }

    /** A zone as typed ("Asia/Shanghai", "UTC+8"); refused with {@link Refusal#CHAT_ZONE_UNKNOWN}. */
    public static ZoneId read(String typed) {
        try {
            return ZoneId.of(typed == null ? "" : typed.strip());
        } catch (DateTimeException e) {
            throw new DossierException(Refusal.CHAT_ZONE_UNKNOWN.with(typed == null ? "" : typed.strip()), e);
        }
    }

    /** The zone the user gave before; empty when never asked (or what is kept is no zone). */
    public static Optional<ZoneId> remembered(SettingsService settings) {
        return settings.get(SETTING).flatMap(id -> {
            try {
                return Optional.of(ZoneId.of(id));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        });
    }

    public static void remember(SettingsService settings, ZoneId zone) {
        settings.put(SETTING, zone.getId());
    }
}
