package app.dossier.tree;

import app.dossier.domain.CaseFile;
import app.dossier.domain.DefectKind;
import app.dossier.domain.Evidence;
import app.dossier.domain.ReceivingDefect;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A defect by kind in case.json: {"kind": "CRACKED", "count": 3, "photos": ["Receiving/IMG_0931.jpg"]}.
 * The photos are named by their path in the order's folder, as each evidence entry names its file, so a
 * case file read by a person (or rebuilt into a new database, where ids change) still says which
 * photo shows what. The case's own files, by id and by path, travel as an attribute of the write or read.
 */
final class DefectPhotos {
    /** Attribute of a write: the case's files by evidence id. */
    static final String FILES_BY_ID = "dossier.filesById";
    /** Attribute of a read: the evidence ids of the case's files by path. */
    static final String IDS_BY_FILE = "dossier.idsByFile";

    private DefectPhotos() {
    }

    static Map<Long, String> filesById(CaseFile caseFile) {
        Map<Long, String> files = new HashMap<>();
        for (Evidence e : caseFile.evidence()) {
            files.put(e.id(), e.file());
        }
        return files;
    }

    /** The ids case.json gives its files, by path; files without both are left out. */
    static Map<String, Long> idsByFile(JsonNode caseJson) {
        Map<String, Long> ids = new HashMap<>();
        for (JsonNode e : caseJson.path("evidence")) {
            if (e.path("file").isTextual() && e.path("id").canConvertToLong()) {
                ids.putIfAbsent(e.get("file").asText(), e.get("id").asLong());
            }
        }
        return ids;
    }

    static final class Writer extends JsonSerializer<ReceivingDefect> {
        @Override
        public void serialize(ReceivingDefect value, JsonGenerator gen, SerializerProvider serializers)
                throws IOException {
            @SuppressWarnings("unchecked")
            Map<Long, String> files = (Map<Long, String>) serializers.getAttribute(FILES_BY_ID);
            gen.writeStartObject();
            gen.writeStringField("kind", value.kind().name());
            gen.writeNumberField("count", value.count());
            gen.writeArrayFieldStart("photos");
            for (long id : value.evidenceIds()) {
                String file = files == null ? null : files.get(id);
                if (file != null) {
                    gen.writeString(file);
                }
            }
            gen.writeEndArray();
            gen.writeEndObject();
        }
    }

    /**
     * A photo the case does not list is left out of the defect (verify then reports the case.json as
     * drifted); a kind that is not one makes the case unreadable, as any other damaged record does.
     */
    static final class Reader extends JsonDeserializer<ReceivingDefect> {
        @Override
        public ReceivingDefect deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode node = p.getCodec().readTree(p);
            DefectKind kind = node.path("kind").isTextual()
                    ? DefectKind.fromTyped(node.get("kind").asText()).orElse(null) : null;
            if (kind == null || !node.path("count").canConvertToLong()) {
                throw ctxt.weirdStringException(String.valueOf(node), ReceivingDefect.class, "needs a kind and a count");
            }
            @SuppressWarnings("unchecked")
            Map<String, Long> ids = (Map<String, Long>) ctxt.getAttribute(IDS_BY_FILE);
            List<Long> shown = new ArrayList<>();
            for (JsonNode photo : node.path("photos")) {
                Long id = ids == null ? null : ids.get(photo.asText());
                if (id != null && !shown.contains(id)) {
                    shown.add(id);
                }
            }
            return new ReceivingDefect(kind, node.get("count").asLong(), shown);
        }
    }
}
