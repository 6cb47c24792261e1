package app.dossier.domain.guidance;

import app.dossier.domain.CaseFile;
import app.dossier.domain.Dispute;
import app.dossier.domain.DisputeStatus;
import app.dossier.domain.Factory;
import app.dossier.domain.ReceivingRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a factory has done across its orders. Over orders with a receiving record: short rate = units
 * short / units expected; defect rate = defective units / units sampled (each empty when its whole
 * is 0). Disputes are counted by status, every status listed (zero when none).
 */
public record FactoryRecord(
        long factoryId,
        String factoryName,
        int orders,
        int ordersReceived,
        long unitsExpected,
        long unitsShort,
        long unitsSampled,
        long defectiveUnits,
        Optional<Rate> shortRate,
        Optional<Rate> defectRate,
        Map<DisputeStatus, Long> disputesByStatus) {

    public FactoryRecord {
        disputesByStatus = Collections.unmodifiableMap(new EnumMap<>(disputesByStatus));
    }

    /** The record of one factory, from the case files of its orders (others are ignored). */
    public static FactoryRecord of(long factoryId, List<CaseFile> cases) {
        List<CaseFile> mine = cases.stream().filter(c -> c.order().factoryId() == factoryId).toList();
        String name = mine.stream().map(CaseFile::factory).filter(f -> f != null).map(Factory::displayName)
                .findFirst().orElse(null);
        long expected = 0;
        long shortUnits = 0;
        long sampled = 0;
        long defective = 0;
        int received = 0;
        Map<DisputeStatus, Long> disputes = new EnumMap<>(DisputeStatus.class);
        for (DisputeStatus s : DisputeStatus.values()) {
            disputes.put(s, 0L);
        }
        for (CaseFile c : mine) {
            ReceivingRecord r = c.receiving();
            if (r != null) {
                received++;
                expected += r.unitsExpected();
                shortUnits += r.unitsShort();
                sampled += r.unitsSampled();
                defective += r.defectiveUnits();
            }
            for (Dispute d : c.disputes()) {
                disputes.merge(d.status(), 1L, Long::sum);
            }
        }
        return new FactoryRecord(factoryId, name, mine.size(), received, expected, shortUnits, sampled, defective,
                expected > 0 ? Optional.of(new Rate(shortUnits, expected)) : Optional.empty(),
                sampled > 0 ? Optional.of(new Rate(defective, sampled)) : Optional.empty(), disputes);
    }

    /** One record per factory that has orders, in the order factories first appear. */
    public static List<FactoryRecord> all(List<CaseFile> cases) {
        Map<Long, Boolean> seen = new LinkedHashMap<>();
        cases.forEach(c -> seen.putIfAbsent(c.order().factoryId(), true));
        List<FactoryRecord> out = new ArrayList<>();
        seen.keySet().forEach(id -> out.add(of(id, cases)));
        return out;
    }

    public long disputes() {
        return disputesByStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Disputes not yet resolved or closed. */
    public long openDisputes() {
        return disputes() - disputesByStatus.get(DisputeStatus.RESOLVED) - disputesByStatus.get(DisputeStatus.CLOSED);
    }

    /** The record in plain English. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        out.append(factoryName == null ? "This factory" : factoryName).append(": ")
                .append(Words.plural(orders, "order", "orders")).append(", ")
                .append(ordersReceived).append(" received. ");
        out.append("Short: ").append(shortRate.map(Rate::describe).orElse("nothing counted yet")).append(". ");
        out.append("Defective in sample checks: ").append(defectRate.map(Rate::describe).orElse("nothing checked yet"))
                .append(". ");
        long total = disputes();
        if (total == 0) {
            out.append("No disputes.");
        } else {
            List<String> parts = new ArrayList<>();
            disputesByStatus.forEach((status, n) -> {
                if (n > 0) {
                    parts.add(n + " " + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
                }
            });
            out.append(Words.plural(total, "dispute", "disputes")).append(": ").append(String.join(", ", parts)).append('.');
        }
        return out.toString();
    }
}
