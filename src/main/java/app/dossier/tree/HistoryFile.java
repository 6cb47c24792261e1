package app.dossier.tree;

import app.dossier.domain.HistoryEntry;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An order's {@code history.jsonl}: one entry a line, as compact JSON with its fields always in the
 * same order ({@code number, at, by, changes, previous}), each line ended by a newline. The line is
 * what the chain hashes, so it is written once and never re-rendered.
 */
public final class HistoryFile {
    public static final String NAME = "history.jsonl";

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private HistoryFile() {
    }

    /** The line of one entry, without its newline. */
    public static String line(HistoryEntry entry) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("number", entry.number());
        node.put("at", entry.at().toString());
        node.put("by", entry.by());
        ArrayNode changes = node.putArray("changes");
        for (HistoryEntry.Change change : entry.changes()) {
            ObjectNode c = changes.addObject();
            c.put("item", change.item());
            c.put("field", change.field());
            c.put("before", change.before());
            c.put("after", change.after());
        }
        node.put("previous", entry.previous());
        try {
            return MAPPER.writeValueAsString(node);
        } catch (IOException e) {
            throw new IllegalStateException("a tree of text always writes", e);
        }
    }

    /** The entry a line holds; null when the line is not one (changed by hand, cut off). */
    public static HistoryEntry read(String line) {
        try {
            JsonNode node = MAPPER.readTree(line);
            if (node == null || !node.isObject() || !node.path("number").isInt() || !node.path("at").isTextual()
                    || !node.path("previous").isTextual() || !node.path("changes").isArray()) {
                return null;
            }
            List<HistoryEntry.Change> changes = new ArrayList<>();
            for (JsonNode c : node.get("changes")) {
                changes.add(new HistoryEntry.Change(c.path("item").asText(""), c.path("field").asText(""),
                        text(c.get("before")), text(c.get("after"))));
            }
            return new HistoryEntry(node.get("number").asInt(), Instant.parse(node.get("at").asText()),
                    node.path("by").asText(""), changes, node.get("previous").asText());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The lines of a history file, without their newlines; an empty last line (the final newline) is no entry. */
    public static List<String> lines(Path file) throws IOException {
        // Not readString: a byte changed by hand may not be UTF-8, and must show as a changed line, not fail.
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** The content of a history file holding {@code lines}. */
    public static byte[] content(List<String> lines) {
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(line).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
