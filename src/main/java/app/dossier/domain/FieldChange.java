package app.dossier.domain;

/**
 * One field of an order that an import changes, as people read it ("¥18.50", "2026-09-02").
 * {@code field} is one of the names below; the window words each under {@code import.field.<name>}
 * (spaces as underscores).
 */
public record FieldChange(String field, String before, String after) {
    /** The order moves to another factory: the file's seller. */
    public static final String FACTORY = "factory";
    public static final String PRODUCT = "product";
    public static final String QUANTITY = "quantity";
    public static final String UNIT = "unit";
    public static final String UNIT_PRICE = "unit price";
    public static final String ORDERED_ON = "ordered on";
    public static final String CHANNEL = "channel";
}
