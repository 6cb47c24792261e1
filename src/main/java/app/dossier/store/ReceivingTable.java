package app.dossier.store;

import app.dossier.domain.DefectKind;
import app.dossier.domain.PackagingCondition;
import app.dossier.domain.ReceivingDefect;
import app.dossier.domain.ReceivingRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Receiving records: one per order, replaced when the warehouse corrects it, with its defects by kind
 * (in the order they were entered) and the files that show each.
 */
public final class ReceivingTable implements ReceivingRecords {
    private static final String COLUMNS = "id, order_id, arrived_at, parcels_expected, parcels_received,"
            + " units_expected, units_received, packaging_condition, packaging_notes, units_sampled,"
            + " defective_units, defect_notes, inspected_by, inspected_at, factory_notified_at";

    /** Inserts the record, or replaces the order's existing one keeping its id. */
    @Override
    public ReceivingRecord save(Session s, ReceivingRecord r) {
        return Sql.call(s, c -> {
            Optional<ReceivingRecord> existing = ofOrder(s, r.orderId());
            if (existing.isPresent()) {
                ReceivingRecord kept = r.withId(existing.get().id());
                String sql = "UPDATE receiving_record SET arrived_at = ?, parcels_expected = ?, parcels_received = ?,"
                        + " units_expected = ?, units_received = ?, packaging_condition = ?, packaging_notes = ?,"
                        + " units_sampled = ?, defective_units = ?, defect_notes = ?, inspected_by = ?,"
                        + " inspected_at = ?, factory_notified_at = ? WHERE id = ?";
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    bind(ps, 1, kept);
                    ps.setLong(14, kept.id());
                    ps.executeUpdate();
                }
                saveDefects(c, kept);
                return kept;
            }
            String sql = "INSERT INTO receiving_record (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
            try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                Columns.number(ps, 1, r.id() == 0 ? null : r.id());
                ps.setLong(2, r.orderId());
                bind(ps, 3, r);
                ps.executeUpdate();
                ReceivingRecord saved = r.id() != 0 ? r : r.withId(FactoryTable.generatedId(ps));
                saveDefects(c, saved);
                return saved;
            }
        });
    }

    /** Replaces the record's defects and their files with those of {@code r}. */
    private static void saveDefects(Connection c, ReceivingRecord r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM receiving_defect WHERE receiving_id = ?")) {
            ps.setLong(1, r.id());
            ps.executeUpdate();
        }
        try (PreparedStatement defect = c.prepareStatement("INSERT INTO receiving_defect (receiving_id, position, kind,"
                + " count) VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement shown = c.prepareStatement("INSERT INTO receiving_defect_evidence (defect_id, position,"
                     + " evidence_id) VALUES (?, ?, ?)")) {
            int position = 0;
            for (ReceivingDefect d : r.defects()) {
                defect.setLong(1, r.id());
                defect.setInt(2, position++);
                defect.setString(3, d.kind().name());
                defect.setLong(4, d.count());
                defect.executeUpdate();
                long defectId = FactoryTable.generatedId(defect);
                int file = 0;
                for (long evidenceId : d.evidenceIds().stream().distinct().toList()) {
                    shown.setLong(1, defectId);
                    shown.setInt(2, file++);
                    shown.setLong(3, evidenceId);
                    shown.executeUpdate();
                }
            }
        }
    }

    private static void bind(PreparedStatement ps, int first, ReceivingRecord r) throws SQLException {
        int i = first;
        Columns.text(ps, i++, r.arrivedAt());
        integer(ps, i++, r.parcelsExpected());
        integer(ps, i++, r.parcelsReceived());
        ps.setLong(i++, r.unitsExpected());
        ps.setLong(i++, r.unitsReceived());
        Columns.text(ps, i++, r.packagingCondition().name());
        Columns.text(ps, i++, r.packagingNotes());
        ps.setLong(i++, r.unitsSampled());
        ps.setLong(i++, r.defectiveUnits());
        Columns.text(ps, i++, r.defectNotes());
        Columns.text(ps, i++, r.inspectedBy());
        Columns.text(ps, i++, r.inspectedAt());
        Columns.text(ps, i, r.factoryNotifiedAt());
    }

    private static void integer(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    @Override
    public void delete(Session s, long orderId) {
        Sql.run(s, c -> {
            // The defects and their links to files go with the record (ON DELETE CASCADE).
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM receiving_record WHERE order_id = ?")) {
                ps.setLong(1, orderId);
                ps.executeUpdate();
            }
        });
    }

    @Override
    public Optional<ReceivingRecord> ofOrder(Session s, long orderId) {
        return Sql.call(s, c -> withDefects(c,
                query(c, "SELECT " + COLUMNS + " FROM receiving_record WHERE order_id = ?", orderId)).stream().findFirst());
    }

    /** The orders that have a receiving record. */
    @Override
    public java.util.Set<Long> ordersReceived(Session s) {
        return Sql.call(s, c ->
                new java.util.HashSet<>(Rows.list(c, "SELECT order_id FROM receiving_record", rs -> rs.getLong(1))));
    }

    @Override
    public List<ReceivingRecord> all(Session s) {
        return Sql.call(s, c -> withDefects(c, query(c, "SELECT " + COLUMNS + " FROM receiving_record ORDER BY order_id")));
    }

    /** The records with their defects read in: one query for the defects, one for their files. */
    private static List<ReceivingRecord> withDefects(Connection c, List<ReceivingRecord> records) throws SQLException {
        if (records.isEmpty()) {
            return records;
        }
        String of = records.size() == 1 ? " = " + records.get(0).id() : " IN (SELECT id FROM receiving_record)";
        Map<Long, List<Long>> shown = new LinkedHashMap<>();
        for (long[] link : Rows.list(c, "SELECT l.defect_id, l.evidence_id FROM receiving_defect_evidence l"
                + " JOIN receiving_defect d ON d.id = l.defect_id WHERE d.receiving_id" + of
                + " ORDER BY l.defect_id, l.position", rs -> new long[] {rs.getLong(1), rs.getLong(2)})) {
            shown.computeIfAbsent(link[0], k -> new ArrayList<>()).add(link[1]);
        }
        Map<Long, List<ReceivingDefect>> byRecord = new LinkedHashMap<>();
        for (Object[] row : Rows.list(c, "SELECT receiving_id, id, kind, count FROM receiving_defect WHERE receiving_id"
                + of + " ORDER BY receiving_id, position", rs -> new Object[] {rs.getLong(1), rs.getLong(2),
                    rs.getString(3), rs.getLong(4)})) {
            byRecord.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(new ReceivingDefect(
                    DefectKind.valueOf((String) row[2]), (Long) row[3], shown.getOrDefault((Long) row[1], List.of())));
        }
        return records.stream().map(r -> r.withDefects(byRecord.getOrDefault(r.id(), List.of()))).toList();
    }

    private static List<ReceivingRecord> query(Connection c, String sql, Object... args) throws SQLException {
        return Rows.list(c, sql, rs -> {
            return new ReceivingRecord(
                    rs.getLong("id"),
                    rs.getLong("order_id"),
                    Columns.dateTime(rs, "arrived_at"),
                    Columns.nullableInt(rs, "parcels_expected"),
                    Columns.nullableInt(rs, "parcels_received"),
                    rs.getLong("units_expected"),
                    rs.getLong("units_received"),
                    Columns.enumValue(rs, "packaging_condition", PackagingCondition.class),
                    rs.getString("packaging_notes"),
                    rs.getLong("units_sampled"),
                    rs.getLong("defective_units"),
                    rs.getString("defect_notes"),
                    rs.getString("inspected_by"),
                    Columns.dateTime(rs, "inspected_at"),
                    Columns.dateTime(rs, "factory_notified_at"));
        }, args);
    }
}
