package app.dossier.phone;

import app.dossier.domain.DateInput;
import app.dossier.domain.DefectKind;
import app.dossier.domain.FieldProblem;
import app.dossier.domain.Order;
import app.dossier.domain.PackagingCondition;
import app.dossier.domain.ReceivingDefect;
import app.dossier.domain.ReceivingRecord;
import app.dossier.domain.ReceivingRules;
import app.dossier.domain.Text;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The receiving form as the phone sends it (every value as typed), read into the record to save,
 * or into what is wrong with each field, in the page's words and by the keys of the form's fields.
 */
final class PhoneForm {
    private final Map<String, Object> typed;
    private final PageWords words;
    private final Map<String, String> problems = new LinkedHashMap<>();

    PhoneForm(Map<String, Object> typed, PageWords words) {
        this.typed = typed;
        this.words = words;
    }

    /** What is wrong, by the form's field keys; empty when the record can be saved. */
    Map<String, String> problems() {
        return problems;
    }

    /** The photo ids the form names. */
    List<String> photos() {
        return strings(typed.get("photos"));
    }

    /** The photo ids each defect kind names. */
    Map<DefectKind, List<String>> showing() {
        Map<DefectKind, List<String>> out = new LinkedHashMap<>();
        for (Map<?, ?> row : rows()) {
            DefectKind kind = kind(row.get("kind"));
            if (kind != null) {
                out.computeIfAbsent(kind, k -> new ArrayList<>()).addAll(strings(row.get("photos")));
            }
        }
        return out;
    }

    /** The record, read and checked by the rule the service enforces; null when something must be fixed. */
    ReceivingRecord record(Order order, Clock clock) {
        LocalDateTime arrived = dateTime("arrivedAt", true);
        Long parcelsExpected = count("parcelsExpected", false);
        Long parcelsReceived = count("parcelsReceived", false);
        Long units = count("unitsReceived", true);
        Long sampled = count("unitsSampled", false);
        Long defective = count("defective", false);
        LocalDateTime notified = dateTime("notifiedAt", false);
        PackagingCondition packaging = packaging();
        List<ReceivingDefect> defects = new ArrayList<>();
        for (Map<?, ?> row : rows()) {
            DefectKind kind = kind(row.get("kind"));
            Long count = readCount(text(row.get("count")));
            if (kind == null || count == null) {
                problems.putIfAbsent("defects", words.get("server.defect.unreadable"));
                continue;
            }
            defects.add(new ReceivingDefect(kind, count, List.of()));
        }
        LocalDateTime now = LocalDateTime.now(clock).withSecond(0).withNano(0);
        LocalDateTime inspectedAt = arrived != null && now.isBefore(arrived) ? arrived : now;
        ReceivingRecord record = new ReceivingRecord(0, order.id(), arrived, toInteger(parcelsExpected),
                toInteger(parcelsReceived), order.quantity(), orZero(units), packaging,
                Text.clean(text(typed.get("packagingNotes"))), orZero(sampled), orZero(defective),
                Text.clean(text(typed.get("defectNotes"))), Text.clean(text(typed.get("inspectedBy"))), inspectedAt,
                notified, defects);
        for (FieldProblem problem : ReceivingRules.problems(record)) {
            problems.putIfAbsent(key(problem), problem.wording().in(words.words()));
        }
        return problems.isEmpty() ? record : null;
    }

    /** The form's field a problem belongs to; "form" for one that belongs to none. */
    private static String key(FieldProblem problem) {
        return switch (problem.field()) {
            case ARRIVED_AT, INSPECTED_AT -> "arrivedAt";
            case PARCELS_EXPECTED -> "parcelsExpected";
            case PARCELS_RECEIVED -> "parcelsReceived";
            case UNITS_RECEIVED -> "unitsReceived";
            case UNITS_CHECKED -> "unitsSampled";
            case DEFECTIVE_UNITS -> "defective";
            case NOTIFIED_AT -> "notifiedAt";
            case PACKAGING_CONDITION -> "packaging";
            case PACKAGING_NOTES -> "packagingNotes";
            case DEFECT_NOTES -> "defectNotes";
            case INSPECTOR -> "inspectedBy";
            case DEFECTS -> "defects";
            default -> "form";
        };
    }

    private LocalDateTime dateTime(String key, boolean required) {
        String text = text(typed.get(key)).strip();
        if (text.isEmpty()) {
            if (required) {
                problems.put(key, words.get("server.required"));
            }
            return null;
        }
        try {
            return DateInput.parseDateTime(text);
        } catch (RuntimeException e) {
            problems.put(key, words.get("server.dateTime.unreadable", text));
            return null;
        }
    }

    private Long count(String key, boolean required) {
        String text = text(typed.get(key)).strip();
        if (text.isEmpty()) {
            if (required) {
                problems.put(key, words.get("server.required"));
            }
            return null;
        }
        Long n = readCount(text);
        if (n == null) {
            problems.put(key, words.get("server.count.unreadable", text));
        }
        return n;
    }

    /** A whole number as a phone's number pad types it, with or without groups of thousands. */
    static Long readCount(String text) {
        String digits = text == null ? "" : text.strip().replaceAll("[\\s.,']", "");
        if (!digits.matches("\\d{1,12}")) {
            return null;
        }
        return Long.parseLong(digits);
    }

    private PackagingCondition packaging() {
        String text = text(typed.get("packaging")).strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return PackagingCondition.valueOf(text);
        } catch (IllegalArgumentException e) {
            problems.put("packaging", words.get("server.required"));
            return null;
        }
    }

    private List<Map<?, ?>> rows() {
        List<Map<?, ?>> out = new ArrayList<>();
        if (typed.get("defects") instanceof List<?> list) {
            for (Object row : list) {
                if (row instanceof Map<?, ?> map) {
                    out.add(map);
                }
            }
        }
        return out;
    }

    private static DefectKind kind(Object value) {
        try {
            return value == null ? null : DefectKind.valueOf(value.toString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object o : list) {
                if (o != null) {
                    out.add(o.toString());
                }
            }
        }
        return out;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static Integer toInteger(Long value) {
        return value == null ? null : (int) Math.min(value, Integer.MAX_VALUE);
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
