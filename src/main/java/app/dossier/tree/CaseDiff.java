package app.dossier.tree;

import app.dossier.domain.HistoryEntry;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a change did to an order's record, read from its case.json before and after: each field whose
 * value changed, and each item (a file, a payment, a dispute, a step…) that came or went. Items in a
 * list are matched by their id (a step by its place), so a payment edited is one item changed, not
 * one removed and one added.
 */
public final class CaseDiff {
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    /** The name of each list's items, and the field that tells them apart (null: their place). */
    private static final Map<String, String[]> LISTS = Map.of(
            "evidence", new String[] {"file", "id"},
            "payments", new String[] {"payment", "id"},
            "disputes", new String[] {"dispute", "id"},
            "events", new String[] {"step", null},
            "defects", new String[] {"defect", "kind"},
            "conversations", new String[] {"chat", "evidenceId"},
            "pinned", new String[] {"pin", "index"});
    /** Fields that only repeat what the item's place already says. */
    private static final Set<String> SKIPPED = Set.of("format", "orderId", "factoryId");
    /** The fields that describe an item that came or went, in the order they are said. */
    private static final List<String> DESCRIBING = List.of("file", "caption", "paidOn", "amount", "covers",
            "orderNumber", "product", "name", "status", "at", "kind", "count", "summary", "note", "sender", "text",
            "arrivedAt", "unitsReceived", "them", "messages");

    private CaseDiff() {
    }

    /** The changes from {@code before} (null: the order had no case.json yet) to {@code after}. */
    public static List<HistoryEntry.Change> between(byte[] before, byte[] after) {
        JsonNode a = before == null ? MAPPER.createObjectNode() : tree(before);
        JsonNode b = tree(after);
        List<HistoryEntry.Change> changes = new ArrayList<>();
        boolean created = before == null && b.has("order");
        if (created) {
            changes.add(new HistoryEntry.Change("order", "", null, describe(b.get("order"))));
        }
        for (String name : names(a, b)) {
            if (LISTS.containsKey(name)) {
                list(name, "", a.path(name), b.path(name), changes);
            } else if (!SKIPPED.contains(name) && !(created && (name.equals("order") || name.equals("factory")))) {
                section(name, a.path(name), b.path(name), changes);
            }
        }
        return changes;
    }

    private static JsonNode tree(byte[] json) {
        try {
            JsonNode node = MAPPER.readTree(json);
            return node == null || !node.isObject() ? MAPPER.createObjectNode() : node;
        } catch (IOException e) {
            // A case.json that cannot be read tells nothing of before: the change is said against nothing.
            return MAPPER.createObjectNode();
        }
    }

    private static Set<String> names(JsonNode a, JsonNode b) {
        Set<String> names = new LinkedHashSet<>();
        a.fieldNames().forEachRemaining(names::add);
        b.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static boolean none(JsonNode node) {
        return node.isMissingNode() || node.isNull();
    }

    /** A section of case.json that is one item: the order, its factory, its receiving record. */
    private static void section(String item, JsonNode a, JsonNode b, List<HistoryEntry.Change> out) {
        if (none(a) && none(b)) {
            return;
        }
        if (none(a) || none(b)) {
            out.add(new HistoryEntry.Change(item, "", none(a) ? null : describe(a), none(b) ? null : describe(b)));
        } else {
            fields(item, "", a, b, out);
        }
    }

    /** Compares an item's fields; {@code path} is where the two objects sit within the item. */
    private static void fields(String item, String path, JsonNode a, JsonNode b, List<HistoryEntry.Change> out) {
        if (!a.isObject() || !b.isObject()) {
            if (!a.equals(b)) {
                out.add(new HistoryEntry.Change(item, path, none(a) ? null : value(a), none(b) ? null : value(b)));
            }
            return;
        }
        for (String name : names(a, b)) {
            if (SKIPPED.contains(name) || name.equals("id")) {
                continue;
            }
            JsonNode x = a.path(name);
            JsonNode y = b.path(name);
            String at = path.isEmpty() ? name : path + "." + name;
            if (none(x) && none(y)) {
                continue;
            }
            if (LISTS.containsKey(name) && !x.isValueNode() && !y.isValueNode()) {
                list(name, item, x, y, out);
            } else if (x.isObject() && y.isObject()) {
                fields(item, at, x, y, out);
            } else if (!x.equals(y)) {
                out.add(new HistoryEntry.Change(item, at, none(x) ? null : value(x), none(y) ? null : value(y)));
            }
        }
    }

    private static void list(String name, String owner, JsonNode a, JsonNode b, List<HistoryEntry.Change> out) {
        String kind = LISTS.get(name)[0];
        String key = LISTS.get(name)[1];
        String prefix = owner.isEmpty() ? "" : owner + " ";
        Map<String, JsonNode> before = keyed(a, key);
        Map<String, JsonNode> after = keyed(b, key);
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String k : keys) {
            String item = prefix + kind + " " + k;
            JsonNode x = before.get(k);
            JsonNode y = after.get(k);
            if (x == null) {
                out.add(new HistoryEntry.Change(item, "", null, describe(y)));
            } else if (y == null) {
                out.add(new HistoryEntry.Change(item, "", describe(x), null));
            } else {
                fields(item, "", x, y, out);
            }
        }
    }

    private static Map<String, JsonNode> keyed(JsonNode array, String key) {
        Map<String, JsonNode> items = new LinkedHashMap<>();
        int place = 0;
        if (!array.isArray()) {
            return items;
        }
        for (JsonNode element : array) {
            place++;
            String k = key == null || !element.has(key) ? String.valueOf(place) : element.get(key).asText();
            items.putIfAbsent(k, element);
        }
        return items;
    }

    /** A value as people read it: text as it is, money as "425.50 CNY", a list joined by commas. */
    static String value(JsonNode node) {
        if (node.isTextual()) {
            return node.asText();
        }
        if (node.isObject() && node.has("amount") && node.has("currency") && node.size() == 2) {
            return node.get("amount").asText() + " " + node.get("currency").asText();
        }
        if (node.isArray()) {
            List<String> parts = new ArrayList<>();
            node.forEach(element -> parts.add(value(element)));
            return String.join(", ", parts);
        }
        return node.toString();
    }

    /** An item that came or went, said by the fields that tell it apart ("Payments/a.png, 3700.00 CNY"). */
    static String describe(JsonNode item) {
        if (!item.isObject()) {
            return value(item);
        }
        List<String> parts = new ArrayList<>();
        for (String field : DESCRIBING) {
            JsonNode value = item.get(field);
            if (value != null && !value.isNull() && parts.size() < 3 && !(value.isContainerNode() && value.isEmpty())) {
                if (value.isObject() && !value.has("currency")) {
                    continue;
                }
                parts.add(value(value));
            }
        }
        if (parts.isEmpty()) {
            Iterator<Map.Entry<String, JsonNode>> fields = item.fields();
            while (fields.hasNext() && parts.size() < 2) {
                Map.Entry<String, JsonNode> f = fields.next();
                if (f.getValue().isValueNode() && !f.getValue().isNull() && !SKIPPED.contains(f.getKey())) {
                    parts.add(value(f.getValue()));
                }
            }
        }
        return String.join(", ", parts);
    }
}
