package app.dossier.ui.dispute;

/** One fact of the order behind a dispute ("Short: 20 sets"); {@code alarming} facts are shown in red. */
public record Fact(String label, String value, boolean alarming) {
}
