package app.dossier.domain;

/** One field of an order that an import changes, as people read it ("¥18.50", "2026-09-02"). */
public record FieldChange(String field, String before, String after) {
}
