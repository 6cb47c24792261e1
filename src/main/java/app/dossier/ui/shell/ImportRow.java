package app.dossier.ui.shell;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * One line of the import preview: what happens to an order of the file, and why. A clash (Dossier
 * and the file disagree about the order) has a box to take the file's side, unticked until the
 * user ticks it.
 */
public final class ImportRow {
    private final String action;
    private final String orderNumber;
    private final String factory;
    private final String why;
    private final boolean refused;
    private final boolean clash;
    private final BooleanProperty take = new SimpleBooleanProperty(false);

    public ImportRow(String action, String orderNumber, String factory, String why, boolean refused, boolean clash) {
        this.action = action;
        this.orderNumber = orderNumber;
        this.factory = factory;
        this.why = why;
        this.refused = refused;
        this.clash = clash;
    }

    public String action() {
        return action;
    }

    public String orderNumber() {
        return orderNumber;
    }

    public String factory() {
        return factory;
    }

    public String why() {
        return why;
    }

    public boolean refused() {
        return refused;
    }

    public boolean clash() {
        return clash;
    }

    /** Whether the user takes the file's side of this clash; always false for other rows. */
    public BooleanProperty takeProperty() {
        return take;
    }
}
