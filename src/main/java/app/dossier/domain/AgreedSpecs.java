package app.dossier.domain;

/** What the factory agreed to make, in the words of the chat. Any part may be empty. */
public record AgreedSpecs(String colors, String sizes, String packaging, String priceAtQuantity) {
    public static final AgreedSpecs NONE = new AgreedSpecs(null, null, null, null);
}
