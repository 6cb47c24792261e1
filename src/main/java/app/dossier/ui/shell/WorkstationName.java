package app.dossier.ui.shell;

import app.dossier.service.Workstation;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The name this computer's changes are recorded under in each order's history, as typed in Settings;
 * until one is set, the computer's user name is shown as the prompt and recorded.
 */
final class WorkstationName {
    private final Workstation workstation;
    private final StringProperty name = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper prompt = new ReadOnlyStringWrapper("");

    WorkstationName(Workstation workstation) {
        this.workstation = workstation;
    }

    /** Shows the name set, or none with the computer's user name as the prompt. */
    void load() {
        name.set(workstation.named().orElse(""));
        prompt.set(workstation.named().isPresent() ? "" : workstation.user());
    }

    StringProperty nameProperty() {
        return name;
    }

    ReadOnlyStringProperty promptProperty() {
        return prompt.getReadOnlyProperty();
    }

    /** Keeps the name typed (blank: back to the computer's user name) when it changed. */
    void save() {
        String typed = name.get() == null ? "" : name.get().strip();
        if (!typed.equals(workstation.named().orElse(""))) {
            workstation.name(typed);
        }
    }
}
