package app.dossier.ui.shell;

/** One line of the import preview: what happens to an order of the file, and why. */
public record ImportRow(String action, String orderNumber, String factory, String why, boolean refused) {
}
