package app.dossier.ui.order;

/** One line of a summary: what it is, its value in words, and whether it needs attention. */
public record Fact(String label, String value, boolean warning) {
    public Fact(String label, String value) {
        this(label, value, false);
    }
}
