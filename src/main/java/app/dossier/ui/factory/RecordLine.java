package app.dossier.ui.factory;

/** One line of a factory's record: what is counted and how it stands; {@code alarming} lines are shown in red. */
public record RecordLine(String label, String value, boolean alarming) {
}
